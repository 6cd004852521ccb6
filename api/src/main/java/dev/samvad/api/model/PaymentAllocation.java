package dev.samvad.api.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import org.immutables.value.Value;

/** The part of a payment applied to one invoice. */
@Value.Immutable
@JsonSerialize(as = ImmutablePaymentAllocation.class)
@JsonDeserialize(as = ImmutablePaymentAllocation.class)
public interface PaymentAllocation {
  /** The invoice settled (in part). */
  InvoiceId invoiceId();

  /** How much of the payment goes to it. */
  Money amount();

  /**
   * Validates the value when it is built; throws {@code InvalidInputException} naming the field.
   */
  @Value.Check
  default void check() {
    if (amount().paise() <= 0) {
      throw new InvalidInputException("amount", "must be positive");
    }
  }
}
