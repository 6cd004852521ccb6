package dev.samvad.channel;

import dev.samvad.api.InvalidInputException;
import java.time.Instant;

/**
 * A provider's report on a message it accepted. Providers may report the same status twice and out
 * of order; consumers must treat receipts as idempotent facts, not as steps.
 *
 * @param providerMessageId the id from {@link SendResult.Accepted}
 * @param status the reported status
 * @param at when the status was reached, by the provider's clock
 * @param detail the provider's words (bounce reason, error code); may be empty
 */
public record DeliveryReceipt(
    String providerMessageId, DeliveryStatus status, Instant at, String detail) {
  /** Validates; throws {@link InvalidInputException} naming the offending field. */
  public DeliveryReceipt {
    Texts.required(providerMessageId, "providerMessageId", 256);
    InvalidInputException.require(status, "status");
    InvalidInputException.require(at, "at");
    detail = Texts.bounded(detail, "detail", 2_000);
  }
}
