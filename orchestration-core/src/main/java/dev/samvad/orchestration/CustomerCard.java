package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PhoneNumber;
import dev.samvad.channel.Recipient;
import java.util.Optional;

/**
 * Who the customer is and where they can be reached, as messages need it.
 *
 * @param customerName the business name
 * @param contactName the person to address, when known
 * @param email the e-mail address, when known
 * @param phone the mobile number (SMS, WhatsApp, voice), when known
 * @param postal the postal address as lines, when known
 */
public record CustomerCard(
    String customerName,
    Optional<String> contactName,
    Optional<EmailAddress> email,
    Optional<PhoneNumber> phone,
    Optional<String> postal) {

  /** Requires the name and the optionals. */
  public CustomerCard {
    InvalidInputException.require(customerName, "customerName");
    InvalidInputException.require(contactName, "contactName");
    InvalidInputException.require(email, "email");
    InvalidInputException.require(phone, "phone");
    InvalidInputException.require(postal, "postal");
  }

  /** Where a message on {@code channel} goes, or empty when the customer has no such address. */
  public Optional<Recipient> recipient(ChannelKind channel) {
    return switch (channel) {
      case EMAIL -> email.map(Recipient.Email::new);
      case SMS, WHATSAPP, VOICE -> phone.map(Recipient.Phone::new);
      case LETTER -> postal.map(Recipient.Postal::new);
    };
  }
}
