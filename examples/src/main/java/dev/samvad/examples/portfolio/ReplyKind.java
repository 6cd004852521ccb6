package dev.samvad.examples.portfolio;

/** What a customer's reply to a payment reminder says, as the sample data labels it. */
public enum ReplyKind {
  /** Promises to pay by a date. */
  COMMIT,
  /** Says the money has gone, often quoting the UTR. */
  PAID,
  /** Disputes the goods, the rate or the bill. */
  DISPUTE,
  /** Asks for more time or to pay in parts. */
  EXTEND,
  /** Will pay after a festival or the March year-end. */
  FESTIVAL,
  /** Asks not to be messaged any more. */
  STOP,
  /** Asks something back (which bill, bank details, GST). */
  QUESTION
}
