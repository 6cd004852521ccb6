package dev.samvad.culture.message;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for phrase matching, the same way for the lexicon and for the message: NFKC, lower
 * case, then the spelling differences that do not change a word in Indian scripts are removed —
 * nukta dots (many writers drop them), zero-width joiners, Arabic-script vowel marks, the atomic
 * Malayalam chillu letters (written as consonant + virama), Arabic yeh/kaf/heh variants as Urdu
 * writes them — and runs of white space become one space.
 */
public final class TextFolding {
  private TextFolding() {}

  /** The folded text. */
  public static String fold(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean space = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
        continue;
      }
      if (isDropped(c)) {
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      switch (c) {
        case '\u0D7A' -> out.append('\u0D23').append('\u0D4D');
        case '\u0D7B' -> out.append('\u0D28').append('\u0D4D');
        case '\u0D7C' -> out.append('\u0D30').append('\u0D4D');
        case '\u0D7D' -> out.append('\u0D32').append('\u0D4D');
        case '\u0D7E' -> out.append('\u0D33').append('\u0D4D');
        case '\u0D7F' -> out.append('\u0D15').append('\u0D4D');
        case '\u064A', '\u0649' -> out.append('\u06CC');
        case '\u0643' -> out.append('\u06A9');
        case '\u0647' -> out.append('\u06C1');
        case '\u2019', '\u2018' -> out.append('\'');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isDropped(char c) {
    return c == '\u200C'
        || c == '\u200D'
        || c == '\u093C' // Devanagari nukta
        || c == '\u09BC' // Bengali
        || c == '\u0A3C' // Gurmukhi
        || c == '\u0ABC' // Gujarati
        || c == '\u0B3C' // Odia
        || c == '\u0CBC' // Kannada
        || (c >= '\u064B' && c <= '\u065F')
        || c == '\u0670';
  }

  /** True when {@code c} can be part of a word: a letter, a digit or a combining mark. */
  public static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
