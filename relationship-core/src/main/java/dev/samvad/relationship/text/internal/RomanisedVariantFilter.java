package dev.samvad.relationship.text.internal;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the spellings of romanised Indian words onto one form: first squeezes a letter repeated
 * three or more times ("nahiii" → "nahi", "plzzz" → "plz"), then maps known variants ("nhi", "nai",
 * "nahin" → "nahi"; "pese", "paise" → "paisa"). Only Latin-letter tokens are touched.
 */
final class RomanisedVariantFilter extends TokenFilter {
  private final CharArrayMap<char[]> variants;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  RomanisedVariantFilter(TokenStream input, CharArrayMap<char[]> variants) {
    super(input);
    this.variants = variants;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = term.buffer();
    int len = term.length();
    if (len == 0 || buf[0] >= 0x80 || !Character.isLetterOrDigit(buf[0])) {
      return true;
    }
    len = squeeze(buf, len);
    term.setLength(len);
    char[] canonical = variants.get(buf, 0, len);
    if (canonical != null) {
      term.copyBuffer(canonical, 0, canonical.length);
    }
    return true;
  }

  /** Collapses runs of three or more equal letters to one; returns the new length. */
  static int squeeze(char[] buf, int len) {
    int out = 0;
    int i = 0;
    while (i < len) {
      char c = buf[i];
      int run = 1;
      while (i + run < len && buf[i + run] == c) {
        run++;
      }
      int keep = run >= 3 && Character.isLetter(c) ? 1 : run;
      for (int k = 0; k < keep; k++) {
        buf[out++] = c;
      }
      i += run;
    }
    return out;
  }
}
