package dev.samvad.sdk;

import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.Optional;

/**
 * An answer from Samvad's hybrid policy, saying which path produced it. The rule engine always
 * answers at once; the language model's answer replaces it only when it arrives valid within the
 * deadline ({@link Samvad.Builder#languageModelDeadline}). Otherwise {@link #fallback()} says why
 * the rules answered.
 *
 * @param value the answer
 * @param path which path answered
 * @param fallback why the model's answer was not used; absent when it was
 * @param <T> the answer type
 */
public record HybridResult<T>(T value, Path path, Optional<Fallback> fallback) {

  /** Requires a fallback exactly when the rules answered. */
  public HybridResult {
    InvalidInputException.require(value, "value");
    InvalidInputException.require(path, "path");
    InvalidInputException.require(fallback, "fallback");
    if ((path == Path.RULES) != fallback.isPresent()) {
      throw new InvalidInputException("fallback", "is present exactly when the rules answered");
    }
  }

  /** An answer from the rules, with why. */
  public static <T> HybridResult<T> rules(T value, Reason reason, String detail) {
    return new HybridResult<>(value, Path.RULES, Optional.of(new Fallback(reason, detail)));
  }

  /**
   * How long until the model will be asked again, when the rules answered because a quota or budget
   * was spent ({@link Reason#BUDGET_EXHAUSTED}); empty otherwise.
   */
  public Optional<Duration> retryAfter() {
    return fallback.flatMap(Fallback::retryAfter);
  }

  /** Which path answered. */
  public enum Path {
    /** The rule engine (the model was not asked, failed, was late or was rejected). */
    RULES,
    /** The language model; its output validated at once. */
    LLM,
    /** The language model; its output validated after its one repair. */
    LLM_REPAIRED
  }

  /**
   * Why the rules answered.
   *
   * @param reason the kind of reason
   * @param detail a short explanation, safe to log (never customer text or a key)
   * @param retryAfter how long until the model will be asked again, when a quota or budget is spent
   *     (Samvad's {@link LlmLimits}, or the model's own budget: until its day resets)
   */
  public record Fallback(Reason reason, String detail, Optional<Duration> retryAfter) {
    /** Requires every part; a retry time is never negative. */
    public Fallback {
      InvalidInputException.require(reason, "reason");
      InvalidInputException.require(detail, "detail");
      InvalidInputException.require(retryAfter, "retryAfter");
      if (retryAfter.isPresent() && retryAfter.get().isNegative()) {
        throw new InvalidInputException("retryAfter", "must not be negative");
      }
    }

    /** A fallback with no time to retry. */
    public Fallback(Reason reason, String detail) {
      this(reason, detail, Optional.empty());
    }

    /** {@link #retryAfter()} in whole seconds, rounded up. */
    public Optional<Long> retryAfterSeconds() {
      return retryAfter.map(d -> d.getSeconds() + (d.getNano() > 0 ? 1 : 0));
    }
  }

  /** Why a model's answer was not used. */
  public enum Reason {
    /** No language model is configured (the default). */
    NO_MODEL,
    /** The model is switched off for the tenant (bad key, no balance). */
    DISABLED,
    /** No valid answer within the deadline. */
    TIMEOUT,
    /** The service failed or was unreachable. */
    UNAVAILABLE,
    /** The service asked us to slow down. */
    RATE_LIMITED,
    /** The circuit breaker is open; no call was made. */
    CIRCUIT_OPEN,
    /**
     * The tenant's quota on model use ({@link LlmLimits}) or the model's own token or cost budget
     * is spent; {@link HybridResult#retryAfter()} says when the model will be asked again.
     */
    BUDGET_EXHAUSTED,
    /** The model's output did not validate. */
    INVALID_OUTPUT,
    /** The reply addresses an automated reader, so only the rules (which ignore it) read it. */
    INJECTION_SUSPECTED,
    /** Nothing readable to send. */
    NO_TEXT,
    /** A drafted message did not pass the culture engine's approach validation. */
    REJECTED_BY_APPROACH_VALIDATION
  }
}
