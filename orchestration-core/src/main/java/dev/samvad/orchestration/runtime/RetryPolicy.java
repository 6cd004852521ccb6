package dev.samvad.orchestration.runtime;

import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How transient send failures are retried: up to {@code maxAttempts} attempts in all, waiting
 * {@code base × 2^(attempt−1)} capped at {@code maxBackoff}, spread by up to ± {@code jitter} of
 * itself, and never less than the channel's retry-after. After the last attempt the failure counts
 * as permanent and the campaign falls back to its next channel.
 *
 * <p>The jitter is drawn from {@code seed} and the execution and attempt, so it is deterministic
 * for tests yet spreads the retries of different messages.
 *
 * @param maxAttempts 1 to 20
 * @param base the first wait; positive
 * @param maxBackoff the longest wait; at least {@code base}
 * @param jitter 0 to 1: the share of the wait drawn at random
 * @param seed seeds the jitter
 */
public record RetryPolicy(
    int maxAttempts, Duration base, Duration maxBackoff, double jitter, long seed) {

  /** Five attempts, from one minute up to six hours, ±20% jitter. */
  public static final RetryPolicy STANDARD =
      new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(6), 0.2, 0x5a17adL);

  /** Validates the ranges. */
  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new InvalidInputException("maxAttempts", "must be 1 to 20, was " + maxAttempts);
    }
    InvalidInputException.require(base, "base");
    InvalidInputException.require(maxBackoff, "maxBackoff");
    if (base.isNegative() || base.isZero()) {
      throw new InvalidInputException("base", "must be positive, was " + base);
    }
    if (maxBackoff.compareTo(base) < 0) {
      throw new InvalidInputException("maxBackoff", "must be at least base " + base);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new InvalidInputException("jitter", "must be 0 to 1, was " + jitter);
    }
  }

  /**
   * The wait after failed attempt {@code attempt} (1-based) of the execution named {@code key},
   * before honouring any retry-after: exponential, capped, jittered; always positive.
   */
  public Duration backoff(int attempt, String key) {
    long baseMillis = base.toMillis();
    long capMillis = maxBackoff.toMillis();
    int shift = Math.min(Math.max(attempt - 1, 0), 40);
    long raw =
        baseMillis > (capMillis >> shift) ? capMillis : Math.min(capMillis, baseMillis << shift);
    SplittableRandom random =
        new SplittableRandom(seed ^ (key.hashCode() * 0x9E3779B97F4A7C15L) ^ attempt);
    double factor = 1 + jitter * (2 * random.nextDouble() - 1);
    return Duration.ofMillis(Math.max(1, Math.round(raw * factor)));
  }
}
