package dev.samvad.relationship.internal;

import java.util.Arrays;

/** Small numeric helpers shared by the engines. */
public final class Stats {
  private Stats() {}

  /** Median of the first {@code n} values (copied, then sorted); NaN when {@code n == 0}. */
  public static double median(double[] values, int n) {
    if (n == 0) {
      return Double.NaN;
    }
    double[] c = Arrays.copyOf(values, n);
    Arrays.sort(c);
    return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
  }

  /**
   * Rearranges the first {@code n} (&gt; 0) values so that positions {@code (n - 1) / 2} and {@code
   * n / 2} hold the lower and upper middle values, as a sort would put them; the rest end up on the
   * correct side. Quickselect: linear on average, where a median by sorting is n log n.
   */
  public static void middle(long[] a, int n) {
    int k = n / 2;
    int lo = 0;
    int hi = n - 1;
    while (hi > lo) {
      long pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
      // three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        if (a[i] < pivot) {
          swap(a, lt++, i++);
        } else if (a[i] > pivot) {
          swap(a, i, gt--);
        } else {
          i++;
        }
      }
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt) {
        lo = gt + 1;
      } else {
        break;
      }
    }
    if (n % 2 == 0) {
      // the lower middle is the largest of what lies below position k
      int best = k - 1;
      for (int i = 0; i < k - 1; i++) {
        if (a[i] > a[best]) {
          best = i;
        }
      }
      swap(a, best, k - 1);
    }
  }

  private static long medianOfThree(long x, long y, long z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }

  private static void swap(long[] a, int i, int j) {
    long v = a[i];
    a[i] = a[j];
    a[j] = v;
  }

  /** Least-squares slope of y on x over the first {@code n} points; 0 with fewer than 2 points. */
  public static double slope(double[] x, double[] y, int n) {
    if (n < 2) {
      return 0;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx;
  }

  /** {@code v} limited to {@code [lo, hi]}. */
  public static double clamp(double v, double lo, double hi) {
    return v < lo ? lo : (v > hi ? hi : v);
  }

  /** The logistic function, safe for large arguments. */
  public static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  /** Rounds to {@code digits} decimals, for reporting. */
  public static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
