package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;
import java.util.List;

/**
 * A fitted {@link PaymentDelayModel} as plain data, to store and load (Jackson serialises it as it
 * is).
 *
 * @param features input names, {@link DelayFeatures#NAMES}
 * @param thresholds the days past due the model has a regression for, ascending
 * @param coefficients one list per threshold, in feature order
 * @param reportedThresholds thresholds a prediction reports
 * @param trainingExamples labelled examples the fit used (summed over thresholds)
 * @param source "prior" or "tenant"
 */
public record ModelCoefficients(
    List<String> features,
    List<Integer> thresholds,
    List<List<Double>> coefficients,
    List<Integer> reportedThresholds,
    long trainingExamples,
    String source) {

  /** Checks the shapes agree with this version's features. */
  public ModelCoefficients {
    features = List.copyOf(features);
    thresholds = List.copyOf(thresholds);
    coefficients = coefficients.stream().map(List::copyOf).toList();
    reportedThresholds = List.copyOf(reportedThresholds);
    if (!features.equals(DelayFeatures.NAMES)) {
      throw new InvalidInputException("features", "must be " + DelayFeatures.NAMES);
    }
    if (thresholds.size() != coefficients.size() || thresholds.isEmpty()) {
      throw new InvalidInputException("coefficients", "need one list per threshold");
    }
    for (int i = 0; i < coefficients.size(); i++) {
      if (coefficients.get(i).size() != DelayFeatures.SIZE) {
        throw new InvalidInputException(
            "coefficients[" + i + "]", "must have " + DelayFeatures.SIZE + " values");
      }
      if (i > 0 && thresholds.get(i) <= thresholds.get(i - 1)) {
        throw new InvalidInputException("thresholds", "must be strictly ascending");
      }
    }
    if (!thresholds.containsAll(reportedThresholds)) {
      throw new InvalidInputException("reportedThresholds", "must be among the thresholds");
    }
  }
}
