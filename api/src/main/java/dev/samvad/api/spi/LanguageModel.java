package dev.samvad.api.spi;

import java.time.Duration;

/**
 * An optional large language model that enhances the rule engines (reading replies, drafting
 * messages, explaining analyses). Samvad is correct without one: every caller has a rule-based
 * answer and uses the model's only when it arrives valid within the deadline.
 *
 * <p>Implementations must return within {@code deadline} (plus scheduling slack) and must report
 * every failure as an {@link LlmOutcome.Failed} value, never by throwing.
 */
public interface LanguageModel {

  /** Runs one typed task, giving up after {@code deadline}. */
  <R> LlmOutcome<R> run(LlmTask<R> task, Duration deadline);

  /** A model that is never available: what Samvad uses when the host configures none. */
  static LanguageModel none() {
    return NoLanguageModel.INSTANCE;
  }
}
