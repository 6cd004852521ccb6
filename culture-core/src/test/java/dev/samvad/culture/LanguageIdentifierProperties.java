package dev.samvad.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LanguageIdentifierProperties {

  private final LanguageIdentifier identifier = LanguageIdentifier.standard();

  @Property(tries = 2000)
  void neverThrowsAndStaysInRange(@ForAll("texts") String text) {
    LanguageGuess guess = identifier.identify(text);
    assertTrue(guess.confidence() >= 0.0 && guess.confidence() <= 1.0);
    double sum = guess.mixture().stream().mapToDouble(LanguageShare::share).sum();
    assertTrue(sum <= 1.0 + 1e-9, "shares sum " + sum);
    assertTrue(guess.mixture().isEmpty() || Math.abs(sum - 1.0) < 1e-9, "shares sum " + sum);
    assertEquals(guess.codeMixed(), guess.language().codeMixed());
    assertEquals(guess, identifier.identify(text), "deterministic");
    assertEquals(guess, identifier.identify(new StringBuilder(text)), "any CharSequence");
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> surrogates =
        Arbitraries.strings().withCharRange('\uD800', '\uDFFF').withChars("ab ").ofMaxLength(50);
    Arbitrary<String> indic =
        Arbitraries.strings()
            .withCharRange('\u0900', '\u0D7F')
            .withCharRange('\u0600', '\u06FF')
            .withChars(" abcdekhinorstu\u200C\u200D'")
            .ofMaxLength(200);
    Arbitrary<String> words =
        Arbitraries.of(
                "kal",
                "bhej",
                "dunga",
                "payment",
                "done",
                "है",
                "आहे",
                "নাই",
                "ৰ",
                "ڄ",
                "illa",
                "irukku",
                "🙏",
                "412345678901",
                "\uD83D",
                " ",
                "ळ")
            .list()
            .ofMaxSize(30)
            .map(list -> String.join(" ", list));
    return Arbitraries.oneOf(anyChars, surrogates, indic, words);
  }
}
