package dev.samvad.sdk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request to the {@link JsonApi}, as the host's transport received it.
 *
 * <p>The constructor is lenient so that {@link JsonApi#handle} can answer any request with a
 * precise error instead of failing on construction: a null method, path or body becomes {@code ""},
 * null headers become none, and header entries with a null name or value are dropped.
 *
 * @param method the HTTP method, e.g. {@code POST} (case-insensitive)
 * @param path the request target, e.g. {@code /api/v1/customers?limit=50}; may carry a query
 * @param headers request headers; names are matched case-insensitively (see {@link #header})
 * @param body the request body as text, {@code ""} when there is none
 * @param principal the caller the host authenticated, or null when nobody is signed in
 */
public record JsonRequest(
    String method,
    String path,
    Map<String, String> headers,
    String body,
    @Nullable Principal principal) {

  /** Normalises nulls and copies the headers. */
  public JsonRequest {
    method = method == null ? "" : method;
    path = path == null ? "" : path;
    body = body == null ? "" : body;
    headers = copyHeaders(headers);
  }

  /** A request without headers. */
  public static JsonRequest of(
      String method, String path, String body, @Nullable Principal principal) {
    return new JsonRequest(method, path, Map.of(), body, principal);
  }

  /** The value of the header named {@code name}, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.lookup(headers, name);
  }

  private static Map<String, String> copyHeaders(@Nullable Map<String, String> headers) {
    if (headers == null || headers.isEmpty()) {
      return Map.of();
    }
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.put(k, v);
          }
        });
    return Collections.unmodifiableMap(copy);
  }
}
