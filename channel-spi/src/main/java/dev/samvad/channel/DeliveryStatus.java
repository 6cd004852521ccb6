package dev.samvad.channel;

/** Where a sent message stands, as a provider reports it. */
public enum DeliveryStatus {
  /** Waiting at the provider. */
  QUEUED,
  /** Handed to the network. */
  SENT,
  /** Reached the recipient's device or mailbox. */
  DELIVERED,
  /** Opened or read (WhatsApp blue ticks, e-mail open where tracked). */
  READ,
  /** The provider gave up. */
  FAILED,
  /** The address does not take messages (hard bounce, invalid number). */
  BOUNCED;

  /** Whether no later status is expected, apart from {@link #READ} after {@link #DELIVERED}. */
  public boolean isFinal() {
    return this == DELIVERED || this == READ || this == FAILED || this == BOUNCED;
  }
}
