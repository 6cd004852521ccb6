package dev.samvad.sdk.internal.json;

import dev.samvad.api.RateLimitedException;
import dev.samvad.api.TenantId;
import dev.samvad.sdk.ApiLimits;
import dev.samvad.sdk.internal.TokenBuckets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The per-tenant limits on JSON API calls, each a token bucket ({@link TokenBuckets}). A tenant's
 * limits are read from the configuration on its first call.
 */
final class RateLimiter {
  private final Function<TenantId, ApiLimits> limits;
  private final Clock clock;
  private final Map<TenantId, TokenBuckets> tenants = new ConcurrentHashMap<>();

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
    TokenBuckets buckets =
        tenants.computeIfAbsent(tenant, t -> new TokenBuckets(limits.apply(t).limits()));
    if (buckets.isEmpty()) {
      return;
    }
    long now = TokenBuckets.nanos(clock.instant());
    long wait = buckets.take(now);
    if (wait > 0) {
      long seconds = TokenBuckets.wholeSeconds(wait);
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
}
