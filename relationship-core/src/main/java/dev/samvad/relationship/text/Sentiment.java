package dev.samvad.relationship.text;

import java.util.Map;

/**
 * How the reply feels.
 *
 * @param polarity from −1 (hostile) through 0 (neutral) to 1 (warm)
 * @param confidence how much evidence backs {@code polarity}, in [0, 1]
 * @param label {@code polarity} in three bands
 * @param emotions every {@link Emotion}, each with a score and a confidence
 */
public record Sentiment(
    double polarity, double confidence, PolarityLabel label, Map<Emotion, EmotionScore> emotions) {

  /** Checks the ranges and copies the map. */
  public Sentiment {
    if (!(polarity >= -1.0 && polarity <= 1.0) || !(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("sentiment out of range: " + polarity + ", " + confidence);
    }
    emotions = Map.copyOf(emotions);
  }

  /** The score of one emotion, {@link EmotionScore#NONE} when absent. */
  public EmotionScore emotion(Emotion emotion) {
    return emotions.getOrDefault(emotion, EmotionScore.NONE);
  }
}
