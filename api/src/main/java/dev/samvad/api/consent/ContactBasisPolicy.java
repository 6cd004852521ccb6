package dev.samvad.api.consent;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's rule for the lawful basis of contact, per channel: either the customer's recorded
 * consent is required, or the legitimate use of delivering invoices and following up payment under
 * an existing contract suffices (DPDP Act 2023, s.7(a)). WhatsApp always requires consent
 * (WhatsApp's business policy asks for an opt-in). Whatever the rule, a withdrawal on the channel
 * means no basis until consent is given again.
 *
 * @param requirements what each channel needs; every channel has an entry
 * @param legitimateUse the purpose stated for legitimate use, shown in {@link ContactBasis#reason}
 */
public record ContactBasisPolicy(Map<ChannelKind, Requirement> requirements, String legitimateUse) {

  /** The purpose of the default legitimate use. */
  public static final String INVOICE_FOLLOW_UP =
      "invoice delivery and payment follow-up under an existing contract";

  /** The source of the consent a contact's {@code whatsappOptIn} flag stands for. */
  public static final String CONTACT_RECORD = "contact record";

  /** What a channel needs before anything is sent on it. */
  public enum Requirement {
    /** Recorded consent. */
    CONSENT,
    /** Recorded consent, or legitimate use when nothing was ever recorded on the channel. */
    CONSENT_OR_LEGITIMATE_USE
  }

  /**
   * Checks every channel has a requirement and WhatsApp requires consent.
   *
   * @throws InvalidInputException naming {@code requirements} or {@code legitimateUse}
   */
  public ContactBasisPolicy {
    InvalidInputException.require(requirements, "requirements");
    InvalidInputException.require(legitimateUse, "legitimateUse");
    if (legitimateUse.isBlank() || legitimateUse.length() > ConsentEntry.MAX_TEXT) {
      throw new InvalidInputException(
          "legitimateUse", "must be 1 to " + ConsentEntry.MAX_TEXT + " characters");
    }
    EnumMap<ChannelKind, Requirement> copy = new EnumMap<>(ChannelKind.class);
    for (ChannelKind channel : ChannelKind.values()) {
      Requirement r = requirements.get(channel);
      if (r == null) {
        throw new InvalidInputException("requirements", "has no requirement for " + channel);
      }
      copy.put(channel, r);
    }
    if (copy.get(ChannelKind.WHATSAPP) != Requirement.CONSENT) {
      throw new InvalidInputException(
          "requirements", "WHATSAPP always requires recorded consent (an opt-in)");
    }
    requirements = Map.copyOf(copy);
  }

  /**
   * The default: e-mail, SMS, voice and letters rest on the legitimate use of invoice delivery and
   * payment follow-up until the customer withdraws; WhatsApp needs recorded consent.
   */
  public static ContactBasisPolicy standard() {
    EnumMap<ChannelKind, Requirement> r = new EnumMap<>(ChannelKind.class);
    for (ChannelKind channel : ChannelKind.values()) {
      r.put(channel, Requirement.CONSENT_OR_LEGITIMATE_USE);
    }
    r.put(ChannelKind.WHATSAPP, Requirement.CONSENT);
    return new ContactBasisPolicy(r, INVOICE_FOLLOW_UP);
  }

  /** Recorded consent on every channel: nothing goes to a customer who has not consented. */
  public static ContactBasisPolicy consentEverywhere() {
    EnumMap<ChannelKind, Requirement> r = new EnumMap<>(ChannelKind.class);
    for (ChannelKind channel : ChannelKind.values()) {
      r.put(channel, Requirement.CONSENT);
    }
    return new ContactBasisPolicy(r, INVOICE_FOLLOW_UP);
  }

  /** This policy with {@code channel} needing {@code requirement}. */
  public ContactBasisPolicy with(ChannelKind channel, Requirement requirement) {
    EnumMap<ChannelKind, Requirement> r = new EnumMap<>(requirements);
    r.put(
        InvalidInputException.require(channel, "channel"),
        InvalidInputException.require(requirement, "requirement"));
    return new ContactBasisPolicy(r, legitimateUse);
  }

  /**
   * The basis for contacting the customer on {@code channel} at {@code at}. The ledger's latest
   * entry on the channel at or before {@code at} decides when there is one: a withdrawal means no
   * basis, a consent is the basis. With no entry, a contact's WhatsApp opt-in counts as consent
   * recorded on the contact, and a channel that accepts legitimate use has it.
   *
   * @param ledger the customer's consent ledger
   * @param contactOptIn whether a contact of the customer has {@code whatsappOptIn} set
   */
  public ContactBasis basis(
      ConsentRecord ledger, ChannelKind channel, Instant at, boolean contactOptIn) {
    InvalidInputException.require(ledger, "ledger");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(at, "at");
    Optional<ConsentEntry> standing = ledger.standingAt(channel, at);
    if (standing.isPresent()) {
      ConsentEntry e = standing.get();
      if (e.action() == ConsentEntry.Action.WITHDRAWN) {
        return new ContactBasis(
            channel,
            ContactBasis.Kind.NONE,
            "consent on " + channel + " withdrawn at " + e.at() + " (" + e.source() + ")",
            standing);
      }
      return new ContactBasis(
          channel,
          ContactBasis.Kind.CONSENT,
          "consent on "
              + channel
              + " given at "
              + e.at()
              + " ("
              + e.source()
              + ") for "
              + e.purpose().orElse(""),
          standing);
    }
    if (channel == ChannelKind.WHATSAPP && contactOptIn) {
      return new ContactBasis(
          channel,
          ContactBasis.Kind.CONSENT,
          "WhatsApp opt-in on the " + CONTACT_RECORD,
          Optional.empty());
    }
    if (requirements.get(channel) == Requirement.CONSENT_OR_LEGITIMATE_USE) {
      return new ContactBasis(
          channel, ContactBasis.Kind.LEGITIMATE_USE, "legitimate use: " + legitimateUse, standing);
    }
    return new ContactBasis(
        channel,
        ContactBasis.Kind.NONE,
        "no consent recorded on " + channel + ", which the tenant's policy requires",
        standing);
  }
}
