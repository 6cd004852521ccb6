package dev.samvad.constraint;

/**
 * Where finished analyses go: an external constraint-management system, a data lake, a log. The
 * host implements it or picks {@link JsonLinesConstraintSink}.
 *
 * <p>Contract: {@link #export} receives each analysis once, after it is complete, on the thread
 * that produced it. It may block for I/O (the engine never calls it; the host's shell does). A
 * failure is thrown as an unchecked exception and the analysis itself is unaffected.
 */
@FunctionalInterface
public interface ConstraintSink {
  /** Exports one analysis. */
  void export(ConstraintAnalysis analysis);
}
