package dev.samvad.sdk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of the {@link JsonApi}. The body is always JSON text (an object), or {@code ""} for an
 * answer without content; headers always include {@code Content-Type} and {@code X-Correlation-Id}.
 *
 * @param status the HTTP-style status code
 * @param headers response headers to copy onto the transport's response
 * @param body the JSON body
 */
public record JsonResponse(int status, Map<String, String> headers, String body) {

  /** Copies the headers. */
  public JsonResponse {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** The value of the header named {@code name}, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.lookup(headers, name);
  }

  /** True for a 2xx status. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }
}
