package dev.samvad.relationship.internal;

/**
 * Orders records held as parallel primitive keys, without boxing or comparator objects: the order
 * of indices {@code 0..n-1} by {@code (k1, k2, k3)} ascending, ties kept in index order (stable). A
 * history usually arrives already in time order, so a sorted input is recognised in one pass;
 * otherwise a stable merge sort runs. Compiling a timeline used to spend a fifth of an analysis in
 * {@code Comparator} chains over model objects.
 */
final class KeySort {
  private static final int INSERTION = 24;

  private KeySort() {}

  /**
   * The stable ascending order of the first {@code n} entries of the keys ({@code k2} and {@code
   * k3} may be null), or null when they are in that order already.
   */
  static int[] order(long[] k1, long[] k2, long[] k3, int n) {
    boolean sorted = true;
    for (int i = 1; i < n; i++) {
      if (compare(k1, k2, k3, i - 1, i) > 0) {
        sorted = false;
        break;
      }
    }
    if (sorted) {
      return null;
    }
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    mergeSort(idx, new int[n], 0, n, k1, k2, k3);
    return idx;
  }

  private static int compare(long[] k1, long[] k2, long[] k3, int a, int b) {
    int c = Long.compare(k1[a], k1[b]);
    if (c != 0 || k2 == null) {
      return c;
    }
    c = Long.compare(k2[a], k2[b]);
    if (c != 0 || k3 == null) {
      return c;
    }
    return Long.compare(k3[a], k3[b]);
  }

  private static void mergeSort(
      int[] a, int[] tmp, int lo, int hi, long[] k1, long[] k2, long[] k3) {
    if (hi - lo <= INSERTION) {
      for (int i = lo + 1; i < hi; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= lo && compare(k1, k2, k3, a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, k1, k2, k3);
    mergeSort(a, tmp, mid, hi, k1, k2, k3);
    if (compare(k1, k2, k3, a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, lo, tmp, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && compare(k1, k2, k3, tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /** A long whose signed order is {@link Double#compare}'s order. */
  static long doubleKey(double d) {
    long bits = Double.doubleToLongBits(d);
    return bits ^ ((bits >> 63) & 0x7fff_ffff_ffff_ffffL);
  }

  /** Two ints as one long ordered by {@code hi}, then {@code lo} (both signed). */
  static long pair(int hi, int lo) {
    return ((long) hi << 32) + ((long) lo - Integer.MIN_VALUE);
  }
}
