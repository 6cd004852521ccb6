package dev.samvad.constraint;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.model.BusinessSize;

/**
 * How the engine measures. Start from {@link #defaults()} and change what differs.
 *
 * @param periodDays length of a period; the current period ends on the analysis date and the
 *     previous one ends the day before it starts (7 to 366, default 90)
 * @param tenantSize the tenant's own enterprise size; MSMED interest is computed only when it is
 *     micro or small (default {@code MEDIUM}: off)
 * @param rbiBankRatePercent the Bank Rate notified by the Reserve Bank of India, in percent a year;
 *     MSMED interest runs at three times it. The default, 5.75, must be checked against the RBI's
 *     current notification before any claim is made.
 * @param promiseGraceDays days after the promised date a payment still counts as a kept promise
 * @param topLimit length of the at-risk and MSMED lists (1 to 1000, default 20)
 * @param minimumSegmentInvoices smallest segment (invoices in the cohort) worth comparing
 * @param parallel scan with the common fork-join pool (default true); results are identical
 * @param assumptions what a realistic improvement of each lever is
 */
public record ConstraintSettings(
    int periodDays,
    BusinessSize tenantSize,
    double rbiBankRatePercent,
    int promiseGraceDays,
    int topLimit,
    int minimumSegmentInvoices,
    boolean parallel,
    ImprovementAssumptions assumptions) {

  /** Validates ranges. */
  public ConstraintSettings {
    if (periodDays < 7 || periodDays > 366) {
      throw new InvalidInputException("periodDays", "must be 7 to 366, was " + periodDays);
    }
    InvalidInputException.require(tenantSize, "tenantSize");
    if (!(rbiBankRatePercent >= 0 && rbiBankRatePercent <= 50)) {
      throw new InvalidInputException("rbiBankRatePercent", "must be 0 to 50");
    }
    if (promiseGraceDays < 0 || promiseGraceDays > 30) {
      throw new InvalidInputException("promiseGraceDays", "must be 0 to 30");
    }
    if (topLimit < 1 || topLimit > 1000) {
      throw new InvalidInputException("topLimit", "must be 1 to 1000");
    }
    if (minimumSegmentInvoices < 1) {
      throw new InvalidInputException("minimumSegmentInvoices", "must be positive");
    }
    InvalidInputException.require(assumptions, "assumptions");
  }

  /** 90-day periods, a medium tenant, bank rate 5.75%, 2 days' promise grace, lists of 20. */
  public static ConstraintSettings defaults() {
    return new ConstraintSettings(
        90, BusinessSize.MEDIUM, 5.75, 2, 20, 30, true, ImprovementAssumptions.defaults());
  }

  /** A copy with another period length. */
  public ConstraintSettings withPeriodDays(int days) {
    return new ConstraintSettings(
        days,
        tenantSize,
        rbiBankRatePercent,
        promiseGraceDays,
        topLimit,
        minimumSegmentInvoices,
        parallel,
        assumptions);
  }

  /** A copy for a tenant of {@code size}. */
  public ConstraintSettings withTenantSize(BusinessSize size) {
    return new ConstraintSettings(
        periodDays,
        size,
        rbiBankRatePercent,
        promiseGraceDays,
        topLimit,
        minimumSegmentInvoices,
        parallel,
        assumptions);
  }

  /** A copy with another RBI bank rate. */
  public ConstraintSettings withRbiBankRatePercent(double percent) {
    return new ConstraintSettings(
        periodDays,
        tenantSize,
        percent,
        promiseGraceDays,
        topLimit,
        minimumSegmentInvoices,
        parallel,
        assumptions);
  }

  /** A copy that scans on the calling thread alone, or in parallel. */
  public ConstraintSettings withParallel(boolean parallel) {
    return new ConstraintSettings(
        periodDays,
        tenantSize,
        rbiBankRatePercent,
        promiseGraceDays,
        topLimit,
        minimumSegmentInvoices,
        parallel,
        assumptions);
  }

  /** A copy with other improvement assumptions. */
  public ConstraintSettings withAssumptions(ImprovementAssumptions assumptions) {
    return new ConstraintSettings(
        periodDays,
        tenantSize,
        rbiBankRatePercent,
        promiseGraceDays,
        topLimit,
        minimumSegmentInvoices,
        parallel,
        assumptions);
  }

  /** A copy with other list lengths. */
  public ConstraintSettings withTopLimit(int limit) {
    return new ConstraintSettings(
        periodDays,
        tenantSize,
        rbiBankRatePercent,
        promiseGraceDays,
        limit,
        minimumSegmentInvoices,
        parallel,
        assumptions);
  }

  /** A copy with another smallest comparable segment. */
  public ConstraintSettings withMinimumSegmentInvoices(int invoices) {
    return new ConstraintSettings(
        periodDays,
        tenantSize,
        rbiBankRatePercent,
        promiseGraceDays,
        topLimit,
        invoices,
        parallel,
        assumptions);
  }
}
