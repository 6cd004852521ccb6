package dev.samvad.api.consent;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.util.Optional;

/**
 * Whether Samvad may contact a customer on a channel at a moment, and on what ground.
 *
 * @param channel the channel
 * @param kind the ground, or {@link Kind#NONE}
 * @param reason a sentence for people and audit trails, e.g. "consent withdrawn at … (reply)"
 * @param entry the ledger entry it rests on (the consent, or the withdrawal that ended it), if any
 */
public record ContactBasis(
    ChannelKind channel, Kind kind, String reason, Optional<ConsentEntry> entry) {

  /** The ground for contact. */
  public enum Kind {
    /** The customer's recorded consent on this channel. */
    CONSENT,
    /**
     * A legitimate use (DPDP Act 2023, s.7(a)): the customer gave these contact details for the
     * contract the invoices belong to, and has not said they do not consent.
     */
    LEGITIMATE_USE,
    /** No ground: consent withdrawn, or needed and never given. Nothing may be sent. */
    NONE
  }

  /** Requires every part. */
  public ContactBasis {
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(kind, "kind");
    InvalidInputException.require(reason, "reason");
    InvalidInputException.require(entry, "entry");
  }

  /** True unless {@link Kind#NONE}. */
  public boolean permitsContact() {
    return kind != Kind.NONE;
  }
}
