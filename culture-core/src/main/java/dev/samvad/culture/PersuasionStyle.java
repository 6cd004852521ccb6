package dev.samvad.culture;

/** What a message leans on to move the customer. */
public enum PersuasionStyle {
  /** The continuing relationship and mutual trust. */
  RELATIONSHIP,
  /** Agreed terms and the law (e.g. the MSMED Act), stated formally. */
  TERMS,
  /** Plain facts: amount, dates, what happens next. */
  FACTS
}
