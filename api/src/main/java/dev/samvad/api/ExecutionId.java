package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one execution: a single message sent, or a task carried out, for a campaign.
 *
 * <p>Valid ids are 1 to 64 ASCII letters, digits and {@code - _ . :}, starting with a letter or
 * digit (a UUID qualifies). Construction throws {@link InvalidInputException} naming {@code
 * executionId} otherwise. In JSON it is a plain string.
 *
 * @param value the id text
 */
public record ExecutionId(@JsonValue String value) {
  /** Validates {@code value}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ExecutionId {
    value = Ids.checked(value, "executionId");
  }
}
