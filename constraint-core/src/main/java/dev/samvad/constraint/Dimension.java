package dev.samvad.constraint;

/** The ways KPIs and the funnel are broken down. */
public enum Dimension {
  /** The customer's region. */
  REGION,
  /** The language the customer is written to in. */
  LANGUAGE,
  /**
   * The invoice's main channel: the channel of its first delivered message, else of its first
   * attempt, else {@code NONE} when it was never messaged.
   */
  CHANNEL,
  /** The orchestration playbook. */
  PLAYBOOK,
  /** The customer's enterprise size. */
  SIZE
}
