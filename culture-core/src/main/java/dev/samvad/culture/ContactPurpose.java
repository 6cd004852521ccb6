package dev.samvad.culture;

/**
 * Why Samvad wants to reach a customer. The purpose decides which day rules of {@link
 * ContactWindowPolicy} apply; the hours of the day apply to every purpose.
 */
public enum ContactPurpose {
  /**
   * Anything that asks for money: pre-due, due-today and overdue reminders, final notices and
   * follow-ups on a promise to pay. Subject to every rule.
   */
  PAYMENT_REMINDER,
  /** Sending an invoice. Kept off Sundays, national holidays and the customer's weekly off. */
  INVOICE_DELIVERY,
  /** A reply the customer is owed, such as thanks for a payment or a dispute acknowledgement. */
  TRANSACTIONAL,
  /** A festival greeting. It never asks for money, so festivals are its whole point. */
  GREETING
}
