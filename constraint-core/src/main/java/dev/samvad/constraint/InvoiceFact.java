package dev.samvad.constraint;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import java.time.LocalDate;

/**
 * The facts about one invoice the engine needs, as of the analysis date.
 *
 * <p>The open balance at the analysis date is {@code outstanding} when the status {@linkplain
 * InvoiceStatus#isOutstanding() is still owed}, else zero. Cancelled and written-off invoices are
 * left out of sales and receivables altogether (their dates of cancellation or write-off are not
 * known); see {@code docs/constraints.md}.
 *
 * @param id the invoice
 * @param customerId who owes it
 * @param issueDate date of issue (the start of the credit period)
 * @param dueDate date payment is due
 * @param amount total amount, tax included; positive
 * @param outstanding amount still unpaid now; between zero and {@code amount}
 * @param status where the invoice stands now
 */
public record InvoiceFact(
    InvoiceId id,
    CustomerId customerId,
    LocalDate issueDate,
    LocalDate dueDate,
    Money amount,
    Money outstanding,
    InvoiceStatus status) {

  /** Validates presence, date order and amount bounds. */
  public InvoiceFact {
    InvalidInputException.require(id, "id");
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(issueDate, "issueDate");
    InvalidInputException.require(dueDate, "dueDate");
    InvalidInputException.require(amount, "amount");
    InvalidInputException.require(outstanding, "outstanding");
    InvalidInputException.require(status, "status");
    if (dueDate.isBefore(issueDate)) {
      throw new InvalidInputException("dueDate", "must not be before issueDate " + issueDate);
    }
    if (amount.paise() <= 0) {
      throw new InvalidInputException("amount", "must be positive");
    }
    if (outstanding.isNegative() || outstanding.compareTo(amount) > 0) {
      throw new InvalidInputException("outstanding", "must be between zero and the amount");
    }
  }

  /** The facts of an api {@link Invoice}. */
  public static InvoiceFact of(Invoice invoice) {
    return new InvoiceFact(
        invoice.id(),
        invoice.customerId(),
        invoice.issueDate(),
        invoice.dueDate(),
        invoice.amount(),
        invoice.outstanding(),
        invoice.status());
  }
}
