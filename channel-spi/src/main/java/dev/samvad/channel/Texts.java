package dev.samvad.channel;

import dev.samvad.api.InvalidInputException;

/** Validation shared by the values of this package. */
final class Texts {
  private Texts() {}

  /** Requires non-blank text of at most {@code max} characters; returns it unchanged. */
  static String required(String text, String field, int max) {
    InvalidInputException.require(text, field);
    if (text.isBlank()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    if (text.length() > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    return text;
  }

  /** Requires text (possibly empty) of at most {@code max} characters. */
  static String bounded(String text, String field, int max) {
    InvalidInputException.require(text, field);
    if (text.length() > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    return text;
  }
}
