package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An Indian postal index number: six digits, the first from 1 to 9 (India Post's nine zones, the
 * ninth being the Army Postal Service). A single space after the third digit ({@code 400 001}) is
 * accepted and removed.
 *
 * @param value six digits
 */
public record PinCode(@JsonValue String value) {

  /** Normalises and validates; throws {@link InvalidInputException} naming {@code pin}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public PinCode {
    InvalidInputException.require(value, "pin");
    value = value.strip();
    if (value.length() == 7 && value.charAt(3) == ' ') {
      value = value.substring(0, 3) + value.substring(4);
    }
    if (value.length() != 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidInputException("pin", "must be exactly 6 digits");
    }
    if (value.charAt(0) == '0') {
      throw new InvalidInputException("pin", "cannot start with 0 (PIN zones are 1-9)");
    }
  }

  /** The first three digits, which identify the sorting district. */
  public String prefix() {
    return value.substring(0, 3);
  }
}
