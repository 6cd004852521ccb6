package dev.samvad.orchestration.runtime;

/** Where one outbound message stands. */
public enum ExecutionStatus {
  /** In the outbox, waiting for dispatch (first attempt, a retry, or a permitted time). */
  QUEUED,
  /** An attempt is in flight: handed to the channel, its result not yet recorded. */
  SENDING,
  /** The channel accepted it. */
  SENT,
  /** The provider reports it delivered. */
  DELIVERED,
  /** The provider reports it read. */
  READ,
  /** It could not be delivered on its channel; the campaign was told and fell back. */
  FAILED,
  /** Not sent: the campaign no longer wanted it (paid, paused, opted out, superseded). */
  CANCELLED;

  /** Whether nothing more will be attempted. */
  public boolean isSettled() {
    return this != QUEUED && this != SENDING;
  }
}
