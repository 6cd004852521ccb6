package dev.samvad.api;

/** The kinds of channel Samvad can reach a customer through. */
public enum ChannelKind {
  /** E-mail. */
  EMAIL,
  /** SMS text message. */
  SMS,
  /** WhatsApp Business message (template or session). */
  WHATSAPP,
  /** A phone call: an automated voice message or a task for a person to call. */
  VOICE,
  /** A printed letter or courier. */
  LETTER
}
