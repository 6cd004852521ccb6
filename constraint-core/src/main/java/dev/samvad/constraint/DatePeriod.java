package dev.samvad.constraint;

import java.time.LocalDate;

/**
 * A run of whole days, both ends included.
 *
 * @param start first day
 * @param end last day
 * @param days number of days, {@code end - start + 1}
 */
public record DatePeriod(LocalDate start, LocalDate end, int days) {

  /** The {@code days} days ending with {@code end}. */
  public static DatePeriod ending(LocalDate end, int days) {
    return new DatePeriod(end.minusDays(days - 1L), end, days);
  }
}
