package dev.samvad.relationship.text;

/** Polarity in three bands, as the labelled set records it. */
public enum PolarityLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** The band of a polarity in [−1, 1]: below −0.15 negative, above 0.15 positive. */
  public static PolarityLabel of(double polarity) {
    if (polarity < -0.15) {
      return NEGATIVE;
    }
    return polarity > 0.15 ? POSITIVE : NEUTRAL;
  }
}
