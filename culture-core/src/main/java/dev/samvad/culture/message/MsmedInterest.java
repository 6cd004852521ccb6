package dev.samvad.culture.message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Interest under section 16 of the MSMED Act, 2006: compound interest with monthly rests at three
 * times the bank rate notified by the Reserve Bank of India, from the day after the day payment was
 * due.
 *
 * <p>Our reading, written down because the Act leaves the arithmetic to the reader:
 *
 * <ol>
 *   <li><b>Last lawful due day.</b> Section 15 lets the parties agree a period of at most 45 days
 *       from acceptance (or deemed acceptance). The due day used is the earlier of the invoice's
 *       due date and acceptance + 45 days; interest starts the day after it.
 *   <li><b>Monthly rests.</b> A rest falls on each monthly anniversary of the due day ({@link
 *       LocalDate#plusMonths}, so 31 January → 28 February). For every whole month the balance
 *       grows by rate ÷ 12.
 *   <li><b>The broken month.</b> Days after the last rest earn simple interest at the annual rate ×
 *       days ÷ 365 on the compounded balance.
 *   <li><b>Rounding.</b> The balance is an exact fraction of {@link BigDecimal}s (no intermediate
 *       rounding at all); only the final interest is rounded, half up, to the rupee.
 * </ol>
 *
 * Principal is the amount outstanding stated in the message. Worked example in {@code
 * docs/messages.md}: ₹1,00,000 due 15 January 2026 at a bank rate of 6.50% (Act rate 19.50%), as of
 * 25 April 2026 → three rests and 10 days → ₹5,515.
 */
public final class MsmedInterest {
  /** 12 months × 100 percent: the monthly factor is (1200 + R) / 1200. */
  private static final BigDecimal MONTH_BASE = BigDecimal.valueOf(1200);

  /** 365 days × 100 percent: the broken-month factor is (36500 + R × days) / 36500. */
  private static final BigDecimal YEAR_BASE = BigDecimal.valueOf(36500);

  /** The Act's ceiling on an agreed payment period, in days from acceptance. */
  public static final int MAX_AGREED_DAYS = 45;

  private MsmedInterest() {}

  /** The due day the Act allows: the earlier of the agreed due date and acceptance + 45 days. */
  public static LocalDate lawfulDueDate(LocalDate agreedDueDate, LocalDate acceptedOn) {
    LocalDate latest = acceptedOn.plusDays(MAX_AGREED_DAYS);
    return agreedDueDate.isAfter(latest) ? latest : agreedDueDate;
  }

  /**
   * The interest accrued to {@code asOf}, in whole rupees.
   *
   * @param principalRupees the amount outstanding, in rupees
   * @param annualRatePercent the Act's rate (three times the bank rate), percent a year
   * @param dueDate the lawful due day (see {@link #lawfulDueDate})
   * @param asOf the last day interest is counted for
   */
  public static BigDecimal accrued(
      BigDecimal principalRupees, BigDecimal annualRatePercent, LocalDate dueDate, LocalDate asOf) {
    if (!asOf.isAfter(dueDate)) {
      return BigDecimal.ZERO;
    }
    long months = ChronoUnit.MONTHS.between(dueDate, asOf);
    LocalDate lastRest = dueDate.plusMonths(months);
    while (lastRest.isAfter(asOf)) { // guards the end-of-month clamp
      months--;
      lastRest = dueDate.plusMonths(months);
    }
    long days = ChronoUnit.DAYS.between(lastRest, asOf);
    // balance = P × ((1200 + R) / 1200)^months × (36500 + R × days) / 36500, R in percent a year.
    // Numerator and denominator are exact; the one division rounds the interest to the rupee.
    int m = Math.toIntExact(months);
    BigDecimal numerator =
        principalRupees
            .multiply(MONTH_BASE.add(annualRatePercent).pow(m))
            .multiply(YEAR_BASE.add(annualRatePercent.multiply(BigDecimal.valueOf(days))));
    BigDecimal denominator = MONTH_BASE.pow(m).multiply(YEAR_BASE);
    return numerator
        .subtract(principalRupees.multiply(denominator))
        .divide(denominator, 0, RoundingMode.HALF_UP);
  }
}
