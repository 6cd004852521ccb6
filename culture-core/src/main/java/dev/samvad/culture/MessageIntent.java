package dev.samvad.culture;

/** What a message is for. Each has templates in every supported language. */
public enum MessageIntent {
  INVOICE_DELIVERY(Tone.GENTLE, true),
  PRE_DUE_REMINDER(Tone.GENTLE, true),
  DUE_TODAY(Tone.GENTLE, true),
  GENTLE_OVERDUE(Tone.GENTLE, true),
  FIRM_OVERDUE(Tone.FIRM, true),
  FINAL_NOTICE(Tone.FINAL, true),
  PROMISE_FOLLOW_UP(Tone.GENTLE, true),
  PAYMENT_THANKS(Tone.GENTLE, false),
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
