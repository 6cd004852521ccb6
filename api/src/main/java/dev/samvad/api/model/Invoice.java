package dev.samvad.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import java.time.LocalDate;
import java.time.Month;
import org.immutables.value.Value;

/**
 * An invoice the tenant issued to a customer. Build with {@code ImmutableInvoice.builder()}.
 *
 * <p>Rules checked on build: the due date is not before the issue date; the amount (tax included)
 * is positive; the tax is not negative and not more than the amount, in the same currency; the
 * outstanding amount lies between zero and the amount.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInvoice.class)
@JsonDeserialize(as = ImmutableInvoice.class)
public interface Invoice {
  /** The tenant's id for this invoice. */
  InvoiceId id();

  /** The customer who owes it. */
  CustomerId customerId();

  /** The printed GST invoice number. */
  InvoiceNumber number();

  /** Date of issue. */
  LocalDate issueDate();

  /** Date payment is due. */
  LocalDate dueDate();

  /** Total amount, tax included. */
  Money amount();

  /** Tax included in {@link #amount()}. */
  Money tax();

  /** Amount still owed; defaults to the whole amount. */
  @Value.Default
  default Money outstanding() {
    return amount();
  }

  /** Where the invoice stands. */
  @Value.Default
  default InvoiceStatus status() {
    return InvoiceStatus.OPEN;
  }

  /** How the invoice was delivered. */
  @Value.Default
  default DeliveryMode deliveryMode() {
    return DeliveryMode.ELECTRONIC;
  }

  /** The Indian financial year (April to March) of the issue date, named by its first year. */
  @JsonIgnore
  @Value.Derived
  default int financialYear() {
    LocalDate d = issueDate();
    return d.getMonth().compareTo(Month.APRIL) >= 0 ? d.getYear() : d.getYear() - 1;
  }

  /**
   * Validates the value when it is built; throws {@code InvalidInputException} naming the field.
   */
  @Value.Check
  default void check() {
    if (dueDate().isBefore(issueDate())) {
      throw new InvalidInputException("dueDate", "must not be before issueDate " + issueDate());
    }
    if (!tax().currency().equals(amount().currency())) {
      throw new InvalidInputException("tax", "must be in " + amount().currency());
    }
    if (!outstanding().currency().equals(amount().currency())) {
      throw new InvalidInputException("outstanding", "must be in " + amount().currency());
    }
    if (amount().paise() <= 0) {
      throw new InvalidInputException("amount", "must be positive");
    }
    if (tax().isNegative() || tax().compareTo(amount()) > 0) {
      throw new InvalidInputException("tax", "must be between zero and the amount");
    }
    if (outstanding().isNegative() || outstanding().compareTo(amount()) > 0) {
      throw new InvalidInputException("outstanding", "must be between zero and the amount");
    }
  }
}
