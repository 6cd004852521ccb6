package dev.samvad.sdk.internal;

import dev.samvad.api.CustomerId;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.Versioned;
import dev.samvad.relationship.text.Emotion;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.HybridResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's door to reply reading: analyses messages with the rule-based reader and keeps each
 * customer's sentiment history (the last {@value #MAX_HISTORY} points) for trend queries.
 */
public final class ReplyDesk {
  /** Points kept per customer; older ones are dropped first. */
  public static final int MAX_HISTORY = 2000;

  /** Schema version of the stored history document. */
  static final int SCHEMA_VERSION = 1;

  /**
   * One analysed message, as the history keeps it.
   *
   * @param at when the customer wrote it
   * @param polarity in [−1, 1]
   * @param emotions emotion scores in [0, 1]
   * @param language the language read
   * @param primaryIntent the strongest intent
   */
  public record SentimentPoint(
      Instant at,
      double polarity,
      Map<Emotion, Double> emotions,
      String language,
      String primaryIntent) {}

  /** The stored history of one customer. */
  record SentimentHistory(List<SentimentPoint> points, int dropped) {}

  private final TenantId tenant;
  private final TenantStore store;
  private final ReplyAnalyzer analyzer;
  private final CultureEngines culture;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;
  private final HybridPolicy hybrid;

  public ReplyDesk(
      TenantId tenant,
      TenantStore store,
      ReplyAnalyzer analyzer,
      CultureEngines culture,
      Clock clock,
      AuditSink audit,
      String actor,
      HybridPolicy hybrid) {
    this.hybrid = hybrid;
    this.tenant = tenant;
    this.store = store;
    this.analyzer = analyzer;
    this.culture = culture;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
  }

  /** Samvad's clock, for defaults such as the end of a trend query. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Reads each reply under the hybrid policy: the rules at once, the language model (when one is
   * configured) within one shared deadline. Nothing stored.
   */
  public List<HybridResult<ReplyAnalysis>> read(List<ReplyText> replies) {
    return hybrid.readReplies(tenant, analyzer, replies);
  }

  /** Adds analysed messages to the customer's sentiment history in one unit of work. */
  public int remember(CustomerId customer, List<ReplyText> replies, List<ReplyAnalysis> analyses) {
    Instant now = clock.instant();
    return store.inTransaction(
        uow -> {
          Optional<Versioned<ProfileDocument>> existing = uow.relationshipProfiles().find(customer);
          SentimentHistory history =
              existing
                  .map(
                      v ->
                          culture.documents.read(
                              v.value(), SentimentHistory.class, "sentiment history"))
                  .orElse(new SentimentHistory(List.of(), 0));
          List<SentimentPoint> points = new ArrayList<>(history.points());
          for (int i = 0; i < analyses.size(); i++) {
            points.add(point(replies.get(i).receivedAt(), analyses.get(i)));
          }
          points.sort(Comparator.comparing(SentimentPoint::at));
          int dropped = history.dropped();
          if (points.size() > MAX_HISTORY) {
            dropped += points.size() - MAX_HISTORY;
            points = new ArrayList<>(points.subList(points.size() - MAX_HISTORY, points.size()));
          }
          ProfileDocument doc =
              new ProfileDocument(
                  customer,
                  culture.documents.write(
                      new SentimentHistory(points, dropped), "a sentiment history"),
                  SCHEMA_VERSION,
                  now);
          if (existing.isPresent()) {
            uow.relationshipProfiles().update(doc, existing.get().version());
          } else {
            uow.relationshipProfiles().insert(doc);
          }
          audit.append(
              new AuditEntry(
                  tenant,
                  actor,
                  "relationship.sentiment.record",
                  "customer:" + customer.value(),
                  now,
                  Map.of("messages", Integer.toString(analyses.size()))));
          return points.size();
        });
  }

  /**
   * The customer's sentiment history in {@code [from, to)}.
   *
   * @throws NotFoundException when nothing was ever analysed for the customer
   */
  public List<SentimentPoint> history(CustomerId customer, Instant from, Instant to) {
    return store.inTransaction(
        uow ->
            uow
                .relationshipProfiles()
                .find(customer)
                .map(
                    v ->
                        culture
                            .documents
                            .read(v.value(), SentimentHistory.class, "sentiment history")
                            .points())
                .orElseThrow(() -> new NotFoundException("sentiment history", customer.value()))
                .stream()
                .filter(p -> !p.at().isBefore(from) && p.at().isBefore(to))
                .toList());
  }

  private static SentimentPoint point(Instant at, ReplyAnalysis a) {
    Map<Emotion, Double> emotions = new EnumMap<>(Emotion.class);
    for (Emotion e : Emotion.values()) {
      emotions.put(e, a.sentiment().emotion(e).score());
    }
    return new SentimentPoint(
        at,
        a.sentiment().polarity(),
        emotions,
        a.language().language().tag(),
        a.primaryIntent().name());
  }
}
