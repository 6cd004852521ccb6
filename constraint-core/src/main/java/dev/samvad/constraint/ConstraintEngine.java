package dev.samvad.constraint;

import dev.samvad.api.InvalidInputException;
import dev.samvad.constraint.internal.Analyzer;
import java.util.Optional;

/**
 * Analyses a {@link Portfolio}: receivables KPIs, the collection funnel, the human task queue, the
 * cash each lever could add, the one binding constraint with recommendations, and insights.
 *
 * <p>Guarantees: {@link #analyze} is a pure function of the portfolio, the settings and the
 * previous analysis — equal inputs give equal analyses, whether or not the scan runs in parallel.
 * It performs no I/O and reads no clock. Engines are immutable and safe to share between threads;
 * {@code analyze} may use the common fork-join pool when {@link ConstraintSettings#parallel()} is
 * set, and otherwise runs on the calling thread alone.
 */
public final class ConstraintEngine {
  private final ConstraintSettings settings;

  private ConstraintEngine(ConstraintSettings settings) {
    this.settings = settings;
  }

  /** An engine with {@code settings}. */
  public static ConstraintEngine create(ConstraintSettings settings) {
    return new ConstraintEngine(InvalidInputException.require(settings, "settings"));
  }

  /** An engine with {@link ConstraintSettings#defaults()}. */
  public static ConstraintEngine withDefaults() {
    return new ConstraintEngine(ConstraintSettings.defaults());
  }

  /** The settings this engine measures with. */
  public ConstraintSettings settings() {
    return settings;
  }

  /** Analyses {@code portfolio} with no previous analysis to compare against. */
  public ConstraintAnalysis analyze(Portfolio portfolio) {
    return analyze(portfolio, Optional.empty());
  }

  /**
   * Analyses {@code portfolio}; when {@code previous} is given, the analysis says whether the
   * binding constraint has moved since then ({@link ConstraintAnalysis#shift()}).
   */
  public ConstraintAnalysis analyze(Portfolio portfolio, Optional<ConstraintAnalysis> previous) {
    InvalidInputException.require(portfolio, "portfolio");
    InvalidInputException.require(previous, "previous");
    return Analyzer.analyze(portfolio.data(), settings, previous);
  }
}
