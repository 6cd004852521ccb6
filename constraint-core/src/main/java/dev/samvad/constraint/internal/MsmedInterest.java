package dev.samvad.constraint.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Interest under section 16 of the MSMED Act, 2006: compound interest with monthly rests at three
 * times the RBI bank rate, from the day after the statutory payment date to the analysis date.
 *
 * <p>The statutory payment date is the agreed due date or the 45th day after acceptance, whichever
 * is earlier (section 15); acceptance is taken to be the issue date. Whole months compound at a
 * twelfth of the annual rate; the days left over accrue simple interest at the annual rate × days /
 * 365. The result is rounded to the nearest rupee, halves up.
 */
public final class MsmedInterest {
  /** The longest credit period section 15 allows, in days from acceptance. */
  public static final int LIMIT_DAYS = 45;

  private MsmedInterest() {}

  /** The epoch day the statutory payment is due: min(due date, issue date + 45). */
  public static int statutoryDueDay(int issueDay, int dueDay) {
    return Math.min(dueDay, issueDay + LIMIT_DAYS);
  }

  /**
   * Interest in paise (a whole number of rupees) on {@code principalPaise} from epoch day {@code
   * fromDay} to epoch day {@code toDay}, both included; zero when {@code toDay < fromDay}.
   *
   * @param annualRate the annual rate as a fraction (0.1725 for 17.25%)
   */
  public static long interestPaise(long principalPaise, int fromDay, int toDay, double annualRate) {
    if (toDay < fromDay || principalPaise <= 0) {
      return 0;
    }
    LocalDate from = LocalDate.ofEpochDay(fromDay);
    LocalDate endExclusive = LocalDate.ofEpochDay(toDay + 1L);
    long months = ChronoUnit.MONTHS.between(from, endExclusive);
    long days = ChronoUnit.DAYS.between(from.plusMonths(months), endExclusive);
    double factor = Math.pow(1 + annualRate / 12, months) * (1 + annualRate * days / 365.0);
    double interestRupees = principalPaise / 100.0 * (factor - 1);
    return Math.round(interestRupees) * 100;
  }
}
