package dev.samvad.culture;

/** How formally to write. */
public enum Formality {
  /** Written business register: full honorifics, no familiarity. */
  FORMAL,
  /** Polite and warm. */
  SEMI_FORMAL,
  /** Friendly but still respectful, for long-standing relationships. */
  INFORMAL
}
