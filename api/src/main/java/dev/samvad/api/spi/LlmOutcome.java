package dev.samvad.api.spi;

/**
 * What a {@link LanguageModel} call produced: a validated answer, or a failure as a value.
 *
 * @param <R> the result type
 */
public sealed interface LlmOutcome<R> {

  /**
   * A validated answer.
   *
   * @param value the result
   * @param usage tokens consumed
   * @param repaired true when the raw output needed one repair (such as unwrapping fenced JSON)
   */
  record Answered<R>(R value, LlmUsage usage, boolean repaired) implements LlmOutcome<R> {}

  /**
   * No usable answer.
   *
   * @param kind why
   * @param detail a short explanation safe to log (never the API key or customer text)
   */
  record Failed<R>(FailureKind kind, String detail) implements LlmOutcome<R> {}

  /** Why a call produced no answer. */
  enum FailureKind {
    /** No model configured, or switched off for the tenant (bad key, no balance). */
    DISABLED,
    /** The deadline passed. */
    TIMEOUT,
    /** The service failed or was unreachable after retries. */
    UNAVAILABLE,
    /** The service asked us to slow down and retries ran out. */
    RATE_LIMITED,
    /** The circuit breaker is open; no call was made. */
    CIRCUIT_OPEN,
    /** The tenant's token or cost budget is spent. */
    BUDGET_EXHAUSTED,
    /** The output did not validate, even after one repair. */
    INVALID_OUTPUT
  }
}
