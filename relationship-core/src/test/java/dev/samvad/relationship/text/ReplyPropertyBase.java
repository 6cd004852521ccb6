package dev.samvad.relationship.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one property base every script is checked with (the way Lucene's BaseTokenStreamTestCase
 * checks every analyzer): a subclass names the letters of its script; the properties mix them with
 * digits, punctuation, emoji and lexicon words, and check the analyser's guarantees.
 */
abstract class ReplyPropertyBase {
  private static final ReplyAnalyzer ANALYZER = ReplyAnalyzer.standard();
  private static final Instant AT = Replies.THURSDAY;

  /** Letters of the script under test, as a string of chars. */
  abstract String letters();

  /** A few real words of the language, mixed into the random text. */
  abstract String[] words();

  @Provide
  Arbitrary<String> replies() {
    Arbitrary<String> noise =
        Arbitraries.strings()
            .withChars(letters())
            .withChars(" 0123456789.,!?₹/-:")
            .withChars("🙏😡👍\u200B\u200D")
            .ofMaxLength(80);
    Arbitrary<String> word = Arbitraries.of(words());
    return Arbitraries.oneOf(noise, word, word.list().ofMaxSize(12).map(l -> String.join(" ", l)))
        .list()
        .ofMaxSize(6)
        .map(parts -> String.join(" ", parts));
  }

  @Property(tries = 150)
  void neverThrowsAndStaysInRange(@ForAll("replies") String text) {
    ReplyAnalysis a = ANALYZER.analyze(text, AT);
    Invariants.check(a);
  }

  @Property(tries = 60)
  void sameInputSameOutput(@ForAll("replies") String text) {
    assertEquals(ANALYZER.analyze(text, AT), ANALYZER.analyze(text, AT));
  }

  @Property(tries = 30)
  void workIsCappedWhateverTheLength(@ForAll("replies") String text) {
    // Only the first 4 × MAX_CHARS input chars are ever looked at, so cost is bounded by a
    // constant: text past that point cannot change the reading.
    String head = (text + " ").repeat(4 * ReplyAnalyzer.MAX_CHARS / (text.length() + 1) + 1);
    head = head.substring(0, 4 * ReplyAnalyzer.MAX_CHARS);
    if (Character.isHighSurrogate(head.charAt(head.length() - 1))) {
      return;
    }
    ReplyAnalysis a = ANALYZER.analyze(head + "x", AT);
    ReplyAnalysis b = ANALYZER.analyze(head + text.repeat(50) + "tail", AT);
    assertEquals(a, b);
    assertTrue(a.analysedChars() <= ReplyAnalyzer.MAX_CHARS);
  }
}
