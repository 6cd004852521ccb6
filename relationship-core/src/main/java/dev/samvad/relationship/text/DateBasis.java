package dev.samvad.relationship.text;

/** Which kind of expression a promised date was resolved from. */
public enum DateBasis {
  /** A calendar date: "15 tarikh", "15th", "15/11", "Nov 15". */
  CALENDAR_DATE,
  /** A day relative to the message: "aaj", "kal", "parson", "in 3 days". */
  RELATIVE_DAY,
  /** A weekday: "Monday", "somvar", "সোমবার" — the next such day after the message. */
  WEEKDAY,
  /** The end of the month: "month end", "mahine ke aakhir". */
  MONTH_END,
  /** A festival from the calendar: "Diwali ke baad", "after Pongal". */
  FESTIVAL,
  /** A period: "next week", "agle mahine" — resolved to its first working day, never firm. */
  PERIOD
}
