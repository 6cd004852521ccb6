package dev.samvad.api;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static dev.samvad.api.InvalidInputAssertions.assertJsonErrorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Language tags, names and the code-mixed forms such as Hinglish. */
class LanguageFormTest {

  @Test
  void plainTagsMeanTheLanguageInItsUsualScript() {
    LanguageForm hindi = LanguageForm.parse("hi");
    assertEquals(new LanguageForm(Language.HINDI, Script.DEVANAGARI, false), hindi);
    assertEquals("hi", hindi.tag());
    assertFalse(hindi.isRomanised());
    assertEquals(Language.HINDI.form(), hindi);
    assertEquals(LanguageForm.ENGLISH, LanguageForm.parse("en"));
    assertEquals(Language.SANTALI.form(), LanguageForm.parse("sat"));
    assertEquals(Script.OL_CHIKI, LanguageForm.parse("sat").script());
  }

  @Test
  void aScriptSubtagMeansAnotherScript() {
    LanguageForm romanHindi = LanguageForm.parse("hi-Latn");
    assertEquals(new LanguageForm(Language.HINDI, Script.LATIN, false), romanHindi);
    assertEquals("hi-Latn", romanHindi.tag());
    assertTrue(romanHindi.isRomanised());
    assertEquals(
        new LanguageForm(Language.PUNJABI, Script.ARABIC, false), LanguageForm.parse("pa-Arab"));
  }

  @Test
  void hinglishIsCodeMixedRomanisedHindi() {
    LanguageForm hinglish = LanguageForm.parse("hi-Latn-x-mixed");
    assertEquals(LanguageForm.HINGLISH, hinglish);
    assertEquals(new LanguageForm(Language.HINDI, Script.LATIN, true), hinglish);
    assertEquals("hi-Latn-x-mixed", hinglish.tag());
    assertTrue(hinglish.codeMixed());
    assertTrue(hinglish.isRomanised());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hinglish",
        "Hinglish",
        "HINGLISH",
        " hinglish ",
        "HI-LATN-X-MIXED",
        "hi_Latn_x_mixed"
      })
  void hinglishHasSeveralSpellings(String text) {
    assertEquals(LanguageForm.HINGLISH, LanguageForm.parse(text));
  }

  @Test
  void otherCommonNames() {
    assertEquals("ta-Latn-x-mixed", LanguageForm.parse("tanglish").tag());
    assertEquals("bn-Latn-x-mixed", LanguageForm.parse("benglish").tag());
    assertEquals("bn-Latn-x-mixed", LanguageForm.parse("Banglish").tag());
    assertEquals(Language.TAMIL.form(), LanguageForm.parse("Tamil"));
    assertEquals(Language.ODIA.form(), LanguageForm.parse("or"));
    assertEquals(Language.KONKANI.form(), LanguageForm.parse("kok"));
    assertEquals("hi-x-mixed", LanguageForm.parse("hindi-x-mixed").tag());
  }

  @Test
  void everyTagParsesBackToItsForm() {
    for (Language language : Language.values()) {
      for (Script script : Script.values()) {
        for (boolean mixed : new boolean[] {false, true}) {
          LanguageForm form = new LanguageForm(language, script, mixed);
          assertEquals(form, LanguageForm.parse(form.tag()), form.tag());
          assertEquals(form.tag(), form.toString());
        }
      }
    }
  }

  @Test
  void englishAndTheTwentyTwoScheduledLanguages() {
    assertEquals(23, Language.values().length);
    assertEquals(22, Arrays.stream(Language.values()).filter(Language::isScheduled).count());
    assertFalse(Language.ENGLISH.isScheduled());
    Set<String> codes = new HashSet<>();
    for (Language language : Language.values()) {
      assertTrue(codes.add(language.code()), "duplicate code " + language.code());
      assertEquals(language, Language.lookup(language.code()).orElseThrow());
      assertEquals(language, Language.lookup(language.englishName()).orElseThrow());
      assertFalse(language.nativeName().isBlank());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "xx",
        "klingon",
        "hi-Zzzz",
        "hi-Latn-Deva",
        "hi-Latn-x",
        "x-mixed",
        "en-GB-x-y",
        "-hi"
      })
  void unknownLanguagesAreRejectedNamingLanguage(String text) {
    InvalidInputException e = assertInvalid("language", () -> LanguageForm.parse(text));
    assertTrue(e.problem().contains("unknown language"), e.problem());
  }

  @Test
  void theFieldNameCanBeChosenAndNullIsMissing() {
    assertInvalid(
        "contacts[0].preferredLanguage",
        () -> LanguageForm.parse("xx", "contacts[0].preferredLanguage"));
    assertInvalid(ErrorCode.MISSING_FIELD, "language", () -> LanguageForm.parse(null));
    assertInvalid(
        ErrorCode.MISSING_FIELD, "language", () -> new LanguageForm(null, Script.LATIN, false));
    assertInvalid(
        ErrorCode.MISSING_FIELD, "script", () -> new LanguageForm(Language.HINDI, null, false));
  }

  @Test
  void jsonCarriesTheTag() throws Exception {
    ObjectMapper mapper = SamvadJson.newMapper();
    assertEquals("\"hi-Latn-x-mixed\"", mapper.writeValueAsString(LanguageForm.HINGLISH));
    assertEquals("\"ta\"", mapper.writeValueAsString(Language.TAMIL.form()));
    assertEquals(LanguageForm.HINGLISH, mapper.readValue("\"hinglish\"", LanguageForm.class));
    assertEquals(
        LanguageForm.HINGLISH, mapper.readValue("\"hi-Latn-x-mixed\"", LanguageForm.class));
    assertJsonErrorNames("language", () -> mapper.readValue("\"elvish\"", LanguageForm.class));
  }
}
