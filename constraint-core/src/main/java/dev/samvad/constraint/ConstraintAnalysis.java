package dev.samvad.constraint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything one analysis found. A record of records, lists and enums: it serialises with a Samvad
 * mapper ({@code SamvadJson.newMapper()}) as is, and is what a {@link ConstraintSink} exports.
 *
 * @param asOf the analysis date
 * @param summary the portfolio's KPIs, funnel and constraint in a few plain sentences
 * @param kpis this period
 * @param previousKpis the period before
 * @param segments per segment (segments with no invoices are left out)
 * @param funnel this period's cohort
 * @param previousFunnel the period before's cohort
 * @param segmentFunnels this period's cohort per segment
 * @param taskQueue the human task queue
 * @param candidates every lever, highest expected cash per day first
 * @param constraint the binding constraint; absent when no lever would add cash
 * @param shift how it compares with the previous analysis, when one was given
 * @param insights what stands out
 * @param msmed statutory interest on late payment
 * @param notes caveats about the data (no sales in a period, samples too small, …)
 */
public record ConstraintAnalysis(
    LocalDate asOf,
    String summary,
    Kpis kpis,
    Kpis previousKpis,
    List<SegmentKpis> segments,
    Funnel funnel,
    Funnel previousFunnel,
    List<SegmentFunnel> segmentFunnels,
    TaskQueueReport taskQueue,
    List<ConstraintCandidate> candidates,
    Optional<BindingConstraint> constraint,
    Optional<ConstraintShift> shift,
    Insights insights,
    MsmedReport msmed,
    List<String> notes) {
  /** Copies the lists. */
  public ConstraintAnalysis {
    segments = List.copyOf(segments);
    segmentFunnels = List.copyOf(segmentFunnels);
    candidates = List.copyOf(candidates);
    notes = List.copyOf(notes);
  }
}
