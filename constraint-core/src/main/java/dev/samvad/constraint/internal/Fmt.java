package dev.samvad.constraint.internal;

import dev.samvad.api.Money;
import java.util.Currency;
import java.util.Locale;

/** Number formatting for the plain-words parts of an analysis, fixed to one locale. */
final class Fmt {
  private Fmt() {}

  static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v);
  }

  static String money(double paise, Currency currency) {
    return new Money(Math.round(paise), currency).format();
  }

  static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }

  static double percent(double numerator, double denominator) {
    return round2(100.0 * ratio(numerator, denominator));
  }
}
