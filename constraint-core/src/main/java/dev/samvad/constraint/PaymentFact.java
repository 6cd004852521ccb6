package dev.samvad.constraint;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentAllocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Money received against one invoice on one date: one allocation of a {@link Payment}. Unallocated
 * credit is not receivables collection and is left out.
 *
 * @param invoiceId the invoice the money settles (in part)
 * @param receivedOn value date
 * @param amount amount applied to the invoice; positive
 */
public record PaymentFact(InvoiceId invoiceId, LocalDate receivedOn, Money amount) {

  /** Validates presence and a positive amount. */
  public PaymentFact {
    InvalidInputException.require(invoiceId, "invoiceId");
    InvalidInputException.require(receivedOn, "receivedOn");
    InvalidInputException.require(amount, "amount");
    if (amount.paise() <= 0) {
      throw new InvalidInputException("amount", "must be positive");
    }
  }

  /** One fact per allocation of {@code payment}. */
  public static List<PaymentFact> of(Payment payment) {
    List<PaymentFact> facts = new ArrayList<>(payment.allocations().size());
    for (PaymentAllocation allocation : payment.allocations()) {
      facts.add(new PaymentFact(allocation.invoiceId(), payment.receivedOn(), allocation.amount()));
    }
    return facts;
  }
}
