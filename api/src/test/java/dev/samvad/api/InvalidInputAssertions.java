package dev.samvad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
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
   * Asserts that reading JSON fails and the failure names {@code field}: either through an {@link
   * InvalidInputException} thrown by a creator (Jackson wraps it) or through the JSON path of
   * Jackson's own mapping error. Returns the failure.
   */
  public static Throwable assertJsonErrorNames(String field, Executable read) {
    Throwable failure = assertThrows(Throwable.class, read);
    InvalidInputException invalid = invalidInputIn(failure);
    if (invalid != null) {
      assertEquals(field, invalid.field(), () -> "field named by: " + invalid.getMessage());
      return failure;
    }
    if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String last = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
      assertEquals(field, last, () -> "JSON path of: " + mapping.getMessage());
      return failure;
    }
    throw new AssertionError("failure names no field: " + failure, failure);
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
