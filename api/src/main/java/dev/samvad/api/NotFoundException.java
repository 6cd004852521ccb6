package dev.samvad.api;

/** The addressed resource does not exist within the caller's tenant. */
public final class NotFoundException extends SamvadException {
  private static final long serialVersionUID = 1L;

  /** Creates a failure saying which kind of resource with which id was not found. */
  public NotFoundException(String kind, String id) {
    super(ErrorCode.NOT_FOUND, kind + " '" + id + "' not found");
  }

  /** Creates a failure with a custom code such as {@link ErrorCode#UNKNOWN_ROUTE}. */
  public NotFoundException(ErrorCode code, String message) {
    super(code, message);
  }
}
