package dev.samvad.sdk;

/**
 * Samvad's JSON API, independent of any HTTP server: the host's web layer turns an HTTP request
 * into a {@link JsonRequest}, calls {@link #handle}, and writes the {@link JsonResponse} back. The
 * routes, the error model and the size cap are described in {@code docs/json-api.md}.
 *
 * <p>Authentication is the host's job: authenticate the caller, then pass a {@link Principal} in
 * the request. The brief's {@code /api/v1/auth/login} and {@code /api/v1/auth/refresh} routes
 * answer {@code 501 NOT_IMPLEMENTED} saying so.
 *
 * <p>Implementations are thread-safe; one instance serves all requests of all tenants.
 */
@FunctionalInterface
public interface JsonApi {

  /**
   * Answers one request. Never throws and never answers with a stack trace: every failure is a JSON
   * object {@code {"status","code","message","field"?,"correlationId"}} with an HTTP-style status,
   * and every response carries the {@code X-Correlation-Id} header. May block while the store runs
   * the request's unit of work.
   */
  JsonResponse handle(JsonRequest request);
}
