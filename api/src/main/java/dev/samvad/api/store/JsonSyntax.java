package dev.samvad.api.store;

/**
 * Decides whether a string is exactly one JSON value (RFC 8259) with nothing but space, tab, CR and
 * LF around it, giving the verdicts Jackson 2.23's default streaming parser gives (the check this
 * replaces): the same grammar and the same {@code StreamReadConstraints} defaults.
 *
 * <p>Every stored record runs this on construction, several times per message sent, so it is one
 * pass over the characters that allocates nothing for documents nested up to 64 deep, and it keeps
 * its nesting in bits rather than on the call stack, so hostile depth cannot overflow the stack.
 *
 * <p>Where Jackson goes beyond the grammar, so does this: an escaped surrogate in a member name (a
 * backslash-u escape of U+D800 to U+DFFF) must be a high one followed at once by an escaped low
 * one, while surrogates in string values, and unescaped ones anywhere in a string, are taken as
 * they are. Jackson does not limit a string value's length when it skips the value, and neither
 * does this.
 *
 * <p>One difference, deliberately not modelled: a document longer than 32,768 characters Jackson
 * reads through a window of a few thousand characters, and a number crossing the window's edge is
 * counted on its slower path (see {@link #MAX_NUMBER_DIGITS}). So a number of 1,001 digits with a
 * fraction or an exponent but not both, and an integer part other than zero, is refused here
 * wherever it stands, while Jackson accepts it when it happens to cross an edge.
 */
final class JsonSyntax {

  /** What a string holds. */
  enum Verdict {
    /** One well-formed JSON object. */
    OBJECT,
    /** One well-formed JSON value that is not an object: an array, string, number or literal. */
    OTHER_VALUE,
    /** Nothing, or only whitespace. */
    BLANK,
    /** Anything else: a syntax error, trailing content or a limit exceeded. */
    MALFORMED
  }

  /** Deepest nesting of objects and arrays: Jackson's {@code DEFAULT_MAX_DEPTH}. */
  static final int MAX_DEPTH = 1000;

  /**
   * Most digits in a number: Jackson's {@code DEFAULT_MAX_NUM_LEN}, counted over integer part,
   * fraction and exponent together (signs, point and {@code e} not counted), less one for a number
   * with a fraction or an exponent but not both when Jackson reads it on its slower path: when its
   * integer part is zero, or when it runs to the end of the input.
   */
  static final int MAX_NUMBER_DIGITS = 1000;

  /** Longest member name after unescaping: Jackson's {@code DEFAULT_MAX_NAME_LEN}. */
  static final int MAX_NAME_LENGTH = 50_000;

  private static final int FAILED = -1;

  private JsonSyntax() {}

