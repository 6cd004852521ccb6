package dev.samvad.constraint;

/**
 * KPIs of one segment, this period and the one before.
 *
 * @param dimension the breakdown
 * @param segment the segment's name within it (an enum name or a playbook name)
 * @param current this period
 * @param previous the period before
 */
public record SegmentKpis(Dimension dimension, String segment, Kpis current, Kpis previous) {}
