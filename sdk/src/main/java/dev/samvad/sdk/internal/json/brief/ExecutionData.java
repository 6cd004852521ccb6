package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.InvoiceId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One element of {@code communicationData.executions[]} in the constraint analysis: one message
 * about an invoice and what became of it. Only {@code invoiceId}, {@code channel} and {@code
 * queuedAt} are required.
 *
 * @param invoiceId the invoice the message was about (a stored invoice of the tenant)
 * @param channel email, sms, whatsapp, voice or letter
 * @param queuedAt when the step decided to send it
 * @param sentAt when the channel accepted it
 * @param deliveredAt when a receipt said it was delivered
 * @param readAt when a receipt said it was read
 * @param failure {@code bounced} (wrong contact) or {@code failed} (the channel could not deliver)
 * @param outcome what the reply amounted to: none (default), replied, promised, disputed, hardship
 *     or opted_out
 * @param repliedAt when the reply came; required exactly when there is an outcome other than none
 * @param promisedFor the date promised; required exactly for a promised outcome
 */
public record ExecutionData(
    @Nullable InvoiceId invoiceId,
    @Nullable String channel,
    @Nullable OffsetDateTime queuedAt,
    @Nullable OffsetDateTime sentAt,
    @Nullable OffsetDateTime deliveredAt,
    @Nullable OffsetDateTime readAt,
    @Nullable String failure,
    @Nullable String outcome,
    @Nullable OffsetDateTime repliedAt,
    @Nullable LocalDate promisedFor) {}
