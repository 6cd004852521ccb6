package dev.samvad.api.model;

/** How an invoice reached the customer. Paper invoices are known to be paid later. */
public enum DeliveryMode {
  ELECTRONIC,
  PAPER
}
