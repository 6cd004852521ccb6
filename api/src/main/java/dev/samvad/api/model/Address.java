package dev.samvad.api.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.samvad.api.IndianState;
import dev.samvad.api.PinCode;
import java.util.Optional;
import org.immutables.value.Value;

/** A postal address in India. Build with {@code ImmutableAddress.builder()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
public interface Address {
  /** First address line. */
  String line1();

  /** Second address line, if any. */
  Optional<String> line2();

  /** City, town or village as written. */
  String city();

  /** The state or union territory, when the host knows it. */
  Optional<IndianState> state();

  /** The six-digit PIN code. */
  PinCode pin();

  /**
   * Validates the value when it is built; throws {@code InvalidInputException} naming the field.
   */
  @Value.Check
  default void check() {
    Text.check(line1(), "line1", 200);
    line2().ifPresent(v -> Text.check(v, "line2", 200));
    Text.check(city(), "city", 100);
  }
}
