package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A language as it is actually written: the language, the script, and whether it is code-mixed with
 * English. Hinglish is {@code HINDI} in {@code LATIN} script, code-mixed.
 *
 * <p>Its {@link #tag()} is a BCP 47 style tag: {@code hi}, {@code hi-Latn} (romanised Hindi),
 * {@code hi-Latn-x-mixed} (Hinglish). {@link #parse(String)} accepts those tags, bare codes,
 * English names and the common names {@code hinglish}, {@code tanglish}, {@code benglish}; JSON
 * carries the tag.
 *
 * @param language the language
 * @param script the script it is written in
 * @param codeMixed true when mixed with English in the same sentences
 */
public record LanguageForm(Language language, Script script, boolean codeMixed) {

  /** Hindi in Latin script mixed with English. */
  public static final LanguageForm HINGLISH = new LanguageForm(Language.HINDI, Script.LATIN, true);

  /** English. */
  public static final LanguageForm ENGLISH = Language.ENGLISH.form();

  private static final String MIXED_SUFFIX = "-x-mixed";

  /** Validates that no component is null. */
  public LanguageForm {
    InvalidInputException.require(language, "language");
    InvalidInputException.require(script, "script");
  }

  /** True when written in another script than the language's usual one (e.g. romanised). */
  public boolean isRomanised() {
    return script == Script.LATIN && language != Language.ENGLISH;
  }

  /** The tag: {@code hi}, {@code hi-Latn}, {@code hi-Latn-x-mixed}. */
  @JsonValue
  public String tag() {
    StringBuilder tag = new StringBuilder(language.code());
    if (script != language.defaultScript()) {
      tag.append('-').append(script.isoCode());
    }
    if (codeMixed) {
      tag.append(MIXED_SUFFIX);
    }
    return tag.toString();
  }

  @Override
  public String toString() {
    return tag();
  }

  /**
   * Parses a tag or name; throws {@link InvalidInputException} naming {@code language} when it is
   * not a language Samvad knows.
   */
  @JsonCreator
  public static LanguageForm parse(String text) {
    return parse(text, "language");
  }

  /** Parses a tag or name, naming {@code field} in the error. */
  public static LanguageForm parse(String text, String field) {
    InvalidInputException.require(text, field);
    String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (key) {
      case "hinglish":
        return HINGLISH;
      case "tanglish":
        return new LanguageForm(Language.TAMIL, Script.LATIN, true);
      case "benglish", "banglish":
        return new LanguageForm(Language.BENGALI, Script.LATIN, true);
      default:
        break;
    }
    boolean mixed = key.endsWith(MIXED_SUFFIX);
    if (mixed) {
      key = key.substring(0, key.length() - MIXED_SUFFIX.length());
    }
    String[] parts = key.split("-", -1);
    if (parts.length > 2) {
      throw unknown(text, field);
    }
    Language language = Language.lookup(parts[0]).orElseThrow(() -> unknown(text, field));
    Script script =
        parts.length == 2
            ? Script.lookup(parts[1]).orElseThrow(() -> unknown(text, field))
            : language.defaultScript();
    return new LanguageForm(language, script, mixed);
  }

  private static InvalidInputException unknown(String text, String field) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return new InvalidInputException(
        field,
        "unknown language '"
            + shown
            + "'; use an ISO 639 code such as hi, ta, bn, optionally with a script (hi-Latn)");
  }
}
