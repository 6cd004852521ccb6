package dev.samvad.api;

/** A dependency (store, channel, language model) failed in a way worth retrying later. */
public final class UnavailableException extends SamvadException {
  private static final long serialVersionUID = 1L;

  /** Creates an {@link ErrorCode#UNAVAILABLE} failure. */
  public UnavailableException(String message, Throwable cause) {
    super(ErrorCode.UNAVAILABLE, message, cause);
  }

  /** Creates an {@link ErrorCode#UNAVAILABLE} failure without a cause. */
  public UnavailableException(String message) {
    super(ErrorCode.UNAVAILABLE, message);
  }
}
