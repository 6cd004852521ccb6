package dev.samvad.api;

/**
 * The caller may not perform the action ({@link ErrorCode#PERMISSION_DENIED}, {@link
 * ErrorCode#TENANT_MISMATCH} or {@link ErrorCode#UNAUTHENTICATED}).
 */
public final class PermissionDeniedException extends SamvadException {
  private static final long serialVersionUID = 1L;

  /** Creates a denial with the given code and message. */
  public PermissionDeniedException(ErrorCode code, String message) {
    super(code, message);
  }
}
