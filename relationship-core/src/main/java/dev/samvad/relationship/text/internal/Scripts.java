package dev.samvad.relationship.text.internal;

import java.lang.Character.UnicodeScript;

/** Script of a char without a lookup table walk for the common Latin and Indic ranges. */
final class Scripts {
  private Scripts() {}

  static UnicodeScript of(char c) {
    if (c < 0x80) {
      return Character.isLetter(c) ? UnicodeScript.LATIN : UnicodeScript.COMMON;
    }
    if (c >= 0x0900 && c < 0x0980) {
      return UnicodeScript.DEVANAGARI;
    }
    if (c >= 0x0980 && c < 0x0A00) {
      return UnicodeScript.BENGALI;
    }
    if (c >= 0x0B80 && c < 0x0C00) {
      return UnicodeScript.TAMIL;
    }
    if (Character.isSurrogate(c)) {
      return UnicodeScript.COMMON;
    }
    return UnicodeScript.of(c);
  }
}
