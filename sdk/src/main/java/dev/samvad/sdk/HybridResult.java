package dev.samvad.sdk;

import dev.samvad.api.InvalidInputException;
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
   */
  public record Fallback(Reason reason, String detail) {
    /** Requires both parts. */
    public Fallback {
      InvalidInputException.require(reason, "reason");
      InvalidInputException.require(detail, "detail");
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
    /** The tenant's token or cost budget is spent. */
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
