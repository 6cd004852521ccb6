package dev.samvad.deepseek.internal;

import java.text.Normalizer;

/**
 * Prepares text we did not write (a customer's reply, a business name) for a prompt: NFKC, control
 * and format characters dropped (line breaks and tabs kept), runs of three or more angle brackets
 * broken up so that nothing in it looks like a delimiter line, and a length cap at a code-point
 * boundary. The result is what is sent and what the cache key is built from.
 */
public final class UntrustedText {
  private UntrustedText() {}

  /** The text made safe to fence, at most {@code maxChars} UTF-16 units. */
  public static String prepare(String raw, int maxChars) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 16));
    int brackets = 0;
    char bracket = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r') {
        continue;
      }
      boolean keep =
          cp == '\n'
              || cp == '\t'
              || !(Character.isISOControl(cp)
                  || Character.getType(cp) == Character.FORMAT
                  || Character.getType(cp) == Character.SURROGATE
                  || cp == 0x2028
                  || cp == 0x2029);
      if (!keep) {
        continue;
      }
      if (cp == '<' || cp == '>') {
        brackets = cp == bracket ? brackets + 1 : 1;
        bracket = (char) cp;
        if (brackets >= 3) {
          continue; // at most two in a row: delimiter lines start with three
        }
      } else {
        brackets = 0;
        bracket = 0;
      }
      if (out.length() + Character.charCount(cp) > maxChars) {
        break;
      }
      out.appendCodePoint(cp);
    }
    return out.toString().strip();
  }

  /** One line of host data (a name): {@link #prepare} with line breaks turned into spaces. */
  public static String oneLine(String raw, int maxChars) {
    return prepare(raw, maxChars).replace('\n', ' ').replace('\t', ' ');
  }
}
