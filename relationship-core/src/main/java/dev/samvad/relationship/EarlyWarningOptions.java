package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;

/**
 * Tuning of {@link EarlyWarningDetector}.
 *
 * @param coolDownDays after an alert is raised, further occurrences of the same type and subject
 *     within this many days are merged into it instead of raising a new one (unless the severity
 *     rises). Default 7.
 * @param lookbackDays alerts whose last occurrence is older than this (before the as-of time) are
 *     not returned. Default 30.
 * @param healthWarning health below this raises a warning when crossed downward. Default 40.
 * @param healthCritical health below this raises a critical alert when crossed downward. Default
 *     25.
 * @param cusumK CUSUM allowance in standard deviations of the customer's days late. Default 0.5.
 * @param cusumH CUSUM decision threshold in standard deviations. Default 4.
 * @param ewmaLambda EWMA smoothing weight of the newest observation. Default 0.2.
 * @param ewmaL EWMA control limit in standard deviations of the EWMA. Default 3.
 * @param silenceMessages consecutive unanswered messages that make a silence. Default 3.
 * @param silenceDays the least time those messages must span. Default 14.
 */
public record EarlyWarningOptions(
    int coolDownDays,
    int lookbackDays,
    double healthWarning,
    double healthCritical,
    double cusumK,
    double cusumH,
    double ewmaLambda,
    double ewmaL,
    int silenceMessages,
    int silenceDays) {

  /** Validates. */
  public EarlyWarningOptions {
    if (coolDownDays < 0) {
      throw new InvalidInputException("coolDownDays", "must be >= 0");
    }
    if (lookbackDays < 0) {
      throw new InvalidInputException("lookbackDays", "must be >= 0");
    }
    if (!(healthCritical >= 0 && healthCritical <= healthWarning && healthWarning <= 100)) {
      throw new InvalidInputException(
          "healthWarning", "need 0 <= healthCritical <= healthWarning <= 100");
    }
    if (!(cusumK >= 0) || !(cusumH > 0)) {
      throw new InvalidInputException("cusumH", "need cusumK >= 0 and cusumH > 0");
    }
    if (!(ewmaLambda > 0 && ewmaLambda <= 1) || !(ewmaL > 0)) {
      throw new InvalidInputException("ewmaLambda", "need 0 < ewmaLambda <= 1 and ewmaL > 0");
    }
    if (silenceMessages < 1 || silenceDays < 0) {
      throw new InvalidInputException(
          "silenceMessages", "need silenceMessages >= 1, silenceDays >= 0");
    }
  }

  /** The documented defaults. */
  public static EarlyWarningOptions defaults() {
    return new EarlyWarningOptions(7, 30, 40, 25, 0.5, 4, 0.2, 3, 3, 14);
  }
}
