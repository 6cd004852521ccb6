package dev.samvad.api.model;

/** How an invoice reached the customer. Paper invoices are known to be paid later. */
public enum DeliveryMode {
  /** E-mail, portal or e-invoice. */
  ELECTRONIC,
  /** Printed and handed over or posted. */
  PAPER
}
