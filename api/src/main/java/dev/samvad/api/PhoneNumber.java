package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A phone number in E.164 form ({@code +919876543210}).
 *
 * <p>{@link #parse(String)} accepts the ways Indian numbers are written — {@code 98765 43210},
 * {@code 098765-43210}, {@code +91 98765 43210}, {@code 0091 9876543210}, {@code 91-9876543210},
 * landlines with their STD code ({@code 022-2345 6789}) — and foreign numbers given with {@code +}
 * and a country code. Spaces, dots, hyphens and parentheses are ignored; anything else is an error
 * naming {@code phone}.
 *
 * @param e164 the number in E.164 form
 */
public record PhoneNumber(@JsonValue String e164) {

  private static final String INDIA = "+91";

  /** Validates an E.164 string; use {@link #parse(String)} for free-form input. */
  public PhoneNumber {
    InvalidInputException.require(e164, "phone");
    if (!e164.startsWith("+")
        || e164.length() < 9
        || e164.length() > 16
        || !e164.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')
        || e164.charAt(1) == '0') {
      throw new InvalidInputException("phone", "must be E.164: + then 8 to 15 digits");
    }
    if (e164.startsWith(INDIA)) {
      String national = e164.substring(3);
      if (national.length() != 10 || national.charAt(0) == '0') {
        throw new InvalidInputException(
            "phone", "an Indian number must have 10 digits after +91, not starting with 0");
      }
    }
  }

  /** Parses a number as people write it; Indian when no country code is given. */
  @JsonCreator
  public static PhoneNumber parse(String text) {
    return parse(text, "phone");
  }

  /** Parses a number, naming {@code field} in the error. */
  public static PhoneNumber parse(String text, String field) {
    InvalidInputException.require(text, field);
    StringBuilder digits = new StringBuilder();
    boolean plus = false;
    String stripped = text.strip();
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && !plus && digits.length() == 0) {
        plus = true;
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
        throw new InvalidInputException(field, "may contain only digits, spaces, + - . ( )");
      }
    }
    String d = digits.toString();
    String e164;
    if (plus) {
      e164 = "+" + d;
    } else if (d.startsWith("00")) {
      e164 = "+" + d.substring(2);
    } else if (d.length() == 12 && d.startsWith("91")) {
      e164 = "+" + d;
    } else if (d.length() == 11 && d.startsWith("0")) {
      e164 = INDIA + d.substring(1);
    } else if (d.length() == 10) {
      e164 = INDIA + d;
    } else {
      throw new InvalidInputException(
          field, "is not a valid Indian number (10 digits, optionally +91 or 0 in front)");
    }
    try {
      return new PhoneNumber(e164);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(field, e.problem());
    }
  }

  /** True for an Indian mobile number (10 digits starting 6 to 9). */
  public boolean isIndianMobile() {
    return e164.startsWith(INDIA) && e164.charAt(3) >= '6';
  }
}
