package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A GST identification number: 15 characters — the two-digit state code, the holder's PAN (five
 * letters, four digits, a letter), the registration's entity number (1–9 or A–Z), a reserved
 * character (usually {@code Z}) and a check character computed over the first fourteen.
 *
 * <p>Construction upper-cases and strips the text, then checks the layout, the state code and the
 * check character, throwing {@link InvalidInputException} naming {@code gstin} with the first
 * problem found.
 *
 * @param value the 15-character GSTIN, upper case
 */
public record Gstin(@JsonValue String value) {

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Centre jurisdiction and "other territory" codes appear on real registrations too. */
  private static final String CENTRE_CODE = "99";

  private static final String OTHER_TERRITORY_CODE = "97";

  /** Normalises and validates. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Gstin {
    InvalidInputException.require(value, "gstin");
    value = value.strip().toUpperCase(Locale.ROOT);
    String problem = problem(value);
    if (problem != null) {
      throw new InvalidInputException("gstin", problem);
    }
  }

  /** The two-digit state code. */
  public String stateCode() {
    return value.substring(0, 2);
  }

  /** The state the registration belongs to; empty for centre and other-territory codes. */
  public Optional<IndianState> state() {
    return IndianState.byGstCode(stateCode());
  }

  /** The holder's PAN, characters 3 to 12. */
  public String pan() {
    return value.substring(2, 12);
  }

  /**
   * The check character for the first fourteen characters of a GSTIN: each character's value in
   * base 36 is weighted alternately by 1 and 2, each product's base-36 digits are summed, and the
   * check makes the total a multiple of 36.
   */
  public static char checkCharacter(CharSequence first14) {
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int digit = ALPHABET.indexOf(first14.charAt(i));
      if (digit < 0) {
        throw new InvalidInputException("gstin", "character " + (i + 1) + " is not A-Z or 0-9");
      }
      int product = digit * (i % 2 == 0 ? 1 : 2);
      sum += product / 36 + product % 36;
    }
    return ALPHABET.charAt((36 - sum % 36) % 36);
  }

  private static String problem(String v) {
    if (v.length() != 15) {
      return "must be 15 characters, was " + v.length();
    }
    for (int i = 0; i < 15; i++) {
      if (ALPHABET.indexOf(v.charAt(i)) < 0) {
        return "character " + (i + 1) + " is not A-Z or 0-9";
      }
    }
    String state = v.substring(0, 2);
    if (IndianState.byGstCode(state).isEmpty()
        && !state.equals(CENTRE_CODE)
        && !state.equals(OTHER_TERRITORY_CODE)) {
      return "state code '" + state + "' is not a GST state code";
    }
    if (!isPan(v.substring(2, 12))) {
      return "characters 3-12 must be a PAN (5 letters, 4 digits, 1 letter)";
    }
    if (v.charAt(12) == '0') {
      return "character 13 (entity number) must be 1-9 or A-Z";
    }
    char expected = checkCharacter(v);
    if (v.charAt(14) != expected) {
      return "check character is '" + v.charAt(14) + "' but should be '" + expected + "'";
    }
    return null;
  }

  private static boolean isPan(String pan) {
    for (int i = 0; i < 10; i++) {
      char c = pan.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z';
      boolean digit = c >= '0' && c <= '9';
      if ((i < 5 || i == 9) ? !letter : !digit) {
        return false;
      }
    }
    return true;
  }
}
