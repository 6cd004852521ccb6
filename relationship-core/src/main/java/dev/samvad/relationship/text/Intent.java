package dev.samvad.relationship.text;

/** What a reply asks for or tells us; a reply may carry several. */
public enum Intent {
  /** Commits to pay, with or without a date and amount. */
  PROMISE_TO_PAY,
  /** Says the payment has been made. */
  ALREADY_PAID,
  /** Offers to pay part of the amount now or in instalments. */
  PARTIAL_PAYMENT_OFFER,
  /** Asks for more time without committing to a date. */
  EXTENSION_REQUEST,
  /** Contests the bill; the reason is in {@link Entities#disputeReasons()}. */
  DISPUTE,
  /** Asks for a copy of the invoice, bill, statement or ledger. */
  INVOICE_COPY_REQUEST,
  /** Asks to be called; the time asked for is in {@link Entities#callbackTimes()}. */
  CALLBACK_REQUEST,
  /** Says money is tight: loss, illness, slow business, a blocked payment from their own buyer. */
  HARDSHIP,
  /** Says the message reached the wrong person or business. */
  WRONG_CONTACT,
  /** Asks us to stop messaging. A campaign must honour it. */
  OPT_OUT,
  /** Acknowledges the message and says nothing more. */
  ACKNOWLEDGEMENT,
  /** Asks a question about the bill that no other intent covers. */
  QUESTION,
  /** Insults or threatens. */
  ABUSIVE,
  /** None of the above. */
  OTHER
}
