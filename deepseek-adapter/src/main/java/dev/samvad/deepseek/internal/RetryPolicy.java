package dev.samvad.deepseek.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Backoff arithmetic and {@code Retry-After} parsing. */
public final class RetryPolicy {
  private final Duration initial;
  private final Duration max;
  private final RandomGenerator random;

  public RetryPolicy(Duration initial, Duration max, RandomGenerator random) {
    this.initial = initial;
    this.max = max;
    this.random = random;
  }

  /**
   * The wait before retry number {@code retry} (1-based): {@code initial * 2^(retry-1)}, capped at
   * {@code max}, then scaled by a random factor in [0.5, 1.0) so that clients do not retry in step.
   */
  public Duration backoff(int retry) {
    long base = initial.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(base, max.toMillis());
    double factor = 0.5 + random.nextDouble() * 0.5;
    return Duration.ofMillis(Math.max(1, (long) (capped * factor)));
  }

  /**
   * Parses a {@code Retry-After} header: delta seconds or an HTTP date (relative to {@code clock}).
   * Unparseable values are ignored; a date in the past means "now".
   */
  public static Optional<Duration> parseRetryAfter(@Nullable String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      // fall through to the date form
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
