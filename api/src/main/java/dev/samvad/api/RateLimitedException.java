package dev.samvad.api;

import java.time.Duration;

/** A limit or quota is exhausted; {@link #retryAfter()} says when trying again makes sense. */
public final class RateLimitedException extends SamvadException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /** Creates a rate-limit failure. */
  public RateLimitedException(String message, Duration retryAfter) {
    super(ErrorCode.RATE_LIMITED, message);
    this.retryAfter = retryAfter;
  }

  /** How long to wait before retrying. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
