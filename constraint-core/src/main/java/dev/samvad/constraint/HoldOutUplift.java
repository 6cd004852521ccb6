package dev.samvad.constraint;

import java.util.List;

/**
 * The uplift of cultural adaptation: adapted customers against the hold-out group, over invoices
 * that fell due in the current period. Intervals are 95%: a two-proportion (Wald) interval for the
 * paid rate and a Welch interval for days to pay. See {@code docs/constraints.md}.
 *
 * @param adaptedInvoices invoices of adapted customers due in the period
 * @param holdOutInvoices invoices of hold-out customers due in the period
 * @param adaptedPaidPercent share of the adapted invoices paid in full by the analysis date
 * @param holdOutPaidPercent the same for the hold-out group
 * @param upliftPoints {@code adaptedPaidPercent - holdOutPaidPercent}
 * @param upliftLow lower end of its interval, in points
 * @param upliftHigh upper end of its interval, in points
 * @param adaptedMeanDaysToPay mean days from issue to payment, paid adapted invoices
 * @param holdOutMeanDaysToPay the same for the hold-out group
 * @param daysSaved {@code holdOutMeanDaysToPay - adaptedMeanDaysToPay}: positive when adaptation
 *     speeds payment
 * @param daysSavedLow lower end of its interval
 * @param daysSavedHigh upper end of its interval
 * @param sufficient false when a sample is too small for the intervals to be trusted
 * @param warnings why not, in plain words
 */
public record HoldOutUplift(
    long adaptedInvoices,
    long holdOutInvoices,
    double adaptedPaidPercent,
    double holdOutPaidPercent,
    double upliftPoints,
    double upliftLow,
    double upliftHigh,
    double adaptedMeanDaysToPay,
    double holdOutMeanDaysToPay,
    double daysSaved,
    double daysSavedLow,
    double daysSavedHigh,
    boolean sufficient,
    List<String> warnings) {
  /** Copies the list. */
  public HoldOutUplift {
    warnings = List.copyOf(warnings);
  }
}
