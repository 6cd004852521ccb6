package dev.samvad.culture.language;

import dev.samvad.api.Script;

/**
 * Maps every BMP {@code char} to the script of the word it belongs to, in one array load. Letters
 * and combining marks (Indic vowel signs, viramas, nuktas) of the scripts Samvad reads are word
 * characters; digits, punctuation, symbols, emoji, whitespace, surrogates and letters of other
 * scripts are separators. Every script Samvad reads lies in the BMP, so a surrogate never starts a
 * word. {@code LanguageScriptTableTest} checks the table against ICU's {@code UScript}.
 */
final class ScriptTable {

  /** Not a word character. */
  static final byte SEPARATOR = 0;

  /** Continues a word without being part of it: ZWJ, ZWNJ, apostrophes ("don't"). */
  static final byte JOINER = 127;

  static final Script[] SCRIPTS = Script.values();

  private static final Script[] INDIC_BLOCKS = {
    Script.DEVANAGARI,
    Script.BENGALI,
    Script.GURMUKHI,
    Script.GUJARATI,
    Script.ODIA,
    Script.TAMIL,
    Script.TELUGU,
    Script.KANNADA,
    Script.MALAYALAM
  };

  /** Entry {@code c}: {@link #SEPARATOR}, {@link #JOINER}, or {@code script.ordinal() + 1}. */
  private static final byte[] TABLE = build();

  private ScriptTable() {}

  /** {@link #SEPARATOR}, {@link #JOINER}, or the script's ordinal plus one. */
  static int code(char c) {
    return TABLE[c];
  }

  /** The script a code point's block belongs to, or null for blocks Samvad does not read. */
  static Script blockScript(int c) {
    if (c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF)) {
      return Script.LATIN;
    }
    if (c >= 0x0900 && c < 0x0D80) {
      return INDIC_BLOCKS[(c - 0x0900) >> 7];
    }
    if ((c >= 0x0600 && c <= 0x06FF)
        || (c >= 0x0750 && c <= 0x077F)
        || (c >= 0x08A0 && c <= 0x08FF)
        || (c >= 0xFB50 && c <= 0xFDFF)
        || (c >= 0xFE70 && c <= 0xFEFF)) {
      return Script.ARABIC;
    }
    if (c >= 0x1C50 && c <= 0x1C7F) {
      return Script.OL_CHIKI;
    }
    if ((c >= 0xABC0 && c <= 0xABFF) || (c >= 0xAAE0 && c <= 0xAAFF)) {
      return Script.MEETEI_MAYEK;
    }
    if ((c >= 0xA8E0 && c <= 0xA8FF) || (c >= 0x1CD0 && c <= 0x1CFF)) {
      return Script.DEVANAGARI;
    }
    return null;
  }

  static boolean isWordType(int c) {
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return true;
      default:
        return false;
    }
  }

  private static byte[] build() {
    byte[] table = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      Script script = blockScript(c);
      if (script != null && isWordType(c)) {
        table[c] = (byte) (script.ordinal() + 1);
      }
    }
    table['\''] = JOINER;
    table['\u2019'] = JOINER;
    table['\u200C'] = JOINER;
    table['\u200D'] = JOINER;
    return table;
  }
}
