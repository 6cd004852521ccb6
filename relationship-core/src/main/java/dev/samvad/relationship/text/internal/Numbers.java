package dev.samvad.relationship.text.internal;

import java.math.BigDecimal;

/** Reads the numeric prefix of a token written in any Unicode decimal digits. */
final class Numbers {
  private Numbers() {}

  /** A number read from the start of a token, and what follows it. */
  record Parsed(BigDecimal value, int digits, boolean grouped, String suffix) {}

  /**
   * Parses digits with Indian or Western grouping commas and one decimal point at the start of
   * {@code s}; {@code null} when {@code s} does not start with a digit or has too many digits.
   */
  static Parsed parse(String s) {
    if (s.isEmpty() || Character.digit(s.charAt(0), 10) < 0) {
      return null;
    }
    StringBuilder plain = new StringBuilder(s.length());
    int digits = 0;
    boolean grouped = false;
    boolean point = false;
    int i = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = Character.digit(c, 10);
      if (d >= 0) {
        plain.append((char) ('0' + d));
        digits++;
      } else if (c == ','
          && !point
          && i + 1 < s.length()
          && Character.digit(s.charAt(i + 1), 10) >= 0) {
        grouped = true;
      } else if (c == '.'
          && !point
          && i + 1 < s.length()
          && Character.digit(s.charAt(i + 1), 10) >= 0) {
        point = true;
        plain.append('.');
      } else {
        break;
      }
      if (digits > 24) {
        return null;
      }
    }
    return new Parsed(new BigDecimal(plain.toString()), digits, grouped, s.substring(i));
  }

  /** The int value of an all-digit token in [0, 10^6), else -1. */
  static int smallInt(String s) {
    if (s.isEmpty() || s.length() > 6) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), 10);
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** True when every char is an ASCII letter or a digit. */
  static boolean isAlnum(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c < 0x80 && Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    return true;
  }

  static int countDigits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
