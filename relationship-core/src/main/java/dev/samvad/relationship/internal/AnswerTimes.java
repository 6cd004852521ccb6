package dev.samvad.relationship.internal;

import java.util.Arrays;

/**
 * Answered and unanswered messages of a timeline at any as-of time, from one pass over it: the
 * health trend asks at six points, and each used to rescan every message and sort the answer times
 * again.
 *
 * <p>An outbound message is <em>answerable</em> when the next inbound message follows within {@link
 * Signals#REPLY_WINDOW_SECONDS}. Seen at an as-of time, it is answered once that inbound message is
 * seen; an outbound message that is not answerable counts as unanswered once its window has closed.
 * These are exactly the cases of {@link Signals#responseSeconds}, so the counts agree with it at
 * every as-of time. The answer times of an earlier as-of time are a subset of the later ones, so
 * one ordering of them serves every point.
 */
public final class AnswerTimes {
  // answer seconds << 32 | index of the answering message, ascending
  private final long[] byTime;
  // answeredBefore[j]: answerable messages whose answer is among the first j messages
  private final int[] answeredBefore;
  // unansweredBefore[j]: outbound messages among the first j that are not answerable
  private final int[] unansweredBefore;
  private final Timeline t;

  public AnswerTimes(Timeline t) {
    this.t = t;
    int n = t.messageCount;
    long[] keys = new long[n];
    int[] answersAt = new int[n + 1];
    unansweredBefore = new int[n + 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
      int never = 0;
      if (!t.msgInbound[i]) {
        int next = t.nextInbound[i];
        long gap = next < 0 ? Long.MAX_VALUE : t.msgAt[next] - t.msgAt[i];
        if (gap <= Signals.REPLY_WINDOW_SECONDS) {
          keys[k++] = gap << 32 | next;
          answersAt[next + 1]++;
        } else {
          never = 1;
        }
      }
      unansweredBefore[i + 1] = unansweredBefore[i] + never;
    }
    answeredBefore = answersAt;
    for (int j = 1; j <= n; j++) {
      answeredBefore[j] += answeredBefore[j - 1];
    }
    byTime = Arrays.copyOf(keys, k);
    Arrays.sort(byTime);
  }

  /** Outbound messages answered by {@code asOfSecond}, of the first {@code m} seen by then. */
  public int answered(int m) {
    return answeredBefore[m];
  }

  /**
   * Outbound messages seen by {@code asOfSecond} whose window closed unanswered by then; with
   * {@link #answered} this makes every message counted as sent.
   */
  public int unanswered(long asOfSecond) {
    // windows closed by asOfSecond: messages sent at or before asOfSecond - window
    int closed =
        Timeline.countBelow(t.msgAt, t.messageCount, asOfSecond - Signals.REPLY_WINDOW_SECONDS + 1);
    return unansweredBefore[closed];
  }

  /**
   * The median answer time in hours (as {@link Stats#median} of {@code seconds / 3600.0}) among
   * answers from the first {@code m} messages, of which there are {@code answered} (&gt; 0).
   */
  public double medianHours(int m, int answered) {
    int lowRank = (answered - 1) / 2;
    int highRank = answered / 2;
    double low = 0;
    int rank = 0;
    for (long key : byTime) {
      if ((int) key >= m) {
        continue;
      }
      if (rank == lowRank) {
        low = (key >>> 32) / 3600.0;
      }
      if (rank == highRank) {
        double high = (key >>> 32) / 3600.0;
        return answered % 2 == 1 ? high : (low + high) / 2;
      }
      rank++;
    }
    throw new IllegalArgumentException("fewer than " + answered + " answers");
  }
}
