package dev.samvad.api;

/**
 * Stable, machine-readable error codes. The {@link #name()} of each constant is the {@code code} a
 * host sees in a JSON error; it never changes once released, so hosts may branch on it.
 */
public enum ErrorCode {
  /** A field of the input is missing, malformed or out of range. */
  INVALID_INPUT(400),
  /** The request body is not well-formed JSON. */
  MALFORMED_JSON(400),
  /** A JSON value has the wrong type for its field (for example a string where a number goes). */
  WRONG_TYPE(400),
  /** A required field is absent or null. */
  MISSING_FIELD(400),
  /** The caller is not allowed to perform the action. */
  PERMISSION_DENIED(403),
  /** The body names a tenant other than the caller's own. */
  TENANT_MISMATCH(403),
  /** The caller could not be identified (no tenant was supplied by the host). */
  UNAUTHENTICATED(401),
  /** The addressed resource does not exist for this tenant. */
  NOT_FOUND(404),
  /** No route matches the request path. */
  UNKNOWN_ROUTE(404),
  /** The route exists but not for this HTTP method. */
  METHOD_NOT_ALLOWED(405),
  /** The resource already exists. */
  ALREADY_EXISTS(409),
  /** The resource was changed by someone else since it was read (optimistic versioning). */
  VERSION_CONFLICT(409),
  /** A work lease expired or was taken over by another node before the holder finished. */
  LEASE_LOST(409),
  /** The request body exceeds the documented size cap. */
  PAYLOAD_TOO_LARGE(413),
  /** The request declares a content type other than JSON. */
  UNSUPPORTED_MEDIA_TYPE(415),
  /** A rate limit or quota is exhausted; retry later. */
  RATE_LIMITED(429),
  /** Samvad hit a defect; the correlation id identifies the log entry. */
  INTERNAL(500),
  /**
   * Stored data failed its integrity check: a sealed field was changed, or moved to another tenant
   * or row, or the key it was sealed with is not available from the key provider. Not retryable.
   */
  DATA_INTEGRITY(500),
  /** The endpoint is part of the API but its engine is not built yet. */
  NOT_IMPLEMENTED(501),
  /** A dependency (store, channel, language model) is unavailable; retry later. */
  UNAVAILABLE(503);

  private final int httpStatus;

  ErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP-style status the JSON API answers with for this code. */
  public int httpStatus() {
    return httpStatus;
  }
}
