package dev.samvad.constraint;

/**
 * The best and worst segment of one dimension on one metric, among segments with enough invoices.
 *
 * @param dimension the breakdown
 * @param metric the KPI's name as in {@link Kpis}
 * @param best the best segment
 * @param bestValue its value
 * @param worst the worst segment
 * @param worstValue its value
 * @param portfolioValue the whole portfolio's value
 */
public record SegmentComparison(
    Dimension dimension,
    String metric,
    String best,
    double bestValue,
    String worst,
    double worstValue,
    double portfolioValue) {}
