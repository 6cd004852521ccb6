package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import java.util.List;

/**
 * A conclusion with how sure Samvad is and what led to it.
 *
 * @param value what was concluded
 * @param confidence in [0, 1]; conflicting evidence lowers it
 * @param evidence the inputs behind it, strongest first
 * @param <T> the kind of conclusion
 */
public record Finding<T>(T value, double confidence, List<Evidence> evidence) {
  /** Checks the confidence range and copies the evidence. */
  public Finding {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new InvalidInputException("confidence", "must be in [0, 1], was " + confidence);
    }
    evidence = List.copyOf(evidence);
  }

  /** A finding backed by one piece of evidence. */
  public static <T> Finding<T> of(
      T value, double confidence, Evidence.Source source, String detail) {
    return new Finding<>(value, confidence, List.of(new Evidence(source, detail)));
  }
}
