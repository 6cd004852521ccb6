package dev.samvad.channel;

import dev.samvad.api.EmailAddress;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PhoneNumber;

/**
 * Where a message goes: an e-mail address, an E.164 phone number (SMS, WhatsApp, voice) or a postal
 * address (letters).
 */
public sealed interface Recipient {

  /** The address as one line of text, as a provider would take it. */
  String address();

  /**
   * An e-mail recipient.
   *
   * @param email the validated address
   */
  record Email(EmailAddress email) implements Recipient {
    /** Throws {@link InvalidInputException} naming {@code email} when absent. */
    public Email {
      InvalidInputException.require(email, "email");
    }

    @Override
    public String address() {
      return email.value();
    }
  }

  /**
   * A phone recipient for SMS, WhatsApp and voice.
   *
   * @param phone the number in E.164 form
   */
  record Phone(PhoneNumber phone) implements Recipient {
    /** Throws {@link InvalidInputException} naming {@code phone} when absent. */
    public Phone {
      InvalidInputException.require(phone, "phone");
    }

    @Override
    public String address() {
      return phone.e164();
    }
  }

  /**
   * A postal address for letters, as the lines printed on the envelope.
   *
   * @param lines the address, lines separated by {@code \n}; 1 to 500 characters, not blank
   */
  record Postal(String lines) implements Recipient {
    /** Largest accepted postal address, in characters. */
    public static final int MAX_LENGTH = 500;

    /** Throws {@link InvalidInputException} naming {@code postalAddress} when blank or too long. */
    public Postal {
      lines = Texts.required(lines, "postalAddress", MAX_LENGTH);
    }

    @Override
    public String address() {
      return lines.replace('\n', ',');
    }
  }

  /** An e-mail recipient from text; throws {@link InvalidInputException} naming {@code email}. */
  static Recipient email(String address) {
    return new Email(new EmailAddress(address));
  }

  /** A phone recipient parsed as people write numbers; Indian when no country code is given. */
  static Recipient phone(String number) {
    return new Phone(PhoneNumber.parse(number));
  }
}
