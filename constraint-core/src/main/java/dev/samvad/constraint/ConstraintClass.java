package dev.samvad.constraint;

/** What kind of thing holds cash back. Examples for each are in {@code docs/constraints.md}. */
public enum ConstraintClass {
  /** People: the collections team cannot work its task queue as fast as tasks arrive. */
  CAPACITY,
  /** Our own rules: contact windows too narrow, too few follow-up steps, a hold-out too large. */
  POLICY,
  /** The customer: disputes, hardship, broken promises. */
  CUSTOMER,
  /** Contact data: numbers and addresses that do not exist or are not on the channel. */
  DATA,
  /** The channel: a provider or channel that fails to deliver to valid recipients. */
  CHANNEL
}
