package dev.samvad.relationship.internal;

/**
 * Number formatting for explanations, without {@link String#format}: explanations are built on
 * every analysis, and {@code Formatter} costs more than the analysis itself.
 */
public final class Words {
  private Words() {}

  /** {@code value} rounded to {@code decimals} (0–3) places, e.g. {@code 12.5}, {@code -0.25}. */
  public static String num(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
    long r = Math.round(Math.abs(value) * scale);
    StringBuilder b = new StringBuilder(12);
    if (value < 0 && r != 0) {
      b.append('-');
    }
    b.append(r / scale);
    if (decimals > 0) {
      b.append('.');
      String frac = Long.toString(r % scale);
      for (int i = frac.length(); i < decimals; i++) {
        b.append('0');
      }
      b.append(frac);
    }
    return b.toString();
  }

  /** Like {@link #num} with an explicit {@code +} for positive values. */
  public static String signed(double value, int decimals) {
    String s = num(value, decimals);
    return s.startsWith("-") ? s : "+" + s;
  }
}
