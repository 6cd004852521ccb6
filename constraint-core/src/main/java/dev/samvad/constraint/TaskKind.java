package dev.samvad.constraint;

/** The kinds of human task orchestration hands to the collections team. */
public enum TaskKind {
  /** Call the customer. */
  CALL,
  /** Match a payment the customer says they made (UTR, cheque) to the invoice. */
  VERIFY_PAYMENT,
  /** Look into a dispute and resolve it. */
  RESOLVE_DISPUTE,
  /** Anything else. */
  OTHER
}
