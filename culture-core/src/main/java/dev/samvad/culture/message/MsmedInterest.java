package dev.samvad.culture.message;

import java.math.BigDecimal;
import java.math.MathContext;
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
 *   <li><b>Rounding.</b> Everything is exact {@link BigDecimal} arithmetic (34 significant digits);
 *       only the final interest is rounded, half up, to the rupee.
 * </ol>
 *
 * Principal is the amount outstanding stated in the message. Worked example in {@code
 * docs/messages.md}: ₹1,00,000 due 15 January 2026 at a bank rate of 6.50% (Act rate 19.50%), as of
 * 25 April 2026 → three rests and 10 days → ₹5,515.
 */
public final class MsmedInterest {
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);

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
    BigDecimal annual = annualRatePercent.divide(HUNDRED, MC);
    BigDecimal monthly = annual.divide(TWELVE, MC);
    long months = ChronoUnit.MONTHS.between(dueDate, asOf);
    LocalDate lastRest = dueDate.plusMonths(months);
    while (lastRest.isAfter(asOf)) { // guards the end-of-month clamp
      months--;
      lastRest = dueDate.plusMonths(months);
    }
    long days = ChronoUnit.DAYS.between(lastRest, asOf);
    BigDecimal balance =
        principalRupees.multiply(BigDecimal.ONE.add(monthly).pow((int) months, MC), MC);
    BigDecimal stub = annual.multiply(BigDecimal.valueOf(days)).divide(DAYS_IN_YEAR, MC);
    balance = balance.multiply(BigDecimal.ONE.add(stub), MC);
    return balance.subtract(principalRupees).setScale(0, RoundingMode.HALF_UP);
  }
}
