package dev.samvad.api.model;

/**
 * Enterprise size as classified under the MSMED Act, 2006 (as revised in 2020), plus LARGE for
 * everything above medium. Micro and small sellers may claim the Act's protection on late payment.
 */
public enum BusinessSize {
  MICRO,
  SMALL,
  MEDIUM,
  LARGE;

  /** True for micro and small enterprises, which the MSMED Act's late-payment rules protect. */
  public boolean isMsmedProtected() {
    return this == MICRO || this == SMALL;
  }
}
