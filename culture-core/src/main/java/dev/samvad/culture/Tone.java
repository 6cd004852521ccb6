package dev.samvad.culture;

/** The tone ladder of collection messages, from softest to sternest. */
public enum Tone {
  /** A friendly nudge that assumes oversight. */
  GENTLE,
  /** Clear, asks for a date. */
  FIRM,
  /** Serious; states next steps under the agreed terms. Never threatening. */
  FINAL
}
