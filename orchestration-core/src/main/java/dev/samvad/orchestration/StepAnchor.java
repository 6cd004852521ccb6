package dev.samvad.orchestration;

/** The invoice date a playbook step is placed relative to. */
public enum StepAnchor {
  /** The day the invoice was issued. */
  ISSUE_DATE,
  /** The day payment falls due under the agreed terms. */
  DUE_DATE
}
