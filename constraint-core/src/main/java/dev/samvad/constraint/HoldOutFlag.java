package dev.samvad.constraint;

/**
 * Whether orchestration adapted its messages to the customer's culture or kept the customer in the
 * hold-out (control) group that receives the plain, unadapted sequence. The uplift of cultural
 * adaptation is measured by comparing the two arms.
 */
public enum HoldOutFlag {
  /** Messages adapted in language, tone and timing (the treatment). */
  ADAPTED,
  /** The control group: the same steps without cultural adaptation. */
  HOLD_OUT
}
