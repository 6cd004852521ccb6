package dev.samvad.relationship;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.model.DeliveryMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One past invoice as a ledger export shows it: enough to fit a {@link PaymentDelayModel} without
 * payments or messages. {@link LedgerCsv} reads these from a CSV file.
 *
 * @param customerId who owed it
 * @param invoiceDate date of issue
 * @param dueDate date payment was due; not before {@code invoiceDate}
 * @param amount amount invoiced; positive
 * @param disputed whether the customer disputed it
 * @param settledOn the day it was paid in full; empty while open
 * @param deliveryMode paper or electronic
 */
public record LedgerInvoice(
    CustomerId customerId,
    LocalDate invoiceDate,
    LocalDate dueDate,
    Money amount,
    boolean disputed,
    Optional<LocalDate> settledOn,
    DeliveryMode deliveryMode) {

  /** Checks the dates are in order and the amount positive. */
  public LedgerInvoice {
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(invoiceDate, "invoiceDate");
    InvalidInputException.require(dueDate, "dueDate");
    InvalidInputException.require(amount, "amount");
    InvalidInputException.require(settledOn, "settledOn");
    InvalidInputException.require(deliveryMode, "deliveryMode");
    if (dueDate.isBefore(invoiceDate)) {
      throw new InvalidInputException("dueDate", "must not be before invoiceDate " + invoiceDate);
    }
    if (amount.paise() <= 0) {
      throw new InvalidInputException("amount", "must be positive");
    }
    if (settledOn.isPresent() && settledOn.get().isBefore(invoiceDate)) {
      throw new InvalidInputException("settledOn", "must not be before invoiceDate " + invoiceDate);
    }
  }

  /**
   * The ledger rows of a full history: one per invoice that is not cancelled and whose settlement
   * is known (settled on the day its allocations first reach its amount; open otherwise).
   */
  public static java.util.List<LedgerInvoice> fromHistory(CustomerHistory history) {
    dev.samvad.relationship.internal.Timeline t =
        dev.samvad.relationship.internal.Timeline.of(history);
    java.util.List<LedgerInvoice> rows = new java.util.ArrayList<>(t.invoiceCount);
    for (int i = 0; i < t.invoiceCount; i++) {
      rows.add(
          new LedgerInvoice(
              history.customerId(),
              LocalDate.ofEpochDay(t.issue[i]),
              LocalDate.ofEpochDay(t.due[i]),
              Money.ofPaise(t.paise[i]),
              t.disputed[i],
              t.settled[i] == dev.samvad.relationship.internal.Timeline.OPEN
                  ? Optional.empty()
                  : Optional.of(LocalDate.ofEpochDay(t.settled[i])),
              t.paper[i] ? DeliveryMode.PAPER : DeliveryMode.ELECTRONIC));
    }
    return rows;
  }
}
