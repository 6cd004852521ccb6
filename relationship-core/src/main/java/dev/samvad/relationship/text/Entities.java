package dev.samvad.relationship.text;

import java.util.List;
import java.util.Optional;

/**
 * Everything concrete a reply states, each with the span it came from, in text order.
 *
 * @param promisedDates dates by which the writer will pay (only when a promise, part offer or
 *     extension was read); the first is the main one
 * @param amounts amounts of money
 * @param paymentReferences payment modes and UTR or cheque numbers
 * @param callbackTimes when the writer asked to be called
 * @param disputeReasons why the writer disputes the bill
 */
public record Entities(
    List<PromisedDate> promisedDates,
    List<AmountMention> amounts,
    List<PaymentReference> paymentReferences,
    List<CallbackTime> callbackTimes,
    List<DisputeReason> disputeReasons) {

  /** No entities. */
  public static final Entities NONE =
      new Entities(List.of(), List.of(), List.of(), List.of(), List.of());

  /** Copies every list. */
  public Entities {
    promisedDates = List.copyOf(promisedDates);
    amounts = List.copyOf(amounts);
    paymentReferences = List.copyOf(paymentReferences);
    callbackTimes = List.copyOf(callbackTimes);
    disputeReasons = List.copyOf(disputeReasons);
  }

  /** The main promised date: the first one written. */
  public Optional<PromisedDate> promisedDate() {
    return promisedDates.isEmpty() ? Optional.empty() : Optional.of(promisedDates.get(0));
  }
}
