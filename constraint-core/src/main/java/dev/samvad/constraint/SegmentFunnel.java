package dev.samvad.constraint;

/**
 * The funnel of one segment.
 *
 * @param dimension the breakdown
 * @param segment the segment's name within it
 * @param funnel its funnel
 */
public record SegmentFunnel(Dimension dimension, String segment, Funnel funnel) {}
