package dev.samvad.sdk.internal;

import dev.samvad.sdk.ApiLimits;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A set of token buckets that are used together, kept as the generic cell rate algorithm: one
 * "theoretical arrival time" per bucket, in nanoseconds, which is exact for any rate and needs no
 * timer. Each {@link ApiLimits.Limit} is a bucket of {@code calls} tokens refilled evenly over
 * {@code per}. Shared by the limits on JSON API calls and on language-model use. Thread-safe.
 */
public final class TokenBuckets {
  private final ApiLimits.Limit[] limits;
  private final long[] cells;
  private final long[] interval;
  private final long[] tolerance;

  /** Buckets for {@code configured}, all full. */
  public TokenBuckets(List<ApiLimits.Limit> configured) {
    limits = configured.toArray(new ApiLimits.Limit[0]);
    cells = new long[limits.length];
    interval = new long[limits.length];
    tolerance = new long[limits.length];
    for (int i = 0; i < limits.length; i++) {
      interval[i] = limits[i].per().toNanos() / limits[i].calls();
      tolerance[i] = limits[i].per().toNanos() - interval[i];
      cells[i] = Long.MIN_VALUE;
    }
  }

  /** True when there is no bucket: nothing is ever refused. */
  public boolean isEmpty() {
    return limits.length == 0;
  }

  /** Takes one token from every bucket and answers 0, or takes none and answers the wait (ns). */
  public synchronized long take(long now) {
    long wait = waitNanos(now);
    if (wait > 0) {
      return wait;
    }
    charge(now, 1);
    return 0;
  }

  /** The nanoseconds until every bucket has a token again; 0 or less when they have now. */
  public synchronized long waitNanos(long now) {
    long wait = 0;
    for (int i = 0; i < cells.length; i++) {
      wait = Math.max(wait, Math.max(cells[i], now) - now - tolerance[i]);
    }
    return wait;
  }

  /**
   * Takes {@code amount} tokens from every bucket even when that overdraws it (a cost known only
   * after the fact, such as the tokens a model call used); an overdrawn bucket refuses until it has
   * refilled past zero.
   */
  public synchronized void charge(long now, long amount) {
    if (amount <= 0) {
      return;
    }
    for (int i = 0; i < cells.length; i++) {
      long base = Math.max(cells[i], now);
      try {
        cells[i] = Math.addExact(base, Math.multiplyExact(amount, interval[i]));
      } catch (ArithmeticException e) {
        cells[i] = Long.MAX_VALUE; // an absurd charge: refused for as long as a long can say
      }
    }
  }

  /** The limits that refuse at {@code now}, as "50 per 1s, 1000 per 24h". */
  public synchronized String describe(long now) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (Math.max(cells[i], now) - now - tolerance[i] > 0) {
        text.append(text.length() == 0 ? "" : ", ")
            .append(limits[i].calls())
            .append(" per ")
            .append(limits[i].per().toString().substring(2).toLowerCase(Locale.ROOT));
      }
    }
    return text.toString();
  }

  /** {@code t} in nanoseconds since the epoch. */
  public static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  /** A positive wait in whole seconds, rounded up, at least 1. */
  public static long wholeSeconds(long waitNanos) {
    return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
  }
}
