package dev.samvad.sdk;

import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long Samvad keeps each kind of personal data before {@link Samvad#purgeExpired} removes it.
 * Invoices and payments are financial records and are never purged; the consent ledger is the
 * record of what the customer agreed to and is kept; the audit trail is append-only and kept by the
 * host's {@link dev.samvad.api.spi.AuditSink} (its entries hold no message text or contact
 * details).
 *
 * @param periods how long each kind is kept; every kind has an entry of at least one day
 */
public record RetentionPolicy(Map<DataKind, Duration> periods) {

  /** A kind of personal data with its own retention period. */
  public enum DataKind {
    /**
     * The text of interactions (messages to and from the customer, call notes), counted from when
     * each happened. The interaction itself (channel, direction, time) stays; its text is blanked.
     * Default 3 years: the limitation period for a suit for money owed (Limitation Act 1963),
     * during which a message may be evidence of an acknowledged debt.
     */
    MESSAGE_TEXT,
    /**
     * Cultural and relationship profiles (judgements about the customer, sentiment history),
     * counted from their last analysis. Default 1 year: they are rebuilt from recent facts.
     */
    PROFILES,
    /**
     * The rendered messages of campaign executions (text and address), counted from when each was
     * queued; only settled executions (sent, delivered, read, failed or cancelled) are removed.
     * Default 3 years, like message text.
     */
    EXECUTION_CONTENT
  }

  /**
   * Checks every kind has a period of at least one day.
   *
   * @throws InvalidInputException naming {@code periods}
   */
  public RetentionPolicy {
    InvalidInputException.require(periods, "periods");
    EnumMap<DataKind, Duration> copy = new EnumMap<>(DataKind.class);
    for (DataKind kind : DataKind.values()) {
      Duration d = periods.get(kind);
      if (d == null) {
        throw new InvalidInputException("periods", "has no period for " + kind);
      }
      if (d.compareTo(Duration.ofDays(1)) < 0) {
        throw new InvalidInputException(
            "periods", kind + " must be kept at least one day, was " + d);
      }
      copy.put(kind, d);
    }
    periods = Map.copyOf(copy);
  }

  /** The defaults: message text 3 years, profiles 1 year, execution content 3 years. */
  public static RetentionPolicy standard() {
    EnumMap<DataKind, Duration> p = new EnumMap<>(DataKind.class);
    p.put(DataKind.MESSAGE_TEXT, Duration.ofDays(3 * 365));
    p.put(DataKind.PROFILES, Duration.ofDays(365));
    p.put(DataKind.EXECUTION_CONTENT, Duration.ofDays(3 * 365));
    return new RetentionPolicy(p);
  }

  /** This policy with {@code kind} kept for {@code period}. */
  public RetentionPolicy keep(DataKind kind, Duration period) {
    EnumMap<DataKind, Duration> p = new EnumMap<>(periods);
    p.put(
        InvalidInputException.require(kind, "kind"),
        InvalidInputException.require(period, "period"));
    return new RetentionPolicy(p);
  }

  /** How long {@code kind} is kept. */
  public Duration period(DataKind kind) {
    return periods.get(kind);
  }
}
