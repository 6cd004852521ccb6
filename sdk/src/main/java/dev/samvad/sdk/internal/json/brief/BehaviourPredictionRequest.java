package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/relationship-intelligence/predict-behavior}. The brief leaves the body open;
 * this shape is Samvad's own (see docs/json-api.md).
 *
 * @param customerId whose ledger history the prediction uses
 * @param invoice a stored invoice by id, or the terms of a future one
 * @param thresholds days past due to report P(paid later than N days) for; default 0 and 30
 * @param scenario a message to send: its channel and when
 */
public record BehaviourPredictionRequest(
    CustomerId customerId,
    @Nullable InvoiceSpec invoice,
    List<Integer> thresholds,
    @Nullable Scenario scenario) {

  public BehaviourPredictionRequest {
    InvalidInputException.require(customerId, "customerId");
    thresholds = Fields.list(thresholds, "thresholds");
  }

  /**
   * Either {@code invoiceId} (a stored invoice of the customer) or the terms of an invoice.
   *
   * @param invoiceId a stored invoice
   * @param amount rupees
   * @param issueDate issue date; default today
   * @param dueDate due date
   * @param deliveryMode paper or electronic; default electronic
   */
  public record InvoiceSpec(
      @Nullable String invoiceId,
      @Nullable BigDecimal amount,
      @Nullable LocalDate issueDate,
      @Nullable LocalDate dueDate,
      @Nullable String deliveryMode) {}

  /**
   * A message the caller is thinking of sending.
   *
   * @param channel email, sms, whatsapp, voice or letter
   * @param at when, with an offset; the hour is read in India time
   */
  public record Scenario(@Nullable String channel, @Nullable OffsetDateTime at) {}
}
