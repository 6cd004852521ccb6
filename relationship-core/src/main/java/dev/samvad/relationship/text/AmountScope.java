package dev.samvad.relationship.text;

/** Whether an amount is the whole dues or a part. */
public enum AmountScope {
  /** "full", "poora", "pura payment", "entire". */
  FULL,
  /** "half", "aadha", "part", "baaki", an instalment. */
  PART,
  /** The text does not say. */
  UNSPECIFIED
}
