package dev.samvad.deepseek;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much one tenant may spend on the language model per day (in the model's budget zone). Once
 * either cap is reached, calls fail at once with {@code BUDGET_EXHAUSTED} until the day ends, and
 * the rule engines answer alone. A call in flight when the cap is crossed still completes, so a day
 * can overshoot by one call.
 *
 * @param maxTokensPerDay prompt plus completion tokens
 * @param maxCostPerDay in the {@link PriceTable}'s currency
 */
public record TenantCaps(long maxTokensPerDay, BigDecimal maxCostPerDay) {

  /** No caps. */
  public static final TenantCaps UNLIMITED =
      new TenantCaps(Long.MAX_VALUE, BigDecimal.valueOf(Long.MAX_VALUE));

  /** Rejects non-positive caps. */
  public TenantCaps {
    Objects.requireNonNull(maxCostPerDay, "maxCostPerDay");
    if (maxTokensPerDay < 1 || maxCostPerDay.signum() <= 0) {
      throw new IllegalArgumentException("caps must be positive");
    }
  }

  /** A cap on tokens only. */
  public static TenantCaps tokens(long maxTokensPerDay) {
    return new TenantCaps(maxTokensPerDay, UNLIMITED.maxCostPerDay());
  }
}
