package dev.samvad.orchestration;

/**
 * The kinds of event a playbook must say how to react to. A playbook without a reaction for every
 * trigger is rejected, so no event is ever left unhandled.
 */
public enum Trigger {
  /** Everything the conversation asks for is paid. */
  FULL_PAYMENT,
  /** Some of it is paid. */
  PARTIAL_PAYMENT,
  /** The customer promised to pay on a date. */
  PROMISE_TO_PAY,
  /** The customer says they have already paid. */
  CLAIMS_PAID,
  /** The customer disputes the invoice (quality, quantity, price, not received). */
  DISPUTE,
  /** The customer asks for more time. */
  EXTENSION_REQUEST,
  /** The customer asks not to be contacted (on this channel, or at all). */
  OPT_OUT,
  /** The reply is abusive. */
  ABUSIVE,
  /** The customer cannot pay now: cash-flow trouble, illness, a death. */
  HARDSHIP,
  /** Any other reply: a question, a thank-you, an acknowledgement. */
  OTHER_REPLY,
  /** A message could not be delivered on its channel. */
  DELIVERY_FAILED,
  /** No reply and no payment for the playbook's silence period after a message. */
  SILENCE;

  /** True for the triggers a customer's reply can carry. */
  public boolean fromReply() {
    return switch (this) {
      case PROMISE_TO_PAY,
          CLAIMS_PAID,
          DISPUTE,
          EXTENSION_REQUEST,
          OPT_OUT,
          ABUSIVE,
          HARDSHIP,
          OTHER_REPLY ->
          true;
      case FULL_PAYMENT, PARTIAL_PAYMENT, DELIVERY_FAILED, SILENCE -> false;
    };
  }
}
