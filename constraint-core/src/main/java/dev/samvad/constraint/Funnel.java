package dev.samvad.constraint;

import java.util.List;

/**
 * The funnel of one cohort: the invoices issued in {@code cohort}, followed to the analysis date.
 * Invoices issued late in the period have had less time to progress.
 *
 * @param cohort the issue dates of the invoices followed
 * @param stages the stages in {@link Stage} order
 */
public record Funnel(DatePeriod cohort, List<FunnelStage> stages) {
  /** Copies the list. */
  public Funnel {
    stages = List.copyOf(stages);
  }
}
