package dev.samvad.relationship.text;

/**
 * How much a reply commits its writer. Polite indirect answers ("dekhte hain", "koshish karenge",
 * "paarkalam") are {@link #WEAK}: in Indian business talk they often soften a no, so they must not
 * be read as a promise a campaign can wait on.
 */
public enum CommitmentStrength {
  /** No commitment to pay expressed. */
  NONE,
  /** Hedged or indirect: "will try", "let's see", "it will happen". */
  WEAK,
  /** A plain statement of intent without a specific date or with a vague one. */
  MODERATE,
  /** A specific date or amount and no hedge, or an emphatic "pakka", "sure", "definitely". */
  FIRM
}
