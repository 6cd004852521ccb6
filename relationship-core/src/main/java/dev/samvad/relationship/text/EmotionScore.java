package dev.samvad.relationship.text;

/**
 * The strength of one emotion.
 *
 * @param score intensity in [0, 1]
 * @param confidence how much evidence backs the score, in [0, 1]; 0 means nothing in the text spoke
 *     to this emotion
 */
public record EmotionScore(double score, double confidence) {

  /** No evidence either way. */
  public static final EmotionScore NONE = new EmotionScore(0.0, 0.0);

  /** Checks both values are in [0, 1]. */
  public EmotionScore {
    if (!(score >= 0.0 && score <= 1.0) || !(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException(
          "emotion values out of [0, 1]: " + score + ", " + confidence);
    }
  }
}
