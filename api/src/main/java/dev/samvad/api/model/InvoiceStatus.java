package dev.samvad.api.model;

/**
 * Where an invoice stands. Only {@link #OPEN}, {@link #PARTIALLY_PAID} and {@link #DISPUTED} are
 * still owed.
 */
public enum InvoiceStatus {
  OPEN,
  PARTIALLY_PAID,
  PAID,
  DISPUTED,
  CANCELLED,
  WRITTEN_OFF;

  /** True while money is still owed on the invoice. */
  public boolean isOutstanding() {
    return this == OPEN || this == PARTIALLY_PAID || this == DISPUTED;
  }
}
