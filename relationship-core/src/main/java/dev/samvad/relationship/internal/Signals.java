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
    for (int i = 0; i < m; i++) {
      out[i] = responseSeconds(t, i, m, asOfSecond);
    }
    return out;
  }

  /**
   * Message {@code i}'s entry of {@link #responseSeconds(Timeline, int, long)}, when the first
   * {@code m} messages are those seen by {@code asOfSecond}.
   */
  public static long responseSeconds(Timeline t, int i, int m, long asOfSecond) {
    if (t.msgInbound[i]) {
      return -3;
    }
    int next = t.nextInbound[i];
    if (next >= 0 && next < m && t.msgAt[next] - t.msgAt[i] <= REPLY_WINDOW_SECONDS) {
      return t.msgAt[next] - t.msgAt[i];
    }
    return t.msgAt[i] + REPLY_WINDOW_SECONDS > asOfSecond ? -2 : -1;
  }

  /**
   * Whether promise {@code r} (a reply with a promised day) was kept, broken or is still pending as
   * of the start of {@code dayAfter}: kept when payments from the day of the reply to the promised
   * day plus grace reach the promised amount (any payment, when no amount was named).
   */
  public static int promiseOutcome(Timeline t, int r, int dayAfter) {
    int deadline = t.promiseDay[r] + PROMISE_GRACE_DAYS;
    if (t.promiseMetDay[r] != Timeline.OPEN
        && t.promiseMetDay[r] <= Math.min(deadline, dayAfter - 1)) {
      return KEPT;
    }
    return deadline < dayAfter ? BROKEN : PENDING;
  }

  /** Punctuality credit of one invoice that is {@code daysLate} days late: 1 on time, decaying. */
  public static double punctualityCredit(int daysLate) {
    if (daysLate <= 0) {
      return 1.0;
    }
    return daysLate < CREDIT.length ? CREDIT[daysLate] : Math.exp(-daysLate / 15.0);
  }

  /**
   * {@link #punctualityCredit} for the first days late, computed once by the same expression: the
   * health trend asks for it hundreds of times per customer.
   */
  private static final double[] CREDIT = new double[1024];

  static {
    for (int d = 1; d < CREDIT.length; d++) {
      CREDIT[d] = Math.exp(-d / 15.0);
    }
  }

  /** Weight of an invoice that came due {@code ageDays} (≥ 0) ago: a one-year half-life. */
  public static double recencyWeight(int ageDays) {
    return ageDays < RECENCY.length ? RECENCY[ageDays] : Math.pow(0.5, ageDays / 365.0);
  }

  private static final double[] RECENCY = new double[4096];

  static {
    for (int a = 0; a < RECENCY.length; a++) {
      RECENCY[a] = Math.pow(0.5, a / 365.0);
    }
  }
}
