package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;
import java.util.List;

/**
 * How a {@link PaymentDelayModel} is fitted.
 *
 * @param priorStrength λ, the L2 penalty pulling each coefficient toward the prior model's: worth
 *     about λ invoices of evidence. Default 20: a tenant with a few dozen invoices stays close to
 *     the prior, one with thousands is fitted almost freely.
 * @param reportedThresholds the days past due whose probabilities a prediction reports and explains
 *     (default 0 and 30); each from −30 to 180
 */
public record FitOptions(double priorStrength, List<Integer> reportedThresholds) {

  /** Validates. */
  public FitOptions {
    if (!Double.isFinite(priorStrength) || priorStrength < 0) {
      throw new InvalidInputException("priorStrength", "must be a finite number >= 0");
    }
    reportedThresholds =
        List.copyOf(InvalidInputException.require(reportedThresholds, "reportedThresholds"));
    if (reportedThresholds.isEmpty()) {
      throw new InvalidInputException("reportedThresholds", "must not be empty");
    }
    for (int i = 0; i < reportedThresholds.size(); i++) {
      int n = reportedThresholds.get(i);
      if (n < -30 || n > 180) {
        throw new InvalidInputException(
            "reportedThresholds[" + i + "]", "must lie in [-30, 180], was " + n);
      }
    }
  }

  /** λ = 20, thresholds 0 and 30 days. */
  public static FitOptions defaults() {
    return new FitOptions(20, List.of(0, 30));
  }
}
