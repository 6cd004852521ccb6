package dev.samvad.api;

/**
 * A write lost a race: the resource already exists ({@link ErrorCode#ALREADY_EXISTS}), it changed
 * since it was read ({@link ErrorCode#VERSION_CONFLICT}), or a work lease was lost ({@link
 * ErrorCode#LEASE_LOST}). Re-read and retry is the usual answer.
 */
public final class ConflictException extends SamvadException {
  private static final long serialVersionUID = 1L;

  /** Creates a conflict with the given code and message. */
  public ConflictException(ErrorCode code, String message) {
    super(code, message);
  }
}
