package dev.samvad.relationship.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final Lexicon LEXICON = Lexicon.bundled();

  private static List<String> terms(String text) {
    Tokens t = Tokens.of(LEXICON.reader(), text, 100);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.term(i));
    }
    return out;
  }

  @Test
  void everyPhraseIsFoundWhenWrittenAsAReply() {
    // The lexicon went through the same chain as replies: each phrase, read as text, must match
    // an entry spanning all of its tokens.
    List<String> missing = new ArrayList<>();
    for (String phrase : LEXICON.sourcePhrases()) {
      Tokens t = Tokens.of(LEXICON.reader(), phrase, 100);
      if (t.size() == 0) {
        continue;
      }
      boolean whole = LEXICON.match(t).stream().anyMatch(c -> c.from() == 0 && c.to() == t.size());
      if (!whole) {
        missing.add(phrase);
      }
    }
    assertTrue(missing.isEmpty(), "not matched as text: " + missing);
  }

  @Test
  void negationWordsSurviveTheChain() {
    assertEquals(1, terms("नहीं").size());
    assertEquals(1, terms("না").size());
    assertEquals(List.of("not"), terms("not"));
    assertEquals(List.of("nahi"), terms("nhi"));
    assertEquals(List.of("nahi"), terms("NAHIIII"));
  }

  @Test
  void romanisedVariantsFoldToOneForm() {
    assertEquals(terms("paisa"), terms("pese"));
    assertEquals(terms("kal"), terms("kl"));
    assertEquals(terms("nahi"), terms("nai"));
  }

  @Test
  void unlistedInflectionsAreStemmedButListedWordsKeepTheirForm() {
    // "भेजा" is not a lexicon word and is stemmed; "भेज दिया" (a payment claim) is kept whole.
    List<String> listed = terms("भेज दिया");
    assertEquals(2, listed.size());
    assertTrue(terms("भुगतानों").get(0).startsWith("भुगतान"));
  }

  @Test
  void loadsThousandsOfPhrases() {
    assertTrue(LEXICON.phraseCount() > 5000, "phrases: " + LEXICON.phraseCount());
  }
}
