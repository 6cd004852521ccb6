package dev.samvad.channel;

/** Character encodings a channel can carry text in. */
public enum TextEncoding {
  /** The GSM 03.38 default alphabet of SMS: Latin letters, digits and common signs only. */
  GSM_7,
  /** UCS-2, the Unicode SMS encoding: any character of the Basic Multilingual Plane. */
  UCS_2,
  /** Any Unicode text (e-mail, WhatsApp). */
  UTF_8;

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

  /** Whether every character of {@code text} can be carried in this encoding. */
  public boolean canEncode(String text) {
    return switch (this) {
      case GSM_7 ->
          text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
      case UCS_2 -> text.codePoints().allMatch(Character::isBmpCodePoint);
      case UTF_8 -> true;
    };
  }
}
