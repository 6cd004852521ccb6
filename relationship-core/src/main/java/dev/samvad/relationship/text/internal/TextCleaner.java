package dev.samvad.relationship.text.internal;

import com.ibm.icu.text.Normalizer2;

/**
 * First step of reading: turns any string into bounded, well-formed, NFKC-normalised text.
 *
 * <ul>
 *   <li>reads at most {@code 4 × maxChars} input chars and keeps at most {@code maxChars}, cut at a
 *       code-point boundary ({@code truncated});
 *   <li>replaces unpaired surrogates and non-characters with a space ({@code invalidReplaced});
 *   <li>drops control and format chars (zero-width space and joiners, bidi controls, BOM, soft
 *       hyphen); tabs and line breaks become spaces or stay line breaks;
 *   <li>strips markup tags and decodes the common entities ({@code markupStripped});
 *   <li>applies NFKC (compatibility forms, full-width digits, ligatures).
 * </ul>
 *
 * Work is linear in the chars read. Thread-safe (stateless).
 */
public final class TextCleaner {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final int MAX_TAG = 256;

  private final int maxChars;

  public TextCleaner(int maxChars) {
    this.maxChars = maxChars;
  }

  /** The cleaned text and what was done to it. */
  public record Cleaned(
      String text, boolean truncated, boolean invalidReplaced, boolean markupStripped) {}

  public Cleaned clean(String raw) {
    if (raw.length() <= maxChars && isPlain(raw)) {
      return new Cleaned(
          NFKC.isNormalized(raw) ? raw : cut(NFKC.normalize(raw)), false, false, false);
    }
    int limit = raw.length();
    boolean truncated = false;
    if (limit > 4 * maxChars) {
      limit = 4 * maxChars;
      if (Character.isHighSurrogate(raw.charAt(limit - 1))) {
        limit--;
      }
      truncated = true;
    }
    StringBuilder out = new StringBuilder(Math.min(limit, maxChars) + 16);
    boolean invalid = false;
    boolean markup = false;
    for (int i = 0; i < limit; i++) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < limit && Character.isLowSurrogate(raw.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, raw.charAt(i + 1));
          if (keep(cp)) {
            out.append(c).append(raw.charAt(i + 1));
          } else if (isNonCharacter(cp)) {
            out.append(' ');
            invalid = true;
          }
          i++;
        } else {
          out.append(' ');
          invalid = true;
        }
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        out.append(' ');
        invalid = true;
        continue;
      }
      if (c == '<') {
        int close = tagEnd(raw, i, limit);
        if (close > 0) {
          out.append(' ');
          markup = true;
          i = close;
          continue;
        }
      } else if (c == '&') {
        int consumed = entity(raw, i, limit, out);
        if (consumed > 0) {
          markup = true;
          i += consumed - 1;
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        out.append('\n');
      } else if (c == '\t') {
        out.append(' ');
      } else if (isNonCharacter(c)) {
        out.append(' ');
        invalid = true;
      } else if (keep(c)) {
        out.append(c);
      }
    }
    String text = out.toString();
    if (!NFKC.isNormalized(text)) {
      text = NFKC.normalize(text);
    }
    if (text.length() > maxChars) {
      int cut = maxChars;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      text = text.substring(0, cut);
      truncated = true;
    }
    return new Cleaned(text, truncated, invalid, markup);
  }

  /**
   * True when no char needs more than NFKC (no control, format, unassigned or surrogate char, no
   * tag or entity start): the common case, then the text is not copied.
   */
  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c == '<' || c == '&' || c == 0x7F) {
          return false;
        }
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE
          || type == Character.SURROGATE
          || isNonCharacter(c)) {
        return false;
      }
    }
    return true;
  }

  private String cut(String text) {
    if (text.length() <= maxChars) {
      return text;
    }
    int cut = maxChars;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut);
  }

  private static boolean keep(int cp) {
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED
        && !isNonCharacter(cp);
  }

  private static boolean isNonCharacter(int cp) {
    return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
  }

  /** Index of the '>' closing a tag that starts at {@code i}, or -1 when it is not a tag. */
  private static int tagEnd(String s, int i, int limit) {
    if (i + 1 >= limit) {
      return -1;
    }
    char n = s.charAt(i + 1);
    if (!(n == '/' || n == '!' || n == '?' || (n < 0x80 && Character.isLetter(n)))) {
      return -1;
    }
    int stop = Math.min(limit, i + MAX_TAG);
    for (int j = i + 2; j < stop; j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return j;
      }
      if (c == '<' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Decodes an entity at {@code i} into {@code out}; returns chars consumed, 0 when none. */
  private static int entity(String s, int i, int limit, StringBuilder out) {
    int stop = Math.min(limit, i + 10);
    int semi = -1;
    for (int j = i + 1; j < stop; j++) {
      if (s.charAt(j) == ';') {
        semi = j;
        break;
      }
    }
    if (semi < 0) {
      return 0;
    }
    String name = s.substring(i + 1, semi);
    String value =
        switch (name) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos", "#39" -> "'";
          case "nbsp" -> " ";
          case "#8377" -> "₹";
          default -> null;
        };
    if (value == null) {
      return 0;
    }
    out.append(value);
    return semi - i + 1;
  }
}
