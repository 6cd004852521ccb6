package dev.samvad.orchestration;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import java.time.LocalDate;

/**
 * One invoice in a customer's conversation, as far as collection is concerned.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber the number the customer knows it by
 * @param issueDate when it was issued
 * @param dueDate when payment is due
 * @param amount the invoice total
 * @param outstanding what is still owed; zero once settled
 */
public record OpenItem(
    InvoiceId invoiceId,
    String invoiceNumber,
    LocalDate issueDate,
    LocalDate dueDate,
    Money amount,
    Money outstanding) {

  /** Validates the dates and amounts. */
  public OpenItem {
    InvalidInputException.require(invoiceId, "invoiceId");
    InvalidInputException.require(invoiceNumber, "invoiceNumber");
    InvalidInputException.require(issueDate, "issueDate");
    InvalidInputException.require(dueDate, "dueDate");
    InvalidInputException.require(amount, "amount");
    InvalidInputException.require(outstanding, "outstanding");
    if (dueDate.isBefore(issueDate)) {
      throw new InvalidInputException("dueDate", "must not be before issueDate " + issueDate);
    }
    if (amount.isNegative() || amount.isZero()) {
      throw new InvalidInputException("amount", "must be above zero, was " + amount.format());
    }
    if (outstanding.isNegative() || outstanding.compareTo(amount) > 0) {
      throw new InvalidInputException(
          "outstanding", "must be zero to the amount " + amount.format() + ", was " + outstanding);
    }
  }

  /** True while anything is owed. */
  public boolean open() {
    return !outstanding.isZero() && !outstanding.isNegative();
  }

  /** This item with {@code paid} taken off what is owed (never below zero). */
  OpenItem pay(Money paid) {
    Money left = outstanding.minus(paid);
    return new OpenItem(
        invoiceId,
        invoiceNumber,
        issueDate,
        dueDate,
        amount,
        left.isNegative() ? new Money(0, amount.currency()) : left);
  }
}