  /** Classifies {@code text}; never throws for any string. */
  static Verdict verdict(String text) {
    int end = text.length();
    int at = skipWhitespace(text, 0, end);
    if (at == end) {
      return Verdict.BLANK;
    }
    boolean rootIsObject = text.charAt(at) == '{';
    int depth = 0;
    // Whether each open container is an object (bit set) or an array: depth 1 to 64 in `shallow`,
    // deeper ones in `deep`, which only a document nested deeper than 64 allocates.
    long shallow = 0L;
    long[] deep = null;
    value:
    while (true) {
      // `at` is where a value must start.
      if (at == end) {
        return Verdict.MALFORMED;
      }
      char c = text.charAt(at);
      if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) {
          return Verdict.MALFORMED;
        }
        boolean object = c == '{';
        int level = depth - 1;
        if (level < Long.SIZE) {
          shallow = object ? shallow | (1L << level) : shallow & ~(1L << level);
        } else {
          if (deep == null) {
            deep = new long[MAX_DEPTH / Long.SIZE + 1];
          }
          long bit = 1L << (level & 63);
          deep[level >>> 6] = object ? deep[level >>> 6] | bit : deep[level >>> 6] & ~bit;
        }
        at = skipWhitespace(text, at + 1, end);
        if (at < end && text.charAt(at) == (object ? '}' : ']')) {
          depth--;
          at++;
        } else {
          at = object ? member(text, at, end) : at;
          if (at == FAILED) {
            return Verdict.MALFORMED;
          }
          continue value;
        }
      } else {
        at = scalar(text, at, end);
        if (at == FAILED) {
          return Verdict.MALFORMED;
        }
      }
      // A value is complete: close containers until a comma asks for the next value.
      while (true) {
        at = skipWhitespace(text, at, end);
        if (depth == 0) {
          if (at != end) {
            return Verdict.MALFORMED;
          }
          return rootIsObject ? Verdict.OBJECT : Verdict.OTHER_VALUE;
        }
        if (at == end) {
          return Verdict.MALFORMED;
        }
        int level = depth - 1;
        long bits = level < Long.SIZE ? shallow : deep[level >>> 6];
        boolean inObject = (bits & (1L << (level & 63))) != 0;
        char next = text.charAt(at);
        if (next == ',') {
          at = skipWhitespace(text, at + 1, end);
          at = inObject ? member(text, at, end) : at;
          if (at == FAILED) {
            return Verdict.MALFORMED;
          }
          continue value;
        }
        if (next != (inObject ? '}' : ']')) {
          return Verdict.MALFORMED;
        }
        depth--;
        at++;
      }
    }
  }

  /** Reads a member's name and colon at {@code at}; returns where its value must start. */
  private static int member(String text, int at, int end) {
    if (at == end || text.charAt(at) != '"') {
      return FAILED;
    }
    at = name(text, at + 1, end);
    if (at == FAILED) {
      return FAILED;
    }
    at = skipWhitespace(text, at, end);
    if (at == end || text.charAt(at) != ':') {
      return FAILED;
    }
    return skipWhitespace(text, at + 1, end);
  }

  /** Reads a string, number or literal starting at {@code at}; returns the index after it. */
  private static int scalar(String text, int at, int end) {
    char c = text.charAt(at);
    switch (c) {
      case '"':
        return string(text, at + 1, end);
      case 't':
        return text.startsWith("true", at) ? at + 4 : FAILED;
      case 'f':
        return text.startsWith("false", at) ? at + 5 : FAILED;
      case 'n':
        return text.startsWith("null", at) ? at + 4 : FAILED;
      default:
        return c == '-' || isDigit(c) ? number(text, at, end) : FAILED;
    }
  }

  /** Reads a string value's content from just after its opening quote; returns after the close. */
  private static int string(String text, int at, int end) {
    while (at < end) {
      char c = text.charAt(at);
      if (c == '"') {
        return at + 1;
      } else if (c == '\\') {
        if (unescape(text, at + 1, end) == FAILED) {
          return FAILED;
        }
        at += escapeLength(text, at);
      } else if (c < 0x20) {
        return FAILED;
      } else {
        at++;
      }
    }
    return FAILED;
  }

  /**
   * Reads a member name like a string value, also counting its unescaped length and holding escaped
   * surrogates to pairs, as Jackson does for names only.
   */
  private static int name(String text, int at, int end) {
    int length = 0;
    while (at < end) {
      char c = text.charAt(at);
      if (c == '"') {
        return length <= MAX_NAME_LENGTH ? at + 1 : FAILED;
      } else if (c == '\\') {
        int decoded = unescape(text, at + 1, end);
        if (decoded == FAILED || Character.isLowSurrogate((char) decoded)) {
          return FAILED;
        }
        at += escapeLength(text, at);
        if (Character.isHighSurrogate((char) decoded)) {
          if (at == end || text.charAt(at) != '\\') {
            return FAILED;
          }
          int low = unescape(text, at + 1, end);
          if (low == FAILED || !Character.isLowSurrogate((char) low)) {
            return FAILED;
          }
          at += escapeLength(text, at);
          length++;
        }
      } else if (c < 0x20) {
        return FAILED;
      } else {
        at++;
      }
      length++;
    }
    return FAILED;
  }

  /** The character an escape stands for, {@code at} just after its backslash, or FAILED. */
  private static int unescape(String text, int at, int end) {
    if (at == end) {
      return FAILED;
    }
    char c = text.charAt(at);
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (end - at <= 4) {
          return FAILED;
        }
        int code = 0;
        for (int i = at + 1; i <= at + 4; i++) {
          int digit = hexValue(text.charAt(i));
          if (digit == FAILED) {
            return FAILED;
          }
          code = code << 4 | digit;
        }
        return code;
      default:
        return FAILED;
    }
  }

  /** Characters in the (valid) escape whose backslash is at {@code backslash}. */
  private static int escapeLength(String text, int backslash) {
    return text.charAt(backslash + 1) == 'u' ? 6 : 2;
  }

  /** Reads a number starting at {@code at} (a minus or a digit); returns the index after it. */
  private static int number(String text, int at, int end) {
    if (text.charAt(at) == '-') {
      at++;
    }
    int start = at;
    boolean zeroInteger = at < end && text.charAt(at) == '0';
    at = zeroInteger ? at + 1 : digits(text, at, end);
    int digitCount = at - start;
    if (digitCount == 0 || (at < end && isDigit(text.charAt(at)))) {
      return FAILED; // no integer part, or a leading zero
    }
    boolean fraction = at < end && text.charAt(at) == '.';
    if (fraction) {
      start = at + 1;
      at = digits(text, start, end);
      if (at == start) {
        return FAILED;
      }
      digitCount += at - start;
    }
    boolean exponent = at < end && (text.charAt(at) == 'e' || text.charAt(at) == 'E');
    if (exponent) {
      at++;
      if (at < end && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
        at++;
      }
      start = at;
      at = digits(text, start, end);
      if (at == start) {
        return FAILED;
      }
      digitCount += at - start;
    }
    if (fraction != exponent && (zeroInteger || at == end)) {
      // Jackson's slower number path, taken for a zero integer part and for a number running to the
      // end of the input, counts a float's missing fraction or exponent as -1 digits.
      digitCount--;
    }
    return digitCount <= MAX_NUMBER_DIGITS ? at : FAILED;
  }

  private static int digits(String text, int at, int end) {
    while (at < end && isDigit(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return FAILED;
  }

  /** JSON's whitespace is these four characters only. */
  private static int skipWhitespace(String text, int at, int end) {
    while (at < end) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      at++;
    }
    return at;
  }
}
