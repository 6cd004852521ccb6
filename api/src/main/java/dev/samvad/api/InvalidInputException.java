package dev.samvad.api;

/**
 * Input failed validation. {@link #field()} is the dotted path of the offending field as the caller
 * wrote it (for example {@code customerData.location} or {@code contacts[1].phone}), and {@link
 * #problem()} says what is wrong with it.
 */
public final class InvalidInputException extends SamvadException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  /** Creates an {@link ErrorCode#INVALID_INPUT} failure for {@code field}. */
  public InvalidInputException(String field, String problem) {
    this(ErrorCode.INVALID_INPUT, field, problem);
  }

  /**
   * Creates a failure with a more specific code ({@link ErrorCode#MISSING_FIELD}, {@link
   * ErrorCode#WRONG_TYPE}, {@link ErrorCode#MALFORMED_JSON}, {@link ErrorCode#PAYLOAD_TOO_LARGE},
   * {@link ErrorCode#UNSUPPORTED_MEDIA_TYPE}).
   */
  public InvalidInputException(ErrorCode code, String field, String problem) {
    super(code, field.isEmpty() ? problem : field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  /**
   * Used by generated value builders (see {@link SamvadStyle}) when required attributes were never
   * set: names the first missing one with {@link ErrorCode#MISSING_FIELD}.
   */
  public InvalidInputException(String[] missingAttributes) {
    this(
        ErrorCode.MISSING_FIELD,
        missingAttributes.length == 0 ? "" : missingAttributes[0],
        "is required");
  }

  /**
   * Used by generated value builders (see {@link SamvadStyle}) when null is passed for an attribute
   * that does not allow it: {@code field} is the attribute's name.
   */
  public InvalidInputException(String field) {
    this(ErrorCode.MISSING_FIELD, field, "must not be null");
  }

  /** Dotted path of the offending field; empty when the problem concerns the whole input. */
  public String field() {
    return field;
  }

  /** What is wrong, in words a developer can act on. */
  public String problem() {
    return problem;
  }

  /**
   * Returns the same failure with {@code prefix} put in front of the field path, so a nested
   * value's error can name its place in the enclosing document.
   */
  public InvalidInputException under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    String path =
        field.isEmpty() ? prefix : field.startsWith("[") ? prefix + field : prefix + "." + field;
    InvalidInputException moved = new InvalidInputException(code(), path, problem);
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /** Throws a {@link ErrorCode#MISSING_FIELD} failure when {@code value} is null. */
  public static <T> T require(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, field, "is required");
    }
    return value;
  }
}
