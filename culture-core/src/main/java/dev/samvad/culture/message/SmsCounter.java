package dev.samvad.culture.message;

import dev.samvad.culture.SmsEncoding;

/**
 * SMS length arithmetic under GSM 03.38 and 3GPP TS 23.040.
 *
 * <p>Text made only of the GSM 7-bit default alphabet is sent as GSM-7: each basic character is one
 * septet, each character of the extension table ({@code ^ { } \ [ ~ ] | €} and form feed) is two
 * (an escape plus the character). One message holds 160 septets; a longer text is split into parts
 * of 153 (the user data header takes 7), and an escape pair is never split across parts.
 *
 * <p>Anything else is sent as UCS-2: one message holds 70 UTF-16 code units, a part 67, and a
 * surrogate pair (an emoji) is never split across parts.
 */
public final class SmsCounter {
  /** Septets in a single GSM-7 message. */
  public static final int GSM_SINGLE = 160;

  /** Septets per part of a concatenated GSM-7 message. */
  public static final int GSM_PART = 153;

  /** Code units in a single UCS-2 message. */
  public static final int UCS2_SINGLE = 70;

  /** Code units per part of a concatenated UCS-2 message. */
  public static final int UCS2_PART = 67;

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String EXTENSION = "\f^{}\\[~]|€";

  private static final byte[] COST = new byte[0x2100];

  static {
    for (char c : BASIC.toCharArray()) {
      COST[c] = 1;
    }
    for (char c : EXTENSION.toCharArray()) {
      COST[c] = 2;
    }
  }

  private SmsCounter() {}

  /**
   * The count for {@code text}.
   *
   * @param encoding GSM-7 when every character is in the default alphabet or its extension, else
   *     UCS-2
   * @param units septets for GSM-7 (extension characters count two), UTF-16 code units for UCS-2
   * @param segments the number of messages the network bills
   */
  public record Count(SmsEncoding encoding, int units, int segments) {}

  /** Counts {@code text}. */
  public static Count count(String text) {
    int septets = gsmSeptets(text);
    if (septets >= 0) {
      return new Count(SmsEncoding.GSM_7, septets, gsmSegments(text, septets));
    }
    return new Count(SmsEncoding.UCS_2, text.length(), ucs2Segments(text));
  }

  /** The GSM-7 septet count, or -1 when some character is outside the alphabet. */
  static int gsmSeptets(String text) {
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      int cost = cost(text.charAt(i));
      if (cost == 0) {
        return -1;
      }
      septets += cost;
    }
    return septets;
  }

  private static int cost(char c) {
    return c < COST.length ? COST[c] : 0;
  }

  private static int gsmSegments(String text, int septets) {
    if (septets <= GSM_SINGLE) {
      return 1;
    }
    int segments = 1;
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      int cost = cost(text.charAt(i));
      if (used + cost > GSM_PART) {
        segments++;
        used = 0;
      }
      used += cost;
    }
    return segments;
  }

  private static int ucs2Segments(String text) {
    if (text.length() <= UCS2_SINGLE) {
      return 1;
    }
    int segments = 1;
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      int units = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
      if (used + units > UCS2_PART) {
        segments++;
        used = 0;
      }
      used += units;
      i += units - 1;
    }
    return segments;
  }
}
