package dev.samvad.api;

/** The one rule every typed identifier follows; kept in one place so the ids cannot drift. */
final class Ids {
  /** Long enough for a UUID with a prefix, short enough to index cheaply. */
  static final int MAX_LENGTH = 64;

  private Ids() {}

  static String checked(String value, String field) {
    InvalidInputException.require(value, field);
    if (value.isEmpty()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          field, "must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean punct = c == '-' || c == '_' || c == '.' || c == ':';
      if (!alnum && !(punct && i > 0)) {
        throw new InvalidInputException(
            field,
            "may hold only ASCII letters, digits and - _ . : (not first); bad character at index "
                + i);
      }
    }
    return value;
  }
}
