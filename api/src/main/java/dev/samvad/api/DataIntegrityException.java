package dev.samvad.api;

/**
 * Stored data could not be opened: a sealed (encrypted) field failed authentication, or was sealed
 * with a key the key provider does not have. Its message names the tenant, the place and the key
 * id, never the data. Retrying does not help; see {@link #reason()} for what to look at.
 */
public final class DataIntegrityException extends SamvadException {
  private static final long serialVersionUID = 1L;

  /** Why a sealed value did not open. */
  public enum Reason {
    /**
     * The value does not authenticate: it was changed, cut, or moved from another tenant or place,
     * or the key under its id is not the key it was sealed with.
     */
    TAMPERED,
    /** The key provider has no key under the value's key id for this tenant. */
    UNKNOWN_KEY,
    /** The value is not in a sealed format this version of Samvad reads. */
    UNSUPPORTED_FORMAT
  }

  private final Reason reason;

  /** Creates a {@link ErrorCode#DATA_INTEGRITY} failure. */
  public DataIntegrityException(Reason reason, String message) {
    super(ErrorCode.DATA_INTEGRITY, message);
    this.reason = reason;
  }

  /** Creates a {@link ErrorCode#DATA_INTEGRITY} failure with the cryptographic cause. */
  public DataIntegrityException(Reason reason, String message, Throwable cause) {
    super(ErrorCode.DATA_INTEGRITY, message, cause);
    this.reason = reason;
  }

  /** Why the value did not open. */
  public Reason reason() {
    return reason;
  }
}
