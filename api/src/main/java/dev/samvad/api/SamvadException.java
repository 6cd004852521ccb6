package dev.samvad.api;

/**
 * The root of every exception Samvad throws on purpose. Each subtype carries a stable {@link
 * ErrorCode}; messages name the offending field or resource and never contain customer data beyond
 * what the caller supplied.
 *
 * <p>These are unchecked: a host that passes bad input has a bug or an untrusted caller, and the
 * JSON API turns every subtype into a precise 4xx or 5xx answer.
 */
public abstract sealed class SamvadException extends RuntimeException
    permits InvalidInputException,
        NotFoundException,
        ConflictException,
        PermissionDeniedException,
        RateLimitedException,
        UnavailableException,
        NotImplementedException,
        DataIntegrityException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  SamvadException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  SamvadException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The stable machine-readable code of this failure. */
  public ErrorCode code() {
    return code;
  }
}
