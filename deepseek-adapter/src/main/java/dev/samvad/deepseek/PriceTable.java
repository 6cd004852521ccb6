package dev.samvad.deepseek;

import dev.samvad.api.spi.LlmUsage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;

/**
 * What the service charges per million tokens, for per-tenant cost accounting and caps. Prices
 * change: take them from the provider's current price page and keep them in configuration. Input
 * tokens served from the service's prefix cache are billed at {@code cacheHitInput}, the rest of
 * the input at {@code cacheMissInput}; output (reasoning included) at {@code output}.
 *
 * @param currency the currency of the prices and of every cost and cap derived from them
 * @param cacheHitInput price of one million input tokens served from the prefix cache
 * @param cacheMissInput price of one million other input tokens
 * @param output price of one million output tokens, reasoning included
 */
public record PriceTable(
    Currency currency, BigDecimal cacheHitInput, BigDecimal cacheMissInput, BigDecimal output) {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Costs nothing: tokens are counted, money is not (the default). */
  public static final PriceTable FREE =
      new PriceTable(
          Currency.getInstance("USD"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  /** Rejects nulls and negative prices. */
  public PriceTable {
    Objects.requireNonNull(currency, "currency");
    for (BigDecimal p : new BigDecimal[] {cacheHitInput, cacheMissInput, output}) {
      Objects.requireNonNull(p, "price");
      if (p.signum() < 0) {
        throw new IllegalArgumentException("prices must not be negative, was " + p);
      }
    }
  }

  /** The cost of one call's {@code usage}. */
  public BigDecimal cost(LlmUsage usage) {
    long hit = Math.min(usage.cacheHitTokens(), usage.promptTokens());
    long miss = usage.promptTokens() - hit;
    BigDecimal total =
        cacheHitInput
            .multiply(BigDecimal.valueOf(hit))
            .add(cacheMissInput.multiply(BigDecimal.valueOf(miss)))
            .add(output.multiply(BigDecimal.valueOf(usage.completionTokens())));
    return total.divide(MILLION, MathContext.DECIMAL64);
  }
}
