package dev.samvad.culture.message;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import java.nio.charset.StandardCharsets;

/**
 * Builds a UPI deep link as NPCI's linking specification describes it: {@code
 * upi://pay?pa=<vpa>&pn=<payee>&am=<amount>&cu=INR&tn=Invoice <number>}.
 *
 * <p>Each value is percent-encoded per RFC 3986: everything but the unreserved characters ({@code
 * A-Z a-z 0-9 - . _ ~}) is written {@code %XX} of its UTF-8 bytes, so a space is {@code %20} (never
 * {@code +}) and {@code /} in an invoice number is {@code %2F}. The one exception is the {@code @}
 * of the address: RFC 3986 allows it unencoded in a query, and payment apps read {@code pa=} as
 * written in the specification's examples.
 */
public final class UpiLink {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UpiLink() {}

  /** The pay link; {@code amount} must be in rupees and above zero. */
  public static String of(String vpa, String payeeName, Money amount, InvoiceNumber invoice) {
    if (!amount.currency().equals(Money.INR)) {
      throw new InvalidInputException("amount", "UPI takes only INR, was " + amount.currency());
    }
    StringBuilder link = new StringBuilder(96);
    link.append("upi://pay?pa=");
    encode(vpa, link, true);
    link.append("&pn=");
    encode(payeeName, link, false);
    link.append("&am=").append(amount.toMajor().toPlainString());
    link.append("&cu=INR&tn=");
    encode("Invoice " + invoice.value(), link, false);
    return link.toString();
  }

  /** Percent-encodes {@code value} per RFC 3986 into {@code out}. */
  static void encode(String value, StringBuilder out, boolean keepAt) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isUnreserved(c) || (keepAt && c == '@')) {
        out.append(c);
      } else if (c < 0x80) {
        escape(c, out);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
        for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          escape(b & 0xFF, out);
        }
        i = end - 1;
      }
    }
  }

  private static void escape(int b, StringBuilder out) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
