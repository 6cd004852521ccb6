package dev.samvad.orchestration;

/** What a person may do to a campaign directly. Each is audited with who and why. */
public enum ManualAction {
  /** Run the next step now: still only inside the hard contact windows and frequency caps. */
  SEND_NOW,
  /** Stop sending until resumed; creates a review task. */
  PAUSE,
  /** Carry on after a pause or an open task; closes the campaign's open tasks. */
  RESUME,
  /** Skip the next step. */
  SKIP_STEP,
  /** Finish the campaign; nothing more is sent. */
  STOP,
  /**
   * Treat everything as paid and finish: every invoice of the conversation is settled, so a later
   * invoice does not bring them back (record the payment in the ledger too).
   */
  MARK_PAID
}
