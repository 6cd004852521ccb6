package dev.samvad.orchestration.runtime;

/**
 * Points where a test may make the runtime die, to show that a fresh runtime over the same store
 * carries on without losing work or sending twice. See {@link CrashHook}.
 */
enum CrashPoint {
  /** Due items were claimed (the leases are committed) and none has been worked on. */
  AFTER_CLAIM,
  /** A channel accepted or refused a message and the result is not yet recorded. */
  AFTER_SEND,
  /** An item's result is committed (lease completed or released), before the next item. */
  AFTER_RECORD,
  /** Inside a decision's unit of work, after its writes, before it commits. */
  MID_APPLY
}
