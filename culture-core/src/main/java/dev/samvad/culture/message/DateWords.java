package dev.samvad.culture.message;

import java.time.LocalDate;

/**
 * Writes a date the way an invoice in that language does: day, the language's own month name, year
 * — {@code 15 नवंबर 2026}, {@code 15 நவம்பர் 2026}, {@code 15 November 2026}. Digits are the ASCII
 * digits, as amounts are (Indian business writing in every script uses them for money and dates,
 * and it keeps amount and date consistent).
 */
public final class DateWords {
  private DateWords() {}

  /** The English name of the date's month ("November"), as English templates write it. */
  static String englishMonth(LocalDate date) {
    return date.getMonth()
        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
  }

  /** The date in {@code pack}'s month names. */
  public static String format(LocalDate date, LanguagePack pack) {
    return date.getDayOfMonth() + " " + pack.month(date.getMonthValue()) + " " + date.getYear();
  }
}
