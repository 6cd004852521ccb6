package dev.samvad.api.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money received from a customer. Build with {@code ImmutablePayment.builder()}.
 *
 * <p>{@link #reference()} is the bank's UTR (NEFT/RTGS), the UPI or IMPS reference number, or the
 * cheque number: 4 to 35 letters and digits. Allocations are in the payment's currency and add up
 * to at most its amount; what is left is unallocated credit.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayment.class)
@JsonDeserialize(as = ImmutablePayment.class)
public interface Payment {
  /** The tenant's id for this payment. */
  PaymentId id();

  /** Who paid. */
  CustomerId customerId();

  /** Amount received. */
  Money amount();

  /** Date the money was received (value date). */
  LocalDate receivedOn();

  /** How it was paid. */
  PaymentMode mode();

  /** UTR, UPI/IMPS reference, or cheque number. */
  Optional<String> reference();

  /** How the payment is applied to invoices. */
  List<PaymentAllocation> allocations();

  /** The part of the amount not allocated to any invoice. */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  default Money unallocated() {
    Money left = amount();
    for (PaymentAllocation a : allocations()) {
      left = left.minus(a.amount());
    }
    return left;
  }

  /**
   * Validates the value when it is built; throws {@code InvalidInputException} naming the field.
   */
  @Value.Check
  default void check() {
    if (amount().paise() <= 0) {
      throw new InvalidInputException("amount", "must be positive");
    }
    reference()
        .ifPresent(
            r -> {
              if (r.length() < 4
                  || r.length() > 35
                  || !r.chars().allMatch(Character::isLetterOrDigit)
                  || !r.chars().allMatch(c -> c < 128)) {
                throw new InvalidInputException(
                    "reference",
                    "must be 4 to 35 ASCII letters and digits (UTR, UPI ref, cheque no.)");
              }
            });
    Money total = new Money(0, amount().currency());
    for (int i = 0; i < allocations().size(); i++) {
      Money part = allocations().get(i).amount();
      if (!part.currency().equals(amount().currency())) {
        throw new InvalidInputException(
            "allocations[" + i + "].amount", "must be in " + amount().currency());
      }
      total = total.plus(part);
    }
    if (total.compareTo(amount()) > 0) {
      throw new InvalidInputException("allocations", "add up to more than the payment amount");
    }
  }
}
