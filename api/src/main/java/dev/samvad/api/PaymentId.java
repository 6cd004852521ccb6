package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a payment received from a customer.
 *
 * <p>Same rules as every Samvad id: 1 to 64 ASCII letters, digits and {@code - _ . :}, starting
 * with a letter or digit. Construction throws {@link InvalidInputException} naming {@code
 * paymentId} otherwise. In JSON it is a plain string.
 *
 * @param value the id text
 */
public record PaymentId(@JsonValue String value) {
  /** Validates {@code value}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public PaymentId {
    value = Ids.checked(value, "paymentId");
  }
}
