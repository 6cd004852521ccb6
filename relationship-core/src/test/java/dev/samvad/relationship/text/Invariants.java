package dev.samvad.relationship.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What must hold for every analysis, whatever the text. */
final class Invariants {
  private Invariants() {}

  static void check(ReplyAnalysis a) {
    assertFalse(a.intents().isEmpty());
    for (IntentScore s : a.intents()) {
      assertTrue(s.score() >= ReplyAnalyzer.INTENT_THRESHOLD && s.score() <= 1.0, s.toString());
    }
    double p = a.sentiment().polarity();
    assertTrue(p >= -1 && p <= 1);
    assertTrue(a.sentiment().emotions().size() == Emotion.values().length);
    a.sentiment()
        .emotions()
        .values()
        .forEach(
            e ->
                assertTrue(
                    e.score() >= 0
                        && e.score() <= 1
                        && e.confidence() >= 0
                        && e.confidence() <= 1));
    assertTrue(a.language().confidence() >= 0 && a.language().confidence() <= 1);
    assertTrue(a.commitment().score() >= 0 && a.commitment().score() <= 1);
    assertTrue(a.analysedChars() >= 0 && a.analysedChars() <= ReplyAnalyzer.MAX_CHARS);
    a.entities().amounts().forEach(m -> assertTrue(m.amount().paise() > 0));
    assertTrue(a.path() == AnalysisPath.RULES);
  }
}
