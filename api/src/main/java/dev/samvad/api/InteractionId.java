package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one interaction: a message sent or received, or a call.
 *
 * <p>Same rules as every Samvad id: 1 to 64 ASCII letters, digits and {@code - _ . :}, starting
 * with a letter or digit. Construction throws {@link InvalidInputException} naming {@code
 * interactionId} otherwise. In JSON it is a plain string.
 *
 * @param value the id text
 */
public record InteractionId(@JsonValue String value) {
  /** Validates {@code value}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public InteractionId {
    value = Ids.checked(value, "interactionId");
  }
}
