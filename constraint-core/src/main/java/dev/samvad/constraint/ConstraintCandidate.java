package dev.samvad.constraint;

import dev.samvad.api.Money;
import java.util.List;

/**
 * One place where relief could add cash, quantified under stated assumptions.
 *
 * @param lever the lever
 * @param constraintClass its class
 * @param where where it bites hardest, in plain words (a region and channel, a segment, a task
 *     kind)
 * @param cashAtStake the open balance held back there now
 * @param low impact under the cautious assumptions
 * @param expected impact under the expected assumptions; candidates are ranked by its cash
 * @param high impact under the hopeful assumptions
 * @param evidence the measurements behind it
 * @param assumptions what "a realistic improvement" was taken to mean
 */
public record ConstraintCandidate(
    Lever lever,
    ConstraintClass constraintClass,
    String where,
    Money cashAtStake,
    Impact low,
    Impact expected,
    Impact high,
    List<String> evidence,
    List<String> assumptions) {
  /** Copies the lists. */
  public ConstraintCandidate {
    evidence = List.copyOf(evidence);
    assumptions = List.copyOf(assumptions);
  }
}
