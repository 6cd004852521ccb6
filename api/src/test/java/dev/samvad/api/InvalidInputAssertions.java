package dev.samvad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/**
 * Assertions about {@link InvalidInputException}: that a call fails, with which code, naming which
 * field. Shared by the value, model and store tests.
 */
public final class InvalidInputAssertions {
  private InvalidInputAssertions() {}

  /** Asserts {@code call} fails with {@code INVALID_INPUT} naming {@code field}. */
  public static InvalidInputException assertInvalid(String field, Executable call) {
    return assertInvalid(ErrorCode.INVALID_INPUT, field, call);
  }

  /** Asserts {@code call} fails with {@code MISSING_FIELD} naming {@code field}. */
  public static InvalidInputException assertMissing(String field, Executable call) {
    return assertInvalid(ErrorCode.MISSING_FIELD, field, call);
  }

  /** Asserts {@code call} fails with an {@link InvalidInputException} of {@code code} naming it. */
  public static InvalidInputException assertInvalid(ErrorCode code, String field, Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(field, e.field(), () -> "field named by: " + e.getMessage());
    assertEquals(code, e.code(), () -> "code of: " + e.getMessage());
    return e;
  }

  /**
   * The {@link InvalidInputException} somewhere in {@code failure}'s cause chain (Jackson wraps
   * exceptions thrown by creators), or null.
   */
  public static InvalidInputException invalidInputIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }
}
