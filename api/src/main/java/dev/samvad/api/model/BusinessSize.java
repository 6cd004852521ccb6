package dev.samvad.api.model;

/**
 * Enterprise size as classified under the MSMED Act, 2006 (as revised in 2020), plus LARGE for
 * everything above medium. Micro and small sellers may claim the Act's protection on late payment.
 */
public enum BusinessSize {
  /** Micro enterprise under the MSMED Act. */
  MICRO,
  /** Small enterprise under the MSMED Act. */
  SMALL,
  /** Medium enterprise under the MSMED Act. */
  MEDIUM,
  /** Larger than medium. */
  LARGE;

  /** True for micro and small enterprises, which the MSMED Act's late-payment rules protect. */
  public boolean isMsmedProtected() {
    return this == MICRO || this == SMALL;
  }
}
