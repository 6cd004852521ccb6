package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.Money;
import dev.samvad.api.model.Title;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Samvad's addition to the content endpoints: the facts a message must carry, so Samvad can write
 * it from its own templates in the customer's language. Every field is optional here; a template
 * that needs one that is missing is a 400 naming it.
 */
public record MessageFactsData(
    @Nullable String sellerName,
    @Nullable String customerName,
    @Nullable String contactName,
    @Nullable Title title,
    @Nullable String invoiceNumber,
    @Nullable Money amount,
    @Nullable LocalDate dueDate,
    @Nullable LocalDate promiseDate,
    @Nullable Money paidAmount,
    @Nullable String festivalName,
    @Nullable String upiVpa,
    @Nullable String upiPayeeName) {}
