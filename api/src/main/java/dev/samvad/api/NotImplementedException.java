package dev.samvad.api;

/** The operation belongs to Samvad's API but the engine behind it is not built yet. */
public final class NotImplementedException extends SamvadException {
  private static final long serialVersionUID = 1L;

  /** Creates a {@link ErrorCode#NOT_IMPLEMENTED} failure naming what is missing. */
  public NotImplementedException(String message) {
    super(ErrorCode.NOT_IMPLEMENTED, message);
  }
}
