package dev.samvad.relationship.text;

import java.util.List;

/**
 * One intent found in a reply.
 *
 * @param intent the intent
 * @param score how strongly the text supports it, in [0, 1]; {@link ReplyAnalysis#intents()} lists
 *     only intents at or above the analyser's threshold
 * @param spans the words that triggered it, in text order
 */
public record IntentScore(Intent intent, double score, List<Span> spans) {

  /** Copies the spans and checks the score is in [0, 1]. */
  public IntentScore {
    spans = List.copyOf(spans);
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }
}
