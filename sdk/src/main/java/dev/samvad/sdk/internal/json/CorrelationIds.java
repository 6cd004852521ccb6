package dev.samvad.sdk.internal.json;

import dev.samvad.sdk.JsonRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** Picks the correlation id of a request: the caller's when it is a safe token, else a new one. */
final class CorrelationIds {
  static final String HEADER = "X-Correlation-Id";

  /** Safe to echo into headers, logs and JSON without escaping. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private CorrelationIds() {}

  static String of(JsonRequest request) {
    return request
        .header(HEADER)
        .map(String::strip)
        .filter(id -> SAFE.matcher(id).matches())
        .orElseGet(() -> UUID.randomUUID().toString());
  }
}
