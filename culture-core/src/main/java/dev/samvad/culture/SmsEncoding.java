package dev.samvad.culture;

/** How an SMS is encoded on the air, which sets how many characters fit in one message. */
public enum SmsEncoding {
  /** The GSM 03.38 7-bit default alphabet: 160 septets in one message, 153 per part. */
  GSM_7,
  /** UTF-16 code units: 70 in one message, 67 per part. Every Indic script needs it, as does ₹. */
  UCS_2
}
