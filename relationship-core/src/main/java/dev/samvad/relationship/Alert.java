package dev.samvad.relationship;

import dev.samvad.api.CustomerId;
import java.time.Instant;
import java.util.List;

/**
 * An early warning about one customer, raised by {@link EarlyWarningDetector}.
 *
 * @param customerId who it is about
 * @param type what was detected
 * @param severity how urgent
 * @param subject what it is about within the type (an invoice, a promise date, or the customer as a
 *     whole); alerts with the same type and subject are merged
 * @param at when it was first raised
 * @param lastSeen the latest occurrence merged into it
 * @param occurrences how many occurrences were merged into it (1 when none)
 * @param evidence the facts behind the latest occurrence, in words
 * @param recommendedAction what a collector should do next
 */
public record Alert(
    CustomerId customerId,
    Type type,
    Severity severity,
    String subject,
    Instant at,
    Instant lastSeen,
    int occurrences,
    List<String> evidence,
    String recommendedAction) {

  /** What an alert detected. */
  public enum Type {
    /** CUSUM: days late shifted up from the customer's usual level. */
    DAYS_LATE_SHIFT,
    /** EWMA: the share of messages answered fell below its control limit. */
    RESPONSE_RATE_DROP,
    /** EWMA: the tone of replies fell below its control limit. */
    SENTIMENT_DROP,
    /** A promised date plus grace passed without the payment. */
    BROKEN_PROMISE,
    /** A customer who answered steadily stopped answering. */
    SILENCE,
    /** Health fell below the warning or critical threshold. */
    HEALTH_THRESHOLD,
    /** The customer disputed an invoice or the claim. */
    DISPUTE_RAISED
  }

  /** How urgent an alert is. */
  public enum Severity {
    INFO,
    WARNING,
    CRITICAL
  }
}
