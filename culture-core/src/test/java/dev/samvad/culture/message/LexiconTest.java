package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachRules;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.RenderedMessage;
import dev.samvad.culture.message.AbuseLexicon.Category;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  private static final AbuseLexicon LEXICON = AbuseLexicon.bundled();

  /** One threatening sentence per language, written the way a bad collector would. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Pay today or we will send people to your shop and call the police.",
        "hi | आज भुगतान नहीं हुआ तो हमारे आदमी भेजेंगे और पुलिस में शिकायत होगी।",
        "hi-Latn | Aaj payment nahi kiya to ghar aayenge, samjhe?",
        "bn | আজ টাকা না দিলে পুলিশে খবর দেব।",
        "mr | आज पैसे दिले नाहीत तर पोलिसात तक्रार करू.",
        "gu | આજે ચુકવણી નહીં થાય તો પોલીસમાં ફરિયાદ કરીશું.",
        "pa | ਅੱਜ ਭੁਗਤਾਨ ਨਾ ਕੀਤਾ ਤਾਂ ਪੁਲਿਸ ਕੋਲ ਜਾਵਾਂਗੇ।",
        "ta | இன்று பணம் கட்டவில்லை என்றால் போலீஸுக்கு புகார் செய்வோம்.",
        "te | ఈరోజు చెల్లించకపోతే పోలీసులకు ఫిర్యాదు చేస్తాం.",
        "kn | ಇಂದು ಪಾವತಿಸದಿದ್ದರೆ ಪೊಲೀಸರಿಗೆ ದೂರು ನೀಡುತ್ತೇವೆ.",
        "ml | ഇന്ന് പണം അടച്ചില്ലെങ്കിൽ പോലീസിൽ പരാതി നൽകും.",
        "or | ଆଜି ଟଙ୍କା ନଦେଲେ ପୋଲିସରେ ଅଭିଯୋଗ କରିବୁ।",
        "as | আজি টকা নিদিলে আৰক্ষীক জনাম।",
        "ur | آج ادائیگی نہ کی تو پولیس کو بلائیں گے۔",
      })
  void findsAThreatInEveryLanguage(String lang, String text) {
    List<AbuseLexicon.Entry> hits = LEXICON.find(text);
    assertTrue(
        hits.stream().anyMatch(h -> h.language().equals(lang) && h.category() == Category.THREAT),
        lang + " found " + hits);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | THIRD_PARTY_DISCLOSURE | We will tell your neighbours and other suppliers.",
        "en | SHAMING | Your name goes on the public defaulter list.",
        "hi | THIRD_PARTY_DISCLOSURE | हम आपके परिवार वालों को बता देंगे।",
        "hi | ABUSE | आप जैसे नालायक लोग",
        "hi-Latn | THIRD_PARTY_DISCLOSURE | Aapke padosiyon ko bata denge",
        "hi-Latn | SHAMING | aap to chor ho",
        "bn | SHAMING | আপনি একজন প্রতারক।",
        "mr | THIRD_PARTY_DISCLOSURE | तुमच्या नातेवाईकांना सांगू.",
        "gu | ABUSE | તમે મૂર્ખ છો.",
        "pa | SHAMING | ਤੁਸੀਂ ਧੋਖੇਬਾਜ਼ ਹੋ।",
        "ta | ABUSE | நீங்கள் முட்டாள்தனமாக நடந்து கொள்கிறீர்கள்.",
        "te | SHAMING | మీరు మోసగాడు.",
        "kn | THIRD_PARTY_DISCLOSURE | ನಿಮ್ಮ ಸಂಬಂಧಿಕರಿಗೆ ಹೇಳುತ್ತೇವೆ.",
        "ml | SHAMING | നിങ്ങൾ ഒരു കള്ളൻ ആണ്.",
        "or | SHAMING | ଆପଣ ଜଣେ ଠକ।",
        "as | THIRD_PARTY_DISCLOSURE | আপোনাৰ পৰিয়ালক জনাম।",
        "ur | LEGAL_PRESSURE | ہم قانونی نوٹس بھیجیں گے۔",
      })
  void findsEachKindOfHarm(String lang, Category category, String text) {
    List<AbuseLexicon.Entry> hits = LEXICON.find(text);
    assertTrue(
        hits.stream().anyMatch(h -> h.language().equals(lang) && h.category() == category),
        lang + " found " + hits);
  }

  @Test
  void everyLanguageHasEveryCategory() {
    for (String lang : AbuseLexicon.BUNDLED_TAGS) {
      Set<Category> categories =
          LEXICON.entries(lang).stream()
              .map(AbuseLexicon.Entry::category)
              .collect(Collectors.toSet());
      assertEquals(Set.of(Category.values()), categories, lang);
      assertTrue(LEXICON.entries(lang).size() >= 35, lang + " has " + LEXICON.entries(lang).size());
    }
  }

  @Test
  void matchesAtWordBoundariesOnly() {
    assertTrue(
        LEXICON.find("We are not fools.").stream().anyMatch(e -> e.phrase().equals("fools")));
    assertTrue(LEXICON.find("foolproof packaging").isEmpty());
    assertTrue(LEXICON.find("Police").size() == 1, "case is folded");
    assertTrue(LEXICON.find("policeman").isEmpty(), "no prefix match unless the entry has *");
    assertTrue(LEXICON.find("चोरी का माल").isEmpty(), "चोर does not match चोरी");
    assertTrue(LEXICON.find("fir milte hain").isEmpty(), "Hinglish 'fir' (again) is not an FIR");
  }

  @Test
  void foldingIgnoresNuktaZeroWidthAndWidth() {
    // ज़ written with and without nukta, and an NFKC-compatibility fullwidth Latin form.
    assertFalse(LEXICON.find("आपको बेइज़्ज़त करेंगे").isEmpty());
    assertFalse(LEXICON.find("ＰＯＬＩＣＥ").isEmpty());
    assertFalse(LEXICON.find("ജയിൽ").isEmpty()); // atomic chillu
    assertFalse(LEXICON.find("ജയില്\u200D").isEmpty()); // the ZWJ spelling
    assertFalse(LEXICON.find("ghar   aayenge").isEmpty());
  }

  @Test
  void benignPhrasesThatLookLikeThreatsPass() {
    for (String benign :
        List.of(
            "अगर बिल में कोई बात अटकी है, तो बताइए, हम देख लेंगे।",
            "koi baat ho to bataiye, hum dekh lenge",
            "Wishing you and your family a very happy Diwali.",
            "आपको और आपके परिवार को दीपावली की शुभकामनाएँ।",
            "We will proceed with recovery as per our agreed terms of trade.")) {
      assertTrue(LEXICON.find(benign).isEmpty(), benign + " → " + LEXICON.find(benign));
    }
  }

  @Test
  void noShippedTemplateTripsTheLexicon() {
    List<String> problems = new ArrayList<>();
    for (String tag : dev.samvad.culture.TemplateCatalog.bundled().languages()) {
      LanguagePack pack = Templates.pack(tag);
      pack.templates()
          .forEach(
              (intent, byFormality) ->
                  byFormality.forEach(
                      (f, byField) ->
                          byField.forEach(
                              (field, t) -> {
                                List<AbuseLexicon.Entry> hits = LEXICON.find(t.source());
                                if (!hits.isEmpty()) {
                                  problems.add(
                                      tag + " " + intent + " " + f + " " + field + " " + hits);
                                }
                              })));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void ruleTurnsHitsIntoFindingsWithSeverity() {
    RenderedMessage sms =
        RenderedMessage.Sms.of(
            "Pay now or we will send a legal notice and tell your family.",
            "en",
            List.of("en"),
            MessageIntent.FINAL_NOTICE);
    List<ApproachFinding> findings =
        ApproachRules.lexicon()
            .check(ApproachContext.of(sms, ZonedDateTime.now(ZoneId.of("Asia/Kolkata"))));
    Map<String, ApproachFinding.Severity> bySeverity =
        findings.stream()
            .collect(Collectors.toMap(ApproachFinding::code, ApproachFinding::severity));
    assertEquals(ApproachFinding.Severity.WARNING, bySeverity.get("LEGAL_PRESSURE"));
    assertEquals(ApproachFinding.Severity.BLOCKER, bySeverity.get("THIRD_PARTY_DISCLOSURE"));
    assertTrue(findings.stream().allMatch(f -> !f.fix().isBlank()));
  }
}
