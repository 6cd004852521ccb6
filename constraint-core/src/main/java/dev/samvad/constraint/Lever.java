package dev.samvad.constraint;

/** The places in the collection system where relief can add cash, each of one class. */
public enum Lever {
  /** The human task queue (calls, payment checks, dispute work). */
  TASK_CAPACITY(ConstraintClass.CAPACITY, "the collections team's task capacity"),
  /** Messages waiting for a lawful contact window (or throttling) before they go out. */
  CONTACT_WINDOWS(ConstraintClass.POLICY, "contact windows that hold messages in the queue"),
  /** Overdue invoices whose sequence has gone quiet. */
  FOLLOW_UP_STEPS(ConstraintClass.POLICY, "sequences with too few follow-up steps"),
  /** Customers kept in the cultural-adaptation hold-out group. */
  HOLD_OUT_SIZE(ConstraintClass.POLICY, "a hold-out group larger than it needs to be"),
  /** Invoices the customer disputes. */
  DISPUTES(ConstraintClass.CUSTOMER, "disputed invoices"),
  /** Customers in hardship or who broke their promise to pay. */
  HARDSHIP(ConstraintClass.CUSTOMER, "customers in hardship or with broken promises"),
  /** Messages bounced because the contact is wrong. */
  CONTACT_DATA(ConstraintClass.DATA, "wrong or unreachable contact details"),
  /** Messages the channel failed to deliver to valid recipients. */
  CHANNEL_DELIVERY(ConstraintClass.CHANNEL, "a channel that fails to deliver");

  private final ConstraintClass constraintClass;
  private final String description;

  Lever(ConstraintClass constraintClass, String description) {
    this.constraintClass = constraintClass;
    this.description = description;
  }

  /** The class of constraint this lever relieves. */
  public ConstraintClass constraintClass() {
    return constraintClass;
  }

  /** A short description in plain words. */
  public String description() {
    return description;
  }
}
