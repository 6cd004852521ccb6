package dev.samvad.constraint;

/**
 * One stage of a funnel.
 *
 * @param stage the stage
 * @param invoices cohort invoices that reached it
 * @param conversionPercent share of the previous stage's invoices that reached this one; for the
 *     two paid stages, the share of all issued invoices
 * @param meanHoursToReach mean time from reaching the previous stage to reaching this one; for the
 *     paid stages, from issue to payment in full
 * @param timedInvoices invoices with both times known, behind {@code meanHoursToReach}
 */
public record FunnelStage(
    Stage stage,
    long invoices,
    double conversionPercent,
    double meanHoursToReach,
    long timedInvoices) {}
