package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Who a UPI payment goes to: a virtual payment address and the name shown to the payer.
 *
 * @param vpa the virtual payment address, {@code handle@psp} such as {@code acme@okhdfcbank}
 * @param payeeName the name the payer's app shows, at most 50 characters
 */
public record UpiPayee(String vpa, String payeeName) {
  /** The handle may hold letters, digits, dot, hyphen and underscore; the PSP part is a name. */
  private static final Pattern VPA =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,255}@[A-Za-z][A-Za-z0-9.-]{1,63}");

  /** The longest payee name accepted. */
  public static final int MAX_NAME_LENGTH = 50;

  /**
   * Validates; throws {@link InvalidInputException} naming {@code upi.vpa} or {@code
   * upi.payeeName}.
   */
  public UpiPayee {
    InvalidInputException.require(vpa, "upi.vpa");
    InvalidInputException.require(payeeName, "upi.payeeName");
    vpa = vpa.strip();
    payeeName = payeeName.strip();
    if (!VPA.matcher(vpa).matches()) {
      throw new InvalidInputException(
          "upi.vpa", "is not a UPI address like name@bank: '" + MessageFacts.shorten(vpa) + "'");
    }
    MessageFacts.checkText(payeeName, "upi.payeeName", MAX_NAME_LENGTH);
  }
}
