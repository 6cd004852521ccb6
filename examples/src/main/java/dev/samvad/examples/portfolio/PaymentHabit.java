package dev.samvad.examples.portfolio;

/**
 * How a synthetic customer pays. The habit drives the generator and is written to the portfolio's
 * ground truth so later engines (behaviour patterns, risk prediction) can be scored against it; the
 * SDK itself is never told.
 */
public enum PaymentHabit {
  /** Pays on or a few days before the due date. */
  PROMPT,
  /** Usually pays 10 to 20 days after the due date. */
  SLIGHTLY_LATE,
  /** Pays one to four months late, often after promising sooner. */
  CHRONIC_LATE,
  /** Pays part of each invoice, the rest much later or not at all. */
  PARTIAL,
  /** Pays most invoices but disputes some and withholds them. */
  DISPUTER,
  /** Paid reasonably, then stopped paying and replying a few months ago. */
  GOING_SILENT,
  /** Saves up and pays in lumps around the festival season and the March year-end. */
  SEASONAL
}
