package dev.samvad.culture.language;

import dev.samvad.api.Script;

/**
 * The one word normalisation, shared by the lexicon loader and the scanner so that both always
 * agree: Latin letters are lower-cased and a run of one repeated letter collapses to one letter
 * ("nahiii" → "nahi", "aapka" → "apka", "accha" → "acha"), so the many ways customers stretch and
 * double letters meet one entry; joiners are skipped; other scripts are hashed as written. The hash
 * is 64-bit FNV-1a over the normalised chars; a suffix hash starts from a different seed so a
 * suffix never meets a whole word.
 */
final class WordHash {

  static final long SEED = 0xcbf29ce484222325L;
  static final long SUFFIX_SEED = 0x9e3779b97f4a7c15L;
  static final long PRIME = 0x100000001b3L;

  private WordHash() {}

  /** Lower-cases a Latin letter (ASCII fast path). */
  static char foldLatin(char c) {
    if (c <= 'Z') {
      return c >= 'A' ? (char) (c + 32) : c;
    }
    return c < 0x80 ? c : Character.toLowerCase(c);
  }

  static long mix(long hash, char c) {
    return (hash ^ c) * PRIME;
  }

  /** Hash of the last {@code length} (1 to 3) normalised chars; c1 is the last char. */
  static long suffix(int length, char c3, char c2, char c1) {
    long hash = SUFFIX_SEED;
    if (length == 3) {
      hash = mix(hash, c3);
    }
    if (length >= 2) {
      hash = mix(hash, c2);
    }
    return mix(hash, c1);
  }

  /**
   * The hash of a lexicon entry, normalised exactly as the scanner normalises text; {@code suffix}
   * entries (written {@code -ला}) (one to three chars) hash with the suffix seed. Returns 0 for an
   * entry that is not one word of one script.
   */
  static long ofEntry(String word, boolean suffix) {
    long hash = SEED;
    int script = -1;
    char prev = 0;
    char[] normalised = new char[word.length()];
    int length = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int code = ScriptTable.code(c);
      if (code == ScriptTable.JOINER) {
        continue;
      }
      if (code == ScriptTable.SEPARATOR || (script >= 0 && code - 1 != script)) {
        return 0;
      }
      script = code - 1;
      if (script == Script.LATIN.ordinal()) {
        c = foldLatin(c);
        if (c == prev) {
          continue;
        }
      }
      prev = c;
      hash = mix(hash, c);
      normalised[length++] = c;
    }
    if (length == 0) {
      return 0;
    }
    if (suffix) {
      if (length > 3) {
        return 0;
      }
      char c1 = normalised[length - 1];
      char c2 = length >= 2 ? normalised[length - 2] : 0;
      char c3 = length == 3 ? normalised[0] : 0;
      return nonZero(suffix(length, c3, c2, c1));
    }
    return nonZero(hash);
  }

  /** 0 marks an empty slot in {@link WordTable}; move the one real hash that is 0. */
  static long nonZero(long hash) {
    return hash == 0 ? 1 : hash;
  }
}
