package dev.samvad.sdk.internal.json;

import dev.samvad.api.RateLimitedException;
import dev.samvad.api.TenantId;
import dev.samvad.sdk.ApiLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The per-tenant limits on JSON API calls. Each limit is a token bucket kept as the generic cell
 * rate algorithm: one "theoretical arrival time" per bucket, in nanoseconds, which is exact for any
 * rate and needs no timer. A tenant's limits are read from the configuration on its first call.
 */
final class RateLimiter {
  private final Function<TenantId, ApiLimits> limits;
  private final Clock clock;
  private final Map<TenantId, Buckets> tenants = new ConcurrentHashMap<>();

  RateLimiter(Function<TenantId, ApiLimits> limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Counts one call of {@code tenant}.
   *
   * @throws RateLimitedException when a limit is exhausted; nothing is counted then
   */
  void acquire(TenantId tenant) {
    Buckets buckets = tenants.computeIfAbsent(tenant, t -> new Buckets(limits.apply(t).limits()));
    if (buckets.cells.length == 0) {
      return;
    }
    long now = nanos(clock.instant());
    long wait = buckets.take(now);
    if (wait > 0) {
      long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
      throw new RateLimitedException(
          "tenant '"
              + tenant.value()
              + "' has used its JSON API calls for now ("
              + buckets.describe(now)
              + "); retry in "
              + seconds
              + " s",
          Duration.ofSeconds(seconds));
    }
  }

  private static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  /** One tenant's buckets; a call takes a token from each or from none. */
  private static final class Buckets {
    final ApiLimits.Limit[] limits;
    final long[] cells;
    final long[] interval;
    final long[] tolerance;

    Buckets(List<ApiLimits.Limit> configured) {
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

    /** Takes a token from every bucket and answers 0, or answers the nanoseconds to wait. */
    synchronized long take(long now) {
      long wait = 0;
      for (int i = 0; i < cells.length; i++) {
        long arrival = Math.max(cells[i], now);
        wait = Math.max(wait, arrival - now - tolerance[i]);
      }
      if (wait > 0) {
        return wait;
      }
      for (int i = 0; i < cells.length; i++) {
        cells[i] = Math.max(cells[i], now) + interval[i];
      }
      return 0;
    }

    synchronized String describe(long now) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < cells.length; i++) {
        if (Math.max(cells[i], now) - now - tolerance[i] > 0) {
          text.append(text.length() == 0 ? "" : ", ")
              .append(limits[i].calls())
              .append(" per ")
              .append(limits[i].per().toString().substring(2).toLowerCase(java.util.Locale.ROOT));
        }
      }
      return text.toString();
    }
  }
}
