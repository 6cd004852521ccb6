package dev.samvad.api;

import java.util.Locale;
import java.util.Optional;

/**
 * English and the 22 languages of the Eighth Schedule to the Constitution of India, each with its
 * ISO 639 code, its name in its own script and its usual script. A language written in another
 * script, or mixed with English, is a {@link LanguageForm}.
 */
public enum Language {
  ENGLISH("en", "English", "English", Script.LATIN, false),
  ASSAMESE("as", "Assamese", "অসমীয়া", Script.BENGALI, true),
  BENGALI("bn", "Bengali", "বাংলা", Script.BENGALI, true),
  BODO("brx", "Bodo", "बड़ो", Script.DEVANAGARI, true),
  DOGRI("doi", "Dogri", "डोगरी", Script.DEVANAGARI, true),
  GUJARATI("gu", "Gujarati", "ગુજરાતી", Script.GUJARATI, true),
  HINDI("hi", "Hindi", "हिन्दी", Script.DEVANAGARI, true),
  KANNADA("kn", "Kannada", "ಕನ್ನಡ", Script.KANNADA, true),
  KASHMIRI("ks", "Kashmiri", "کٲشُر", Script.ARABIC, true),
  KONKANI("kok", "Konkani", "कोंकणी", Script.DEVANAGARI, true),
  MAITHILI("mai", "Maithili", "मैथिली", Script.DEVANAGARI, true),
  MALAYALAM("ml", "Malayalam", "മലയാളം", Script.MALAYALAM, true),
  /** Meitei; the Bengali script is still the most common in business writing. */
  MANIPURI("mni", "Manipuri", "মৈতৈলোন্", Script.BENGALI, true),
  MARATHI("mr", "Marathi", "मराठी", Script.DEVANAGARI, true),
  NEPALI("ne", "Nepali", "नेपाली", Script.DEVANAGARI, true),
  ODIA("or", "Odia", "ଓଡ଼ିଆ", Script.ODIA, true),
  PUNJABI("pa", "Punjabi", "ਪੰਜਾਬੀ", Script.GURMUKHI, true),
  SANSKRIT("sa", "Sanskrit", "संस्कृतम्", Script.DEVANAGARI, true),
  SANTALI("sat", "Santali", "ᱥᱟᱱᱛᱟᱲᱤ", Script.OL_CHIKI, true),
  SINDHI("sd", "Sindhi", "سنڌي", Script.ARABIC, true),
  TAMIL("ta", "Tamil", "தமிழ்", Script.TAMIL, true),
  TELUGU("te", "Telugu", "తెలుగు", Script.TELUGU, true),
  URDU("ur", "Urdu", "اردو", Script.ARABIC, true);

  private final String code;
  private final String englishName;
  private final String nativeName;
  private final Script defaultScript;
  private final boolean scheduled;

  Language(
      String code, String englishName, String nativeName, Script defaultScript, boolean scheduled) {
    this.code = code;
    this.englishName = englishName;
    this.nativeName = nativeName;
    this.defaultScript = defaultScript;
    this.scheduled = scheduled;
  }

  /** ISO 639-1 code where one exists, else ISO 639-2/3 ({@code mai}, {@code sat}, …). */
  public String code() {
    return code;
  }

  /** The language's name in English. */
  public String englishName() {
    return englishName;
  }

  /** The language's name in its own script. */
  public String nativeName() {
    return nativeName;
  }

  /** The script the language is usually written in. */
  public Script defaultScript() {
    return defaultScript;
  }

  /** True for the 22 languages of the Eighth Schedule. */
  public boolean isScheduled() {
    return scheduled;
  }

  /** This language in its usual script, not code-mixed. */
  public LanguageForm form() {
    return new LanguageForm(this, defaultScript, false);
  }

  /** Looks up by ISO code or English name (case-insensitive); empty when unknown. */
  public static Optional<Language> lookup(String codeOrName) {
    String key = codeOrName.strip().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(key) || language.englishName.toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
