package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The printed invoice number under GST rules: at most 16 characters, made of letters, digits,
 * hyphen and slash, unique within the seller's financial year (uniqueness is the store's concern,
 * not this value's). Surrounding white space is removed; case is kept as printed.
 *
 * @param value the invoice number
 */
public record InvoiceNumber(@JsonValue String value) {

  /** The GST limit on the length of an invoice serial number. */
  public static final int MAX_LENGTH = 16;

  /** Validates; throws {@link InvalidInputException} naming {@code invoiceNumber}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public InvoiceNumber {
    InvalidInputException.require(value, "invoiceNumber");
    value = value.strip();
    if (value.isEmpty()) {
      throw new InvalidInputException("invoiceNumber", "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "invoiceNumber", "must be at most 16 characters under GST rules, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '/';
      if (!ok) {
        throw new InvalidInputException(
            "invoiceNumber", "may hold only letters, digits, '-' and '/'; bad character at " + i);
      }
    }
    if (value.chars().noneMatch(Character::isLetterOrDigit)) {
      throw new InvalidInputException("invoiceNumber", "must contain a letter or digit");
    }
  }
}
