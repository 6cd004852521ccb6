package dev.samvad.culture;

/**
 * Why Samvad concluded something: which input, and what it said.
 *
 * @param source where it came from
 * @param detail the input in words, e.g. {@code GSTIN state code 27}
 */
public record Evidence(Source source, String detail) {

  /** Kinds of input, strongest first in the order profiles weigh them. */
  public enum Source {
    /** A host or tenant override. */
    TENANT_OVERRIDE,
    /** Something the customer stated (their language, their title). */
    STATED,
    /** The customer's own replies: their language and script. */
    REPLIES,
    /** The customer's observed behaviour (when they answer, on which channel). */
    BEHAVIOUR,
    /** The state code of the GSTIN. */
    GSTIN,
    /** The PIN code. */
    PIN,
    /** The city name. */
    CITY,
    /** An address's declared state. */
    ADDRESS_STATE,
    /** The business type or size. */
    BUSINESS_FACTS,
    /** The reference default for the customer's state. */
    STATE_DEFAULT,
    /** The reference default for the customer's region. */
    REGION_DEFAULT,
    /** A country-level figure. */
    COUNTRY_DEFAULT,
    /** A rule of our own, not a published fact. */
    HEURISTIC
  }
}
