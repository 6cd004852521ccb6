package dev.samvad.examples.demo;

/**
 * The usual ageing buckets of an open balance, by days past the due date.
 *
 * <p>Receivables KPIs belong to constraint-core; when it offers ageing, the chapters should use it
 * instead of this enum so there is one definition.
 */
enum AgeingBucket {
  CURRENT("Not yet due", Long.MIN_VALUE, 0),
  DAYS_1_30("1-30 days", 1, 30),
  DAYS_31_60("31-60 days", 31, 60),
  DAYS_61_90("61-90 days", 61, 90),
  OVER_90("Over 90 days", 91, Long.MAX_VALUE);

  final String label;
  private final long from;
  private final long to;

  AgeingBucket(String label, long from, long to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  static AgeingBucket of(long daysPastDue) {
    for (AgeingBucket bucket : values()) {
      if (daysPastDue >= bucket.from && daysPastDue <= bucket.to) {
        return bucket;
      }
    }
    throw new AssertionError(daysPastDue);
  }
}
