package dev.samvad.relationship.text;

/** The emotions Samvad tracks in replies because each changes how a follow-up should sound. */
public enum Emotion {
  /** Irritation at the reminders, the bill or us. */
  FRUSTRATION,
  /** Content with the service or the exchange. */
  SATISFACTION,
  /** Wants something done quickly. */
  URGENCY,
  /** Does not understand what is being asked or which bill it is. */
  CONFUSION,
  /** Relies on us, or signals that we can rely on them (firm commitments raise it). */
  TRUST
}
