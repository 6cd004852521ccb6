package dev.samvad.sdk.internal.json;

import dev.samvad.api.ErrorCode;
import java.util.Map;
import java.util.Optional;

/**
 * One failure as the JSON API reports it.
 *
 * @param code the stable code; its HTTP status is the response status
 * @param message what is wrong, naming the field when there is one
 * @param field the dotted path of the offending field, when known
 * @param headers extra response headers (for example {@code Allow} on a 405)
 * @param retryAfterSeconds for a 429: whole seconds until a retry may pass
 */
record Problem(
    ErrorCode code,
    String message,
    Optional<String> field,
    Map<String, String> headers,
    Optional<Long> retryAfterSeconds) {
  Problem {
    headers = Map.copyOf(headers);
  }

  Problem(ErrorCode code, String message, Optional<String> field, Map<String, String> headers) {
    this(code, message, field, headers, Optional.empty());
  }

  static Problem of(ErrorCode code, String message) {
    return new Problem(code, message, Optional.empty(), Map.of());
  }

  static Problem of(ErrorCode code, String field, String message) {
    return new Problem(
        code, message, field.isEmpty() ? Optional.empty() : Optional.of(field), Map.of());
  }
}
