package dev.samvad.api.model;

/** Whether an interaction went to the customer or came from them. */
public enum Direction {
  /** From the tenant to the customer. */
  OUTBOUND,
  /** From the customer to the tenant. */
  INBOUND
}
