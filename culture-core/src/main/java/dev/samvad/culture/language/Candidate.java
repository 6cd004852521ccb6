package dev.samvad.culture.language;

import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Script;

/**
 * The languages that compete inside one script. A script written by one language alone (Tamil,
 * Gujarati, …) needs no candidate: the script decides. The order matters twice: the first romanised
 * candidate (Hindi) wins ties among romanised ones, and a candidate's ordinal is its bit in {@link
 * WordTable} masks (so at most 32).
 */
enum Candidate {
  EN(Language.ENGLISH, Script.LATIN, "en"),
  HI_LATN(Language.HINDI, Script.LATIN, "hi-Latn"),
  PA_LATN(Language.PUNJABI, Script.LATIN, "pa-Latn"),
  MR_LATN(Language.MARATHI, Script.LATIN, "mr-Latn"),
  GU_LATN(Language.GUJARATI, Script.LATIN, "gu-Latn"),
  BN_LATN(Language.BENGALI, Script.LATIN, "bn-Latn"),
  TA_LATN(Language.TAMIL, Script.LATIN, "ta-Latn"),
  TE_LATN(Language.TELUGU, Script.LATIN, "te-Latn"),
  KN_LATN(Language.KANNADA, Script.LATIN, "kn-Latn"),
  ML_LATN(Language.MALAYALAM, Script.LATIN, "ml-Latn"),
  HI(Language.HINDI, Script.DEVANAGARI, "hi"),
  MR(Language.MARATHI, Script.DEVANAGARI, "mr"),
  NE(Language.NEPALI, Script.DEVANAGARI, "ne"),
  BN(Language.BENGALI, Script.BENGALI, "bn"),
  AS(Language.ASSAMESE, Script.BENGALI, "as"),
  UR(Language.URDU, Script.ARABIC, "ur"),
  SD(Language.SINDHI, Script.ARABIC, "sd"),
  KS(Language.KASHMIRI, Script.ARABIC, "ks");

  static final Candidate[] ALL = values();
  static final int COUNT = ALL.length;

  final Language language;
  final Script script;
  final String tag;
  private final LanguageForm plain;
  private final LanguageForm mixed;

  Candidate(Language language, Script script, String tag) {
    this.language = language;
    this.script = script;
    this.tag = tag;
    this.plain = new LanguageForm(language, script, false);
    this.mixed = new LanguageForm(language, script, language != Language.ENGLISH);
  }

  /** The form, code-mixed with English or not (English itself is never code-mixed). */
  LanguageForm form(boolean codeMixed) {
    return codeMixed ? mixed : plain;
  }

  boolean isRomanised() {
    return script == Script.LATIN && this != EN;
  }
}
