package dev.samvad.constraint;

/** The stages of the collection funnel, in order. */
public enum Stage {
  /** The invoice was issued (every invoice of the cohort). */
  ISSUED,
  /** A message about it was delivered (or read or answered, which imply delivery). */
  DELIVERED,
  /** A message was read (a read receipt, or a reply, which implies reading). */
  READ,
  /** The customer replied. */
  REPLIED,
  /** The customer promised to pay by a date. */
  PROMISED,
  /** Paid in full on or before the due date. */
  PAID_ON_TIME,
  /** Paid in full after the due date. */
  PAID_LATE
}
