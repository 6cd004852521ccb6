package dev.samvad.api.spi;

import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.Optional;

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
   * @param retryAfter how long until a call may be answered again, when that is known (a spent
   *     budget: until it resets); empty otherwise
   */
  record Failed<R>(FailureKind kind, String detail, Optional<Duration> retryAfter)
      implements LlmOutcome<R> {

    /** Requires every part; a retry time is never negative. */
    public Failed {
      InvalidInputException.require(kind, "kind");
      InvalidInputException.require(detail, "detail");
      InvalidInputException.require(retryAfter, "retryAfter");
      if (retryAfter.isPresent() && retryAfter.get().isNegative()) {
        throw new InvalidInputException("retryAfter", "must not be negative");
      }
    }

    /** A failure with no known time to retry. */
    public Failed(FailureKind kind, String detail) {
      this(kind, detail, Optional.empty());
    }
  }

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
