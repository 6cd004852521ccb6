package dev.samvad.constraint;

/** Goldratt's five focusing steps, in order. */
public enum FocusingStep {
  /** Identify the constraint. */
  IDENTIFY,
  /** Get the most out of it as it is. */
  EXPLOIT,
  /** Make everything else serve it. */
  SUBORDINATE,
  /** Add capacity or change the rule behind it. */
  ELEVATE,
  /** Once it is broken, look again; do not let inertia become the constraint. */
  REPEAT
}
