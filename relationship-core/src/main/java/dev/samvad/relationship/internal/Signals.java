package dev.samvad.relationship.internal;

/**
 * The definitions every engine shares — what counts as an answered message, a kept promise, a
 * dispute — so that behaviour, health, prediction and alerts never disagree about them.
 */
public final class Signals {
  private Signals() {}

  /** An outbound message counts as answered when an inbound one follows within this time. */
  public static final long REPLY_WINDOW_SECONDS = 72 * 3600L;

  /** Days after the promised date that a payment still counts as keeping the promise. */
  public static final int PROMISE_GRACE_DAYS = 3;

  public static final int KEPT = 1;
  public static final int BROKEN = 2;
  public static final int PENDING = 3;

  /**
   * For each of the first {@code m} messages: when outbound, the seconds until the next inbound
   * message within {@link #REPLY_WINDOW_SECONDS} ({@code -1} when none came, {@code -2} when the
   * window had not closed by {@code asOfSecond}); when inbound, {@code -3}.
   */
  public static long[] responseSeconds(Timeline t, int m, long asOfSecond) {
    long[] out = new long[m];
    int nextInbound = -1;
    for (int i = m - 1; i >= 0; i--) {
      if (t.msgInbound[i]) {
        out[i] = -3;
        nextInbound = i;
        continue;
      }
      if (nextInbound >= 0 && t.msgAt[nextInbound] - t.msgAt[i] <= REPLY_WINDOW_SECONDS) {
        out[i] = t.msgAt[nextInbound] - t.msgAt[i];
      } else if (t.msgAt[i] + REPLY_WINDOW_SECONDS > asOfSecond) {
        out[i] = -2;
      } else {
        out[i] = -1;
      }
    }
    return out;
  }

  /**
   * Whether promise {@code r} (a reply with a promised day) was kept, broken or is still pending as
   * of the start of {@code dayAfter}: kept when payments from the day of the reply to the promised
   * day plus grace reach the promised amount (any payment, when no amount was named).
   */
  public static int promiseOutcome(Timeline t, int r, int dayAfter) {
    int from = Timeline.day(t.replyAt[r]);
    int deadline = t.promiseDay[r] + PROMISE_GRACE_DAYS;
    long paid = t.paidBetween(from, Math.min(deadline, dayAfter - 1));
    long needed = t.promisePaise[r] > 0 ? t.promisePaise[r] : 1;
    if (paid >= needed) {
      return KEPT;
    }
    return deadline < dayAfter ? BROKEN : PENDING;
  }

  /** Punctuality credit of one invoice that is {@code daysLate} days late: 1 on time, decaying. */
  public static double punctualityCredit(int daysLate) {
    return daysLate <= 0 ? 1.0 : Math.exp(-daysLate / 15.0);
  }
}
