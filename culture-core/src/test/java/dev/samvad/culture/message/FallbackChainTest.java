package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import dev.samvad.culture.TemplateCatalog;
import dev.samvad.culture.TemplateResolution;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackChainTest {
  private static final TemplateCatalog CATALOG = TemplateCatalog.bundled();

  private static TemplateResolution resolve(String tag) {
    return CATALOG.resolve(LanguageForm.parse(tag));
  }

  @Test
  void fourteenLanguageFormsAreBundled() {
    assertEquals(
        java.util.Set.of(
            "en", "hi", "hi-Latn", "bn", "mr", "gu", "pa", "ta", "te", "kn", "ml", "or", "as",
            "ur"),
        CATALOG.languages());
  }

  @Test
  void exactLanguageNeedsNoFallback() {
    TemplateResolution r = resolve("ta");
    assertEquals("ta", r.templateLanguage());
    assertEquals(List.of("ta"), r.fallbackPath());
    assertFalse(r.fellBack());
  }

  @Test
  void hinglishUsesRomanisedHindi() {
    assertEquals(List.of("hi-Latn-x-mixed", "hi-Latn"), resolve("hinglish").fallbackPath());
  }

  @Test
  void scheduledLanguagesWithoutTemplatesGoToTheirNeighbour() {
    assertEquals(List.of("mai", "hi"), resolve("mai").fallbackPath());
    assertEquals(List.of("kok", "mr"), resolve("kok").fallbackPath());
    assertEquals(List.of("ks", "ur"), resolve("ks").fallbackPath());
    assertEquals(List.of("ne", "hi"), resolve("ne").fallbackPath());
    assertEquals(List.of("doi", "hi"), resolve("doi").fallbackPath());
    assertEquals(List.of("mni", "en"), resolve("mni").fallbackPath());
  }

  @Test
  void romanisedOtherLanguagesGetTheNativeScriptFile() {
    TemplateResolution tanglish = resolve("tanglish");
    assertEquals("ta", tanglish.templateLanguage());
    assertEquals(List.of("ta-Latn-x-mixed", "ta-Latn", "ta"), tanglish.fallbackPath());
  }

  @Test
  void bodoGoesToAssameseAndSantaliWithoutARegionToEnglish() {
    assertEquals(List.of("brx", "as"), resolve("brx").fallbackPath());
    assertEquals(List.of("sat", "en"), resolve("sat").fallbackPath());
  }

  @Test
  void everyLanguageResolvesAndEveryPathEndsWhereItResolved() {
    for (Language language : Language.values()) {
      TemplateResolution r = CATALOG.resolve(language.form());
      assertTrue(CATALOG.languages().contains(r.templateLanguage()), language.name());
      assertEquals(r.templateLanguage(), r.fallbackPath().get(r.fallbackPath().size() - 1));
      assertEquals(language.form().tag(), r.fallbackPath().get(0));
    }
  }

  @Test
  void candidatesAlwaysEndInEnglish() {
    for (Language language : Language.values()) {
      List<String> c = FallbackChain.candidates(language.form());
      assertEquals("en", c.get(c.size() - 1), language.name());
    }
  }
}
