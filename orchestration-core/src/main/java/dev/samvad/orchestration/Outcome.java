package dev.samvad.orchestration;

/** How a campaign finished. */
public enum Outcome {
  /** Everything was paid. */
  PAID,
  /** A person verified the payment or marked the campaign paid. */
  MARKED_PAID,
  /** The customer opted out of every channel Samvad could use. */
  OPTED_OUT,
  /** A person stopped the campaign or closed it from a task. */
  STOPPED
}
