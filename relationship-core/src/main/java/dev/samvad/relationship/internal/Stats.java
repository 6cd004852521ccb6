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
