package dev.samvad.api.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.PhoneNumber;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person at the customer Samvad may write to or call. At least one of phone and e-mail is
 * required. WhatsApp is used only when {@link #whatsappOptIn()} is true (the customer's explicit
 * opt-in, as WhatsApp's business policy requires). Build with {@code ImmutableContact.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
public interface Contact {
  /** The person's name as they write it. */
  String name();

  /** Their role, e.g. "accounts", "owner", "purchase". */
  Optional<String> role();

  /** A form of address they have stated; never inferred. */
  Optional<Title> title();

  /** Phone number (E.164). */
  Optional<PhoneNumber> phone();

  /** E-mail address. */
  Optional<EmailAddress> email();

  /** True when this person has opted in to WhatsApp messages on {@link #phone()}. */
  @Value.Default
  default boolean whatsappOptIn() {
    return false;
  }

  /** The language this person has asked to be written to in, if stated. */
  Optional<LanguageForm> preferredLanguage();

  /**
   * Validates the value when it is built; throws {@code InvalidInputException} naming the field.
   */
  @Value.Check
  default void check() {
    Text.check(name(), "name", 120);
    role().ifPresent(v -> Text.check(v, "role", 60));
    if (phone().isEmpty() && email().isEmpty()) {
      throw new InvalidInputException("phone", "a contact needs a phone number or an e-mail");
    }
    if (whatsappOptIn() && phone().isEmpty()) {
      throw new InvalidInputException("whatsappOptIn", "needs a phone number to opt in on");
    }
  }
}
