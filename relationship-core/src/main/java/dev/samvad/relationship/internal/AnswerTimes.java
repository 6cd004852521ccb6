package dev.samvad.relationship.internal;

import java.util.Arrays;

/**
 * Every outbound message of a timeline that some inbound message answered within {@link
 * Signals#REPLY_WINDOW_SECONDS}, ordered by how long the answer took. The answer times of any
 * earlier as-of time are a subset of these (the answers seen by then), so the median time to answer
 * at each point of a health trend is read off this one ordering instead of sorting again.
 */
public final class AnswerTimes {
  // answer seconds << 32 | index of the answering message, ascending
  private final long[] byTime;

  public AnswerTimes(Timeline t) {
    long[] keys = new long[t.messageCount];
    int n = 0;
    for (int i = 0; i < t.messageCount; i++) {
      int next = t.nextInbound[i];
      if (t.msgInbound[i] || next < 0) {
        continue;
      }
      long gap = t.msgAt[next] - t.msgAt[i];
      if (gap <= Signals.REPLY_WINDOW_SECONDS) {
        keys[n++] = gap << 32 | next;
      }
    }
    byTime = Arrays.copyOf(keys, n);
    Arrays.sort(byTime);
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
