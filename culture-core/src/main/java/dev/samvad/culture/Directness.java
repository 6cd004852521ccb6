package dev.samvad.culture;

/** How plainly to state a request for money. */
public enum Directness {
  /** Soften and imply; leave room to save face. */
  INDIRECT,
  /** Clear but cushioned. */
  BALANCED,
  /** State the ask and the date plainly. */
  DIRECT
}
