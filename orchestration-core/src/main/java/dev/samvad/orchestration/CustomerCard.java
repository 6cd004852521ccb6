package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PhoneNumber;
import dev.samvad.channel.Recipient;
import java.util.Optional;
import java.util.Set;

/**
 * Who the customer is and where they can be reached, as messages need it.
 *
 * @param customerName the business name
 * @param contactName the person to address, when known
 * @param email the e-mail address, when known
 * @param phone the mobile number (SMS, WhatsApp, voice), when known
 * @param postal the postal address as lines, when known
 * @param whatsappOptIn whether the customer opted in to WhatsApp on {@code phone}; without it no
 *     WhatsApp message is sent (WhatsApp's business policy)
 * @param withoutBasis channels with no lawful basis for contact now (consent withdrawn, or needed
 *     and never given; see {@code dev.samvad.api.consent.ContactBasisPolicy}): the engine plans
 *     nothing on them and the runtime sends nothing on them, whatever the addresses
 */
public record CustomerCard(
    String customerName,
    Optional<String> contactName,
    Optional<EmailAddress> email,
    Optional<PhoneNumber> phone,
    Optional<String> postal,
    boolean whatsappOptIn,
    Set<ChannelKind> withoutBasis) {

  /** Requires the name and the optionals. */
  public CustomerCard {
    InvalidInputException.require(customerName, "customerName");
    InvalidInputException.require(contactName, "contactName");
    InvalidInputException.require(email, "email");
    InvalidInputException.require(phone, "phone");
    InvalidInputException.require(postal, "postal");
    withoutBasis = Set.copyOf(InvalidInputException.require(withoutBasis, "withoutBasis"));
  }

  /** A card with a basis for contact on every channel it has an address for. */
  public CustomerCard(
      String customerName,
      Optional<String> contactName,
      Optional<EmailAddress> email,
      Optional<PhoneNumber> phone,
      Optional<String> postal,
      boolean whatsappOptIn) {
    this(customerName, contactName, email, phone, postal, whatsappOptIn, Set.of());
  }

  /** A card whose phone may also be used for WhatsApp (the customer opted in). */
  public CustomerCard(
      String customerName,
      Optional<String> contactName,
      Optional<EmailAddress> email,
      Optional<PhoneNumber> phone,
      Optional<String> postal) {
    this(customerName, contactName, email, phone, postal, true, Set.of());
  }

  /** This card with no basis for contact on {@code channels}. */
  public CustomerCard withoutBasis(Set<ChannelKind> channels) {
    return new CustomerCard(
        customerName, contactName, email, phone, postal, whatsappOptIn, channels);
  }

  /** Whether there is a lawful basis for contact on {@code channel}. */
  public boolean hasBasis(ChannelKind channel) {
    return !withoutBasis.contains(channel);
  }

  /**
   * Where a message on {@code channel} goes, or empty when the customer has no such address or
   * there is no basis for contact on it.
   */
  public Optional<Recipient> recipient(ChannelKind channel) {
    if (withoutBasis.contains(channel)) {
      return Optional.empty();
    }
    return switch (channel) {
      case EMAIL -> email.map(Recipient.Email::new);
      case SMS, VOICE -> phone.map(Recipient.Phone::new);
      case WHATSAPP -> whatsappOptIn ? phone.map(Recipient.Phone::new) : Optional.empty();
      case LETTER -> postal.map(Recipient.Postal::new);
    };
  }
}
