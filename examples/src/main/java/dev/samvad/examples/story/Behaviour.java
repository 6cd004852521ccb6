package dev.samvad.examples.story;

/** How a simulated customer answers the first time they are asked for money. */
public enum Behaviour {
  /** Pays what is due a few days later, without a word; pays later invoices the same way. */
  PAYS,
  /** Replies with the date they will pay, then pays on it (or, if they break their word, not). */
  PROMISES,
  /** Pays the oldest invoice first and promises the rest. */
  PAYS_PART,
  /** Disputes the bill; once a person has settled it, usually pays. */
  DISPUTES,
  /** Says the money has gone, with a UTR; a person checks the bank. */
  CLAIMS_PAID,
  /** Asks for a number of days more, and usually pays when they are up. */
  ASKS_TIME,
  /** Writes that they cannot pay now (cash stuck, illness); a person agrees a plan. */
  HARDSHIP,
  /** Asks not to be messaged on the channel the reminder came on. */
  OPTS_OUT,
  /** Will pay after the March year-end closing, well after the sixty days. */
  SEASONAL,
  /** Neither replies nor pays. */
  SILENT
}
