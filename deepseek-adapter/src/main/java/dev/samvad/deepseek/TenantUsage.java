package dev.samvad.deepseek;

import dev.samvad.api.spi.LlmUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What one tenant spent on the language model on one day, as {@link
 * DeepSeekLanguageModel#usage(dev.samvad.api.TenantId)} reports it.
 *
 * @param day the day counted, in the model's budget zone
 * @param calls calls that reached the service and were answered (cache hits are free and not
 *     counted)
 * @param usage tokens spent, as the service reported them
 * @param cost money spent under the configured {@link PriceTable}, in its currency
 * @param disabledBecause why the model is switched off for the tenant (HTTP 401 or 402), when it is
 */
public record TenantUsage(
    LocalDate day, long calls, LlmUsage usage, BigDecimal cost, Optional<String> disabledBecause) {}
