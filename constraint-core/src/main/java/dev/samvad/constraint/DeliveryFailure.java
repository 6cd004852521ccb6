package dev.samvad.constraint;

/**
 * Why a message did not reach the customer. The split decides between a {@link ConstraintClass#DATA
 * DATA} and a {@link ConstraintClass#CHANNEL CHANNEL} constraint.
 */
public enum DeliveryFailure {
  /**
   * The recipient was rejected: the number does not exist or is not on WhatsApp, the mailbox does
   * not exist (hard bounce), the number is disconnected. Retrying the same contact will not help;
   * the contact data is wrong. Counts towards {@link ConstraintClass#DATA}.
   */
  BOUNCED,
  /**
   * The channel failed to deliver to a recipient it did not reject: provider error or outage,
   * template rejected, throttled, expired after retries. Another channel or provider would likely
   * get through. Counts towards {@link ConstraintClass#CHANNEL}.
   */
  FAILED
}
