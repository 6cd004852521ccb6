package dev.samvad.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Script;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private final LanguageIdentifier identifier = LanguageIdentifier.standard();

  private LanguageForm language(String text) {
    return identifier.identify(text).language();
  }

  @Test
  void nothingToIdentifyIsUnknown() {
    for (String text :
        new String[] {"", "   \n\t", "412345678901", "₹1,20,000.00", "🙏🙏👍", "?!..."}) {
      LanguageGuess guess = identifier.identify(text);
      assertTrue(guess.isUnknown(), text);
      assertEquals(0.0, guess.confidence(), text);
      assertTrue(guess.mixture().isEmpty(), text);
      assertEquals(LanguageForm.ENGLISH, guess.language(), text);
    }
    assertTrue(identifier.identify(null).isUnknown());
  }

  @Test
  void shortEnglishRepliesAreEnglish() {
    for (String text : new String[] {"STOP", "ok", "thanks", "Payment done, UTR 412345678901"}) {
      LanguageGuess guess = identifier.identify(text);
      assertEquals(LanguageForm.ENGLISH, guess.language(), text);
      assertTrue(guess.confidence() > 0, text);
    }
  }

  @Test
  void theIssueExamples() {
    LanguageGuess hinglish = identifier.identify("kal tak 50k bhej dunga, baaki next week");
    assertEquals(LanguageForm.HINGLISH, hinglish.language());
    assertTrue(hinglish.codeMixed());
    assertEquals(
        Set.of("hi-Latn", "en"),
        hinglish.mixture().stream().map(s -> s.language().tag()).collect(Collectors.toSet()));
    assertEquals(Language.HINDI.form(), language("भुगतान हो गया है, UTR 412345678901"));
    assertEquals(Language.TAMIL, language("bill la amount thappu irukku").language());
    assertEquals(Script.LATIN, language("bill la amount thappu irukku").script());
  }

  @Test
  void sharedScriptsAreResolvedByTheirOwnWords() {
    assertEquals(Language.MARATHI, language("मी उद्या पैसे पाठवतो, नक्की").language());
    assertEquals(Language.NEPALI, language("म भोलि पैसा पठाउँछु, धन्यवाद").language());
    assertEquals(Language.HINDI, language("मैं कल पैसे भेज दूंगा").language());
    assertEquals(Language.ASSAMESE, language("মই কাইলৈ টকা পঠাই দিম").language());
    assertEquals(Language.BENGALI, language("আমি কাল টাকা পাঠিয়ে দেব").language());
    assertEquals(Language.URDU, language("کل تک پوری رقم بھیج دوں گا").language());
    assertEquals(Language.SINDHI, language("سڀاڻي پئسا موڪليندس").language());
  }

  @Test
  void soleScriptsDecide() {
    assertEquals(Language.TAMIL.form(), language("நாளைக்கு பணம் அனுப்புகிறேன்"));
    assertEquals(Language.PUNJABI.form(), language("ਮੈਂ ਕੱਲ੍ਹ ਪੈਸੇ ਭੇਜ ਦੇਵਾਂਗਾ"));
    assertEquals(Language.SANTALI.form(), language("ᱥᱟᱨᱦᱟᱣ"));
    assertEquals(
        new LanguageForm(Language.MANIPURI, Script.MEETEI_MAYEK, false), language("ꯁꯦꯜ ꯊꯥꯒꯅꯤ"));
  }

  @Test
  void fiveScriptsGiveTheDominantOneAndListAll() {
    LanguageGuess guess =
        identifier.identify(
            "भुगतान हो गया है, कल बाकी भी भेज दूंगा। পেমেন্ট হয়েছে। பணம் அனுப்பினேன். చెల్లించాను. paid");
    assertEquals(Language.HINDI, guess.language().language());
    assertEquals(Script.DEVANAGARI, guess.dominantScript());
    assertEquals(5, guess.mixture().size(), guess.mixture().toString());
    double sum = guess.mixture().stream().mapToDouble(LanguageShare::share).sum();
    assertEquals(1.0, sum, 1e-9);
    for (int i = 1; i < guess.mixture().size(); i++) {
      assertTrue(guess.mixture().get(i - 1).share() >= guess.mixture().get(i).share());
    }
  }

  @Test
  void brokenUnicodeDoesNotThrow() {
    LanguageGuess guess = identifier.identify("kal \uD800 bhej \uDC00dunga \uDBFF");
    assertEquals(Language.HINDI, guess.language().language());
  }

  @Test
  void veryLongTextReadsOnlyTheCappedPrefix() {
    String reply = "kal tak paise bhej dunga bhai ";
    String text = reply.repeat(1_000_000 / reply.length()) + "பணம் அனுப்பினேன் ".repeat(10_000);
    long start = System.nanoTime();
    LanguageGuess guess = identifier.identify(text);
    long micros = (System.nanoTime() - start) / 1000;
    assertEquals(Language.HINDI, guess.language().language());
    assertTrue(micros < 200_000, "took " + micros + " µs");
  }

  @Test
  void relatedRomanisedLanguagesGetLowerConfidenceThanDistinctOnes() {
    double shared = identifier.identify("kal paise bhej denge ji").confidence();
    double distinct = identifier.identify("naalaikku anuppuren, konjam time kudunga").confidence();
    assertTrue(shared < distinct, shared + " vs " + distinct);
  }

  @Test
  void codeMixedFlagMatchesTheForm() {
    LanguageGuess pure = identifier.identify("kal bhej dunga bhai");
    assertFalse(pure.codeMixed());
    assertEquals(new LanguageForm(Language.HINDI, Script.LATIN, false), pure.language());
  }
}
