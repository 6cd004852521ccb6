package dev.samvad.culture;

/** The standing of a festival or holiday. */
public enum FestivalKind {
  /** Republic Day, Independence Day, Gandhi Jayanti: closed everywhere by law. */
  NATIONAL_HOLIDAY,
  /** On the central government's gazetted holiday list. */
  GAZETTED,
  /** On the restricted (optional) holiday list. */
  RESTRICTED,
  /** A holiday or major festival in some states or regions. */
  REGIONAL,
  /** A business observance (such as Chopda Pujan) rather than a public holiday. */
  BUSINESS
}
