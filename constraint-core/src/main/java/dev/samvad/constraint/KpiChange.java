package dev.samvad.constraint;

/**
 * One KPI this period against the period before.
 *
 * @param metric the KPI's name as in {@link Kpis}
 * @param previous its value the period before
 * @param current its value this period
 * @param change {@code current - previous}
 * @param improved true when the change is for the better (lower DSO, higher CEI, …)
 */
public record KpiChange(
    String metric, double previous, double current, double change, boolean improved) {}
