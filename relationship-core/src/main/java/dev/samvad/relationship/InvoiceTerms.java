package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.model.DeliveryMode;
import dev.samvad.api.model.Invoice;
import java.time.LocalDate;

/**
 * What is known about an invoice when it is issued — and nothing about how it ends. A {@link
 * PaymentDelayModel} predicts from these terms and the customer's history before the issue date; it
 * cannot see the invoice's own outcome because this type does not carry it.
 *
 * @param issueDate date of issue
 * @param dueDate date payment is due
 * @param amount amount invoiced
 * @param deliveryMode paper or electronic
 */
public record InvoiceTerms(
    LocalDate issueDate, LocalDate dueDate, Money amount, DeliveryMode deliveryMode) {

  /** Checks the dates are in order and the amount positive. */
  public InvoiceTerms {
    InvalidInputException.require(issueDate, "issueDate");
    InvalidInputException.require(dueDate, "dueDate");
    InvalidInputException.require(amount, "amount");
    InvalidInputException.require(deliveryMode, "deliveryMode");
    if (dueDate.isBefore(issueDate)) {
      throw new InvalidInputException("dueDate", "must not be before issueDate " + issueDate);
    }
    if (amount.paise() <= 0) {
      throw new InvalidInputException("amount", "must be positive");
    }
  }

  /** The terms of an invoice. */
  public static InvoiceTerms of(Invoice invoice) {
    return new InvoiceTerms(
        invoice.issueDate(), invoice.dueDate(), invoice.amount(), invoice.deliveryMode());
  }

  /** The terms of a ledger row. */
  public static InvoiceTerms of(LedgerInvoice invoice) {
    return new InvoiceTerms(
        invoice.invoiceDate(), invoice.dueDate(), invoice.amount(), invoice.deliveryMode());
  }
}
