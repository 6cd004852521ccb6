package dev.samvad.relationship;

/** Which way a measure is moving over its window. */
public enum TrendDirection {
  IMPROVING,
  STABLE,
  DETERIORATING
}
