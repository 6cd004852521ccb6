package dev.samvad.api.model;

import dev.samvad.api.InvalidInputException;

/** Checks shared by the free-text attributes of the model. */
final class Text {
  private Text() {}

  /** Rejects blank text, text over {@code max} characters and control characters. */
  static void check(String value, String field, int max) {
    if (value.isBlank()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    if (value.length() > max) {
      throw new InvalidInputException(
          field, "must be at most " + max + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        throw new InvalidInputException(field, "contains a control character at index " + i);
      }
    }
  }
}
