package dev.samvad.constraint;

import java.util.List;
import java.util.Optional;

/**
 * The one constraint whose relief adds the most cash per day.
 *
 * @param candidate the winning candidate
 * @param summary one paragraph in plain words
 * @param clearLead true when even its cautious impact beats the runner-up's hopeful one
 * @param runnerUp the second-best lever, if any added cash
 * @param recommendations what to do, following the five focusing steps
 */
public record BindingConstraint(
    ConstraintCandidate candidate,
    String summary,
    boolean clearLead,
    Optional<Lever> runnerUp,
    List<Recommendation> recommendations) {
  /** Copies the list. */
  public BindingConstraint {
    recommendations = List.copyOf(recommendations);
  }
}
