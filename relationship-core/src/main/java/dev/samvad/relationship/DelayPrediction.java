package dev.samvad.relationship;

import java.time.LocalDate;
import java.util.List;

/**
 * How late an invoice is likely to be paid, and why.
 *
 * @param dueDate the invoice's due date
 * @param probabilities P(paid more than N days past due) for each reported N
 * @param expectedDaysLate the median days late (negative = early)
 * @param expectedPaymentDate due date + median days late
 * @param earliestLikely the 10th percentile payment date
 * @param latestLikely the 90th percentile payment date
 * @param latestOpenEnded true when the 90th percentile lies beyond the model's horizon (180 days
 *     late); {@code latestLikely} is then that horizon
 * @param daysOverdueAtAsOf for an open invoice already past due on the as-of day, how many days;
 *     the prediction is then conditional on it being unpaid so far
 * @param features the inputs the prediction was made from
 * @param explanations for each reported N, the contribution of each input to the log-odds. A
 *     prediction made by {@link PaymentDelayModel} works this list out on first access (reading,
 *     iterating, {@code equals}, serialising), so scoring without reading the explanations does not
 *     pay for them; the list is immutable and safe to share between threads either way
 */
public record DelayPrediction(
    LocalDate dueDate,
    List<LateProbability> probabilities,
    double expectedDaysLate,
    LocalDate expectedPaymentDate,
    LocalDate earliestLikely,
    LocalDate latestLikely,
    boolean latestOpenEnded,
    int daysOverdueAtAsOf,
    DelayFeatures features,
    List<Explanation> explanations) {

  /** The probability reported for {@code daysPastDue}; throws when it was not reported. */
  public double probabilityLaterThan(int daysPastDue) {
    for (LateProbability p : probabilities) {
      if (p.daysPastDue() == daysPastDue) {
        return p.probability();
      }
    }
    throw new IllegalArgumentException("not a reported threshold: " + daysPastDue);
  }

  /**
   * @param daysPastDue N
   * @param probability P(paid more than N days after the due date)
   */
  public record LateProbability(int daysPastDue, double probability) {}

  /**
   * Why the probability for one threshold is what it is: log-odds = intercept + Σ contributions
   * (before the monotone smoothing across thresholds and any conditioning on days already overdue).
   *
   * @param daysPastDue N
   * @param intercept the model's intercept for N
   * @param contributions coefficient × input for every input, largest effect first
   */
  public record Explanation(
      int daysPastDue, double intercept, List<FeatureContribution> contributions) {}

  /**
   * @param feature the input's name (see {@link DelayFeatures#NAMES})
   * @param value the input as the model saw it
   * @param contribution its coefficient × value, in log-odds
   */
  public record FeatureContribution(String feature, double value, double contribution) {}
}
