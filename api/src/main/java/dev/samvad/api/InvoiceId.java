package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an invoice within a tenant; distinct from the printed GST invoice number.
 *
 * <p>Valid ids are 1 to 64 ASCII letters, digits and {@code - _ . :}, starting with a letter or
 * digit (a UUID qualifies). Construction throws {@link InvalidInputException} naming {@code
 * invoiceId} otherwise. In JSON it is a plain string.
 *
 * @param value the id text
 */
public record InvoiceId(@JsonValue String value) {
  /** Validates {@code value}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public InvoiceId {
    value = Ids.checked(value, "invoiceId");
  }
}
