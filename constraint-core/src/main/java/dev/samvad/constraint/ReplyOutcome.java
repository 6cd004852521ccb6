package dev.samvad.constraint;

/** What the customer's reply to a message amounted to, as relationship-core read it. */
public enum ReplyOutcome {
  /** No reply. */
  NONE,
  /** A reply that is none of the more specific outcomes (a question, an acknowledgement). */
  REPLIED,
  /** A promise to pay by a date ({@link ExecutionFact#promisedFor()} holds it). */
  PROMISED,
  /** The customer disputes the invoice (amount, goods, service, tax). */
  DISPUTED,
  /** The customer says they cannot pay now (cash-flow hardship) or asks for time. */
  HARDSHIP,
  /** The customer asked not to be contacted this way again. */
  OPTED_OUT
}
