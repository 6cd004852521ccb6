package dev.samvad.constraint;

import dev.samvad.api.Money;

/**
 * Receivables KPIs for one period, for the whole portfolio or one segment. Formulas and sources are
 * in {@code docs/constraints.md}; ratios with a zero denominator are reported as zero (CEI as 100:
 * nothing was collectible, so nothing was missed).
 *
 * @param period the period
 * @param invoicesIssued invoices issued in the period (the period's cohort)
 * @param creditSales amount invoiced in the period
 * @param collections money received in the period against invoices
 * @param openingReceivables open balance at the end of the day before the period
 * @param closingReceivables open balance at the end of the period
 * @param closingCurrent the part of {@code closingReceivables} not yet due
 * @param dso standard DSO: closing receivables / credit sales × days
 * @param countBackDso count-back DSO: days of most recent sales that add up to closing receivables
 * @param bestPossibleDso closing current receivables / credit sales × days
 * @param averageDaysDelinquent {@code dso - bestPossibleDso}
 * @param cei collection effectiveness index, 0 to 100
 * @param ageing the closing balance by days past due
 * @param collectionRatePercent collections / (opening receivables + credit sales) × 100
 * @param promiseKeptPercent promises falling due in the period kept, × 100
 * @param disputeRatePercent cohort invoices disputed, × 100
 * @param replyRatePercent cohort invoices replied to among those delivered, × 100
 */
public record Kpis(
    DatePeriod period,
    long invoicesIssued,
    Money creditSales,
    Money collections,
    Money openingReceivables,
    Money closingReceivables,
    Money closingCurrent,
    double dso,
    double countBackDso,
    double bestPossibleDso,
    double averageDaysDelinquent,
    double cei,
    Ageing ageing,
    double collectionRatePercent,
    double promiseKeptPercent,
    double disputeRatePercent,
    double replyRatePercent) {}
