package dev.samvad.relationship.text;

/** What kind of payment reference a reply quoted. */
public enum ReferenceKind {
  /** A bank or UPI transaction reference (UTR / RRN): 12 to 22 letters and digits. */
  UTR,
  /** A cheque number (six digits in India). */
  CHEQUE_NUMBER,
  /** A mode was named but no reference given. */
  NONE
}
