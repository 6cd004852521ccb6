package dev.samvad.culture;

/** What a message is for. Each has templates in every supported language. */
public enum MessageIntent {
  /** Sends a new invoice. */
  INVOICE_DELIVERY(Tone.GENTLE, true),
  /** A reminder a few days before the due date. */
  PRE_DUE_REMINDER(Tone.GENTLE, true),
  /** The invoice is due today. */
  DUE_TODAY(Tone.GENTLE, true),
  /** Just overdue: a friendly nudge. */
  GENTLE_OVERDUE(Tone.GENTLE, true),
  /** Overdue after earlier reminders: clear, asks for a date. */
  FIRM_OVERDUE(Tone.FIRM, true),
  /** The last reminder before the agreed next steps; never threatening. */
  FINAL_NOTICE(Tone.FINAL, true),
  /** Follows up a promise to pay that has come due. */
  PROMISE_FOLLOW_UP(Tone.GENTLE, true),
  /** Thanks the customer for a payment. */
  PAYMENT_THANKS(Tone.GENTLE, false),
  /** Acknowledges a dispute; reminders pause while it is looked into. */
  DISPUTE_ACKNOWLEDGEMENT(Tone.GENTLE, false),
  /** A greeting on a festival; never asks for money. */
  FESTIVAL_GREETING(Tone.GENTLE, false);

  private final Tone tone;
  private final boolean asksForMoney;

  MessageIntent(Tone tone, boolean asksForMoney) {
    this.tone = tone;
    this.asksForMoney = asksForMoney;
  }

  /** The tone the intent speaks in. */
  public Tone tone() {
    return tone;
  }

  /** True when the message asks for payment (and so must carry amount, invoice and due date). */
  public boolean asksForMoney() {
    return asksForMoney;
  }

  /** True for the overdue intents, which mention the days overdue. */
  public boolean isOverdue() {
    return this == GENTLE_OVERDUE || this == FIRM_OVERDUE || this == FINAL_NOTICE;
  }
}
