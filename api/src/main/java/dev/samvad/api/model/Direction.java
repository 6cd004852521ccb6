package dev.samvad.api.model;

/** Whether an interaction went to the customer or came from them. */
public enum Direction {
  OUTBOUND,
  INBOUND
}
