package dev.samvad.sdk.internal;

import dev.samvad.api.TenantId;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmUsage;
import dev.samvad.sdk.LlmLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The per-tenant limits on language-model use ({@link LlmLimits}), enforced before the model is
 * asked, for any model. A tenant's limits are read from the configuration on its first model call.
 */
public final class LlmQuota {
  private final Function<TenantId, LlmLimits> limits;
  private final Clock clock;
  private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

  /**
   * @param limits each tenant's limits (called once per tenant; must not return null)
   * @param clock the time the buckets are measured in
   */
  public LlmQuota(Function<TenantId, LlmLimits> limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Takes one call of {@code tenant}, or refuses it (counting nothing) with the time until a call
   * would pass.
   */
  public <R> Optional<LlmOutcome.Failed<R>> take(TenantId tenant) {
    Tenant t = tenants.computeIfAbsent(tenant, k -> new Tenant(limits.apply(k)));
    if (t.calls.isEmpty() && t.tokens.isEmpty()) {
      return Optional.empty();
    }
    long now = TokenBuckets.nanos(clock.instant());
    synchronized (t) {
      long tokenWait = t.tokens.waitNanos(now);
      long wait = tokenWait > 0 ? tokenWait : t.calls.take(now);
      if (wait <= 0) {
        return Optional.empty();
      }
      long seconds = TokenBuckets.wholeSeconds(wait);
      String spent =
          tokenWait > 0
              ? "tokens (" + t.tokens.describe(now) + ")"
              : "calls (" + t.calls.describe(now) + ")";
      return Optional.of(
          new LlmOutcome.Failed<>(
              LlmOutcome.FailureKind.BUDGET_EXHAUSTED,
              "the tenant's language-model quota of "
                  + spent
                  + " is used for now; the model is asked again in "
                  + seconds
                  + " s",
              Optional.of(Duration.ofSeconds(seconds))));
    }
  }

  /** Counts the tokens an answered call of {@code tenant} used. */
  public void charge(TenantId tenant, LlmUsage usage) {
    Tenant t = tenants.get(tenant);
    if (t == null || t.tokens.isEmpty()) {
      return;
    }
    long used = Math.max(0, usage.promptTokens()) + Math.max(0, usage.completionTokens());
    if (used < 0) {
      used = Long.MAX_VALUE; // overflowed: an absurd report still spends the quota
    }
    t.tokens.charge(TokenBuckets.nanos(clock.instant()), used);
  }

  private static final class Tenant {
    final TokenBuckets calls;
    final TokenBuckets tokens;

    Tenant(LlmLimits limits) {
      calls = new TokenBuckets(limits.calls());
      tokens = new TokenBuckets(limits.tokens());
    }
  }
}
