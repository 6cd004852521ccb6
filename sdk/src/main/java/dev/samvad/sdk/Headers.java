package dev.samvad.sdk;

import java.util.Map;
import java.util.Optional;

/** Case-insensitive header lookup, the one rule HTTP gives header names. */
final class Headers {
  private Headers() {}

  static Optional<String> lookup(Map<String, String> headers, String name) {
    String exact = headers.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
