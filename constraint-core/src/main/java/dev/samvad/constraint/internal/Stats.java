package dev.samvad.constraint.internal;

/** The few statistics the insights need: 95% intervals for a difference. */
public final class Stats {
  /** The standard normal quantile for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  /** Two-sided 95% Student t quantiles for 1 to 10 degrees of freedom. */
  private static final double[] T95 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228
  };

  private Stats() {}

  /**
   * The 95% Wald interval for {@code p1 - p2} of two independent proportions: {@code (p1 - p2) ±
   * z·√(p1(1−p1)/n1 + p2(1−p2)/n2)}. Returns {@code {difference, low, high}}; all zero when a
   * sample is empty.
   */
  public static double[] twoProportion(long successes1, long n1, long successes2, long n2) {
    if (n1 == 0 || n2 == 0) {
      return new double[] {0, 0, 0};
    }
    double p1 = (double) successes1 / n1;
    double p2 = (double) successes2 / n2;
    double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    double d = p1 - p2;
    return new double[] {d, d - Z95 * se, d + Z95 * se};
  }

  /**
   * The 95% Welch interval for {@code mean1 - mean2} from each sample's count, sum and sum of
   * squares, with Welch–Satterthwaite degrees of freedom. Returns {@code {difference, low, high}};
   * all zero when a sample has fewer than two values.
   */
  public static double[] welch(
      long n1, double sum1, double sumSq1, long n2, double sum2, double sumSq2) {
    if (n1 < 2 || n2 < 2) {
      return new double[] {0, 0, 0};
    }
    double m1 = sum1 / n1;
    double m2 = sum2 / n2;
    double v1 = Math.max(0, (sumSq1 - n1 * m1 * m1) / (n1 - 1));
    double v2 = Math.max(0, (sumSq2 - n2 * m2 * m2) / (n2 - 1));
    double a = v1 / n1;
    double b = v2 / n2;
    double se = Math.sqrt(a + b);
    double d = m1 - m2;
    if (se == 0) {
      return new double[] {d, d, d};
    }
    double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
    double t = t95(df);
    return new double[] {d, d - t * se, d + t * se};
  }

  /**
   * The two-sided 95% t quantile: exact table values up to 10 degrees of freedom (rounded down,
   * which widens the interval), a Cornish–Fisher expansion above.
   */
  public static double t95(double df) {
    if (!(df >= 1)) {
      return T95[0];
    }
    if (df < 11) {
      return T95[(int) Math.floor(df) - 1];
    }
    double z = Z95;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    double z9 = z7 * z * z;
    return z
        + (z3 + z) / (4 * df)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df * df * df)
        + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df * df * df * df);
  }
}
