package dev.samvad.api.model;

/** How a payment was made. */
public enum PaymentMode {
  UPI,
  NEFT,
  RTGS,
  IMPS,
  CHEQUE,
  CASH,
  CARD,
  OTHER
}
