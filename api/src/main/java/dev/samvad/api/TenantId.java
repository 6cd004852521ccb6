package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a tenant: one company using Samvad through the host product.
 *
 * <p>Valid ids are 1 to 64 ASCII letters, digits and {@code - _ . :}, starting with a letter or
 * digit (a UUID qualifies). Construction throws {@link InvalidInputException} naming {@code
 * tenantId} otherwise. In JSON it is a plain string.
 *
 * @param value the id text
 */
public record TenantId(@JsonValue String value) {
  /** Validates {@code value}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TenantId {
    value = Ids.checked(value, "tenantId");
  }
}
