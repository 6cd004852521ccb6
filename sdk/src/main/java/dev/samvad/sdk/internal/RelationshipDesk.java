package dev.samvad.sdk.internal;

import dev.samvad.api.CustomerId;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.relationship.Alert;
import dev.samvad.relationship.CustomerHistory;
import dev.samvad.relationship.RelationshipAnalysis;
import dev.samvad.relationship.RelationshipIntelligence;
import dev.samvad.relationship.TrendDirection;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.relationship.text.ReplyText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's door to relationship intelligence: gathers a customer's history from the ledger
 * (invoices, payments, interactions), runs {@link RelationshipIntelligence} on it as of Samvad's
 * clock, and keeps a compact health point per analysis (the last {@value #MAX_POINTS}) for the
 * health endpoint.
 *
 * <p>Health points live in the relationship-profile store under a key of their own, {@code
 * rh:<customerId>} (or {@code rh:} and a SHA-256 digest when the id is too long), because the
 * customer's own key holds the sentiment history that {@link ReplyDesk} reads strictly: the two
 * documents never touch each other. The document names its customer, so a real customer whose id
 * happens to start with {@code rh:} can never be mistaken for a health document.
 */
public final class RelationshipDesk {
  /** Health points kept per customer; older ones are dropped first. */
  public static final int MAX_POINTS = 1000;

  /** Schema version of the stored health document. */
  static final int SCHEMA_VERSION = 1;

  /** Decisions are taken in Indian Standard Time. */
  static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private static final String KEY_PREFIX = "rh:";

  /**
   * One analysis, as the health history keeps it.
   *
   * @param at when it ran, by Samvad's clock
   * @param date its day in India
   * @param score 0–100
   * @param direction the engine's trend at that moment
   * @param slopePerMonth points per 30 days
   * @param topDriver the strongest driver, or empty text when none
   * @param alerts how many alerts were active
   */
  public record HealthPoint(
      Instant at,
      LocalDate date,
      double score,
      TrendDirection direction,
      double slopePerMonth,
      String topDriver,
      int alerts) {}

  /** The stored document. */
  record HealthDocument(String customerId, List<HealthPoint> points, int dropped) {}

  /**
   * What the ledger holds about a customer.
   *
   * @param known whether the customer is in the ledger
   * @param customer the customer, when known
   * @param invoices their invoices
   * @param payments their payments
   * @param interactions their interactions up to now
   */
  public record LedgerFacts(
      boolean known,
      Optional<Customer> customer,
      List<Invoice> invoices,
      List<Payment> payments,
      List<Interaction> interactions) {

    /** A history builder already holding the ledger's facts. */
    public CustomerHistory.Builder history(CustomerId id) {
      CustomerHistory.Builder b = CustomerHistory.builder(id).invoices(invoices).payments(payments);
      b.interactions(interactions);
      return b;
    }
  }

  private final TenantId tenant;
  private final TenantStore store;
  private final RelationshipIntelligence intelligence;
  private final ReplyAnalyzer reader;
  private final CultureEngines culture;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;

  public RelationshipDesk(
      TenantId tenant,
      TenantStore store,
      RelationshipIntelligence intelligence,
      ReplyAnalyzer reader,
      CultureEngines culture,
      Clock clock,
      AuditSink audit,
      String actor) {
    this.tenant = tenant;
    this.store = store;
    this.intelligence = intelligence;
    this.reader = reader;
    this.culture = culture;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
  }

  /** Samvad's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** Today in India by Samvad's clock. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), INDIA);
  }

  /** The engine in use. */
  public RelationshipIntelligence intelligence() {
    return intelligence;
  }

  /** Reads one reply with the rule-based reader; pure. */
  public ReplyAnalysis read(ReplyText reply) {
    return reader.analyze(reply);
  }

  /** The customer's invoices, payments and interactions (up to now) in one unit of work. */
  public LedgerFacts ledger(CustomerId customer) {
    Instant until = clock.instant().plusSeconds(1);
    return store.inTransaction(
        uow -> {
          Optional<Customer> found = uow.customers().find(customer).map(Versioned::value);
          if (found.isEmpty()) {
            return new LedgerFacts(false, Optional.empty(), List.of(), List.of(), List.of());
          }
          return new LedgerFacts(
              true,
              found,
              values(uow.invoices().byCustomer(customer)),
              values(uow.payments().byCustomer(customer)),
              InteractionPages.readAll(uow.interactions(), customer, Instant.EPOCH, until));
        });
  }

  /** Runs the engine as of now and keeps a health point; audited. */
  public RelationshipAnalysis analyze(CustomerHistory history) {
    Instant now = clock.instant();
    RelationshipAnalysis analysis = intelligence.analyze(history, now);
    remember(history.customerId(), analysis, now);
    return analysis;
  }

  /** Runs the engine as of now without storing anything. */
  public RelationshipAnalysis peek(CustomerHistory history) {
    return intelligence.analyze(history, clock.instant());
  }

  /**
   * The customer's stored health points, oldest first.
   *
   * @throws NotFoundException when the customer was never analysed
   */
  public List<HealthPoint> healthHistory(CustomerId customer) {
    return store
        .inTransaction(uow -> storedHistory(culture, uow, customer))
        .orElseThrow(() -> new NotFoundException("relationship health", customer.value()));
  }

  /** The customer's stored health points, oldest first; empty when none were ever stored. */
  private static Optional<List<HealthPoint>> storedHistory(
      CultureEngines culture, UnitOfWork uow, CustomerId customer) {
    return uow.relationshipProfiles()
        .find(key(customer))
        .map(v -> culture.documents.read(v.value(), HealthDocument.class, "health history"))
        .filter(d -> d.customerId().equals(customer.value()))
        .map(HealthDocument::points);
  }

  private void remember(CustomerId customer, RelationshipAnalysis a, Instant now) {
    List<String> drivers = a.health().drivers();
    List<Alert> alerts = a.alerts();
    HealthPoint point =
        new HealthPoint(
            now,
            LocalDate.ofInstant(now, INDIA),
            a.health().score(),
            a.health().trend().direction(),
            a.health().trend().slopePerMonth(),
            drivers.isEmpty() ? "" : drivers.get(0),
            alerts.size());
    CustomerId key = key(customer);
    store.inTransaction(
        uow -> {
          Optional<Versioned<ProfileDocument>> existing = uow.relationshipProfiles().find(key);
          HealthDocument old =
              existing
                  .map(
                      v ->
                          culture.documents.read(v.value(), HealthDocument.class, "health history"))
                  .orElse(new HealthDocument(customer.value(), List.of(), 0));
          List<HealthPoint> points = new ArrayList<>(old.points());
          points.add(point);
          points.sort(Comparator.comparing(HealthPoint::at));
          int dropped = old.dropped();
          if (points.size() > MAX_POINTS) {
            dropped += points.size() - MAX_POINTS;
            points = new ArrayList<>(points.subList(points.size() - MAX_POINTS, points.size()));
          }
          ProfileDocument doc =
              new ProfileDocument(
                  key,
                  culture.documents.write(
                      new HealthDocument(customer.value(), points, dropped), "a health history"),
                  SCHEMA_VERSION,
                  now);
          write(uow, doc, existing);
          audit.append(
              new AuditEntry(
                  tenant,
                  actor,
                  "relationship.analyze",
                  "customer:" + customer.value(),
                  now,
                  Map.of(
                      "score",
                      String.format(java.util.Locale.ROOT, "%.1f", point.score()),
                      "alerts",
                      Integer.toString(point.alerts()))));
          return null;
        });
  }

  private static void write(
      UnitOfWork uow, ProfileDocument doc, Optional<Versioned<ProfileDocument>> existing) {
    if (existing.isPresent()) {
      uow.relationshipProfiles().update(doc, existing.get().version());
    } else {
      uow.relationshipProfiles().insert(doc);
    }
  }

  /** The store key of a customer's health document. */
  /** The latest stored health score of {@code customer}, read inside {@code uow}; empty if none. */
  static Optional<Double> latestHealth(
      CultureEngines culture, UnitOfWork uow, CustomerId customer) {
    return storedHistory(culture, uow, customer)
        .filter(points -> !points.isEmpty())
        .map(points -> points.get(points.size() - 1).score());
  }

  static CustomerId key(CustomerId customer) {
    String id = customer.value();
    if (KEY_PREFIX.length() + id.length() <= 64) {
      return new CustomerId(KEY_PREFIX + id);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return new CustomerId(KEY_PREFIX + HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static <T> List<T> values(List<Versioned<T>> versioned) {
    List<T> out = new ArrayList<>(versioned.size());
    for (Versioned<T> v : versioned) {
      out.add(v.value());
    }
    return out;
  }
}
