package dev.samvad.culture.language;

import java.util.Map;

/**
 * An immutable open-addressing table from a word hash to the candidates whose lexicons hold the
 * word, with one weight per candidate. A lookup is a multiply, a mask and usually one probe; no
 * objects are touched. Weights of a word found in several lexicons are divided among them, so a
 * word shared by Hindi, Punjabi and Marathi ("nahi") counts a third as much for each as a word only
 * one of them uses.
 */
final class WordTable {

  private final long[] keys;
  private final int[] masks;
  private final float[] weights;
  private final float[] totals;
  private final int mask;

  /** Builds from hash → per-candidate weights (array of {@link Candidate#COUNT}). */
  WordTable(Map<Long, float[]> entries) {
    int capacity = Integer.highestOneBit(Math.max(16, entries.size() * 2 - 1)) << 1;
    keys = new long[capacity];
    masks = new int[capacity];
    weights = new float[capacity * Candidate.COUNT];
    totals = new float[capacity];
    mask = capacity - 1;
    entries.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> put(entry.getKey(), entry.getValue()));
  }

  private void put(long key, float[] raw) {
    int holders = 0;
    for (float w : raw) {
      if (w > 0) {
        holders++;
      }
    }
    int slot = (int) spread(key) & mask;
    while (keys[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    float total = 0;
    for (int c = 0; c < raw.length; c++) {
      if (raw[c] > 0) {
        float w = raw[c] / holders;
        masks[slot] |= 1 << c;
        weights[slot * Candidate.COUNT + c] = w;
        total += w;
      }
    }
    totals[slot] = total;
  }

  private static long spread(long key) {
    return (key ^ (key >>> 29)) * 0xbf58476d1ce4e5b9L >>> 32;
  }

  /** The slot holding {@code key}, or -1. */
  int find(long key) {
    int slot = (int) spread(key) & mask;
    long k;
    while ((k = keys[slot]) != 0) {
      if (k == key) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Adds the slot's weights to {@code score} and its word's fractional membership (summing to 1) to
   * {@code share}.
   */
  void addTo(int slot, float[] score, float[] share) {
    int bits = masks[slot];
    int base = slot * Candidate.COUNT;
    float total = totals[slot];
    while (bits != 0) {
      int c = Integer.numberOfTrailingZeros(bits);
      float w = weights[base + c];
      score[c] += w;
      share[c] += w / total;
      bits &= bits - 1;
    }
  }

  /** Number of words and suffixes held. */
  int size() {
    int n = 0;
    for (long k : keys) {
      if (k != 0) {
        n++;
      }
    }
    return n;
  }

  /** Approximate heap bytes of the arrays. */
  long heapBytes() {
    return 16L * 4
        + keys.length * 8L
        + masks.length * 4L
        + weights.length * 4L
        + totals.length * 4L;
  }
}
