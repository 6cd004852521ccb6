package dev.samvad.examples.demo;

import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.examples.story.HealthScores;
import dev.samvad.examples.story.Outbox;
import dev.samvad.examples.story.StoryResult;
import dev.samvad.sdk.Samvad;
import dev.samvad.sdk.TenantSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the chapters share: the embedded Samvad and its clock, the demo tenant's session, the
 * portfolio as loaded, and read-through caches of each customer's records as the SDK returns them
 * (so a chapter sees the store's state — balances after payments — not the raw file).
 */
public final class DemoContext {
  private final Samvad samvad;
  private final SteppableClock clock;
  private final TenantSession session;
  private final Portfolio portfolio;
  private final String store;
  private final Map<CustomerId, List<Invoice>> invoices = new HashMap<>();
  private final Map<CustomerId, List<Payment>> payments = new HashMap<>();
  private final Map<CustomerId, List<Interaction>> interactions = new HashMap<>();
  private final Optional<Outbox> outbox;
  private List<Customer> customers = List.of();
  private Map<CustomerId, Double> health = Map.of();
  private Optional<StoryResult> story = Optional.empty();

  DemoContext(Samvad samvad, SteppableClock clock, TenantSession session, Portfolio portfolio) {
    this(samvad, clock, session, portfolio, "in-memory (embedded default)", Optional.empty());
  }

  DemoContext(
      Samvad samvad,
      SteppableClock clock,
      TenantSession session,
      Portfolio portfolio,
      String store,
      Optional<Outbox> outbox) {
    this.samvad = samvad;
    this.clock = clock;
    this.session = session;
    this.portfolio = portfolio;
    this.store = store;
    this.outbox = outbox;
  }

  /** Where Samvad keeps the demo's state, for people. */
  public String store() {
    return store;
  }

  /** The embedded Samvad. */
  public Samvad samvad() {
    return samvad;
  }

  /** The clock Samvad runs on; chapters that simulate time step it forward. */
  public SteppableClock clock() {
    return clock;
  }

  /** The tenant the portfolio is loaded into. */
  public TenantId tenant() {
    return session.tenantId();
  }

  /** The demo tenant's session. */
  public TenantSession session() {
    return session;
  }

  /** The portfolio as read from the bundled file. */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** The portfolio's "today". */
  public LocalDate today() {
    return portfolio.today();
  }

  /** The tenant's customers as stored, in id order. */
  public List<Customer> customers() {
    if (customers.isEmpty()) {
      customers = session.customers();
    }
    return customers;
  }

  /** A customer's invoices as stored (outstanding amounts reflect the payments). */
  public List<Invoice> invoices(CustomerId customer) {
    return invoices.computeIfAbsent(customer, session::invoices);
  }

  /** A customer's payments as stored. */
  public List<Payment> payments(CustomerId customer) {
    return payments.computeIfAbsent(customer, session::payments);
  }

  /** A customer's messages up to now, as stored. */
  public List<Interaction> interactions(CustomerId customer) {
    return interactions.computeIfAbsent(
        customer, id -> session.interactions(id, Instant.EPOCH, clock.instant()));
  }

  /** The outbox every channel of the demo's Samvad writes to, when it has one. */
  public Optional<Outbox> outbox() {
    return outbox;
  }

  /**
   * Each customer's relationship health, as the relationship chapter found it, else asked of the
   * JSON API now.
   */
  public Map<CustomerId, Double> health() {
    if (health.isEmpty()) {
      health =
          HealthScores.of(
              samvad.jsonApi(), tenant(), customers().stream().map(Customer::id).toList());
    }
    return health;
  }

  /** Keeps the health scores a chapter computed, for later chapters. */
  void rememberHealth(Map<CustomerId, Double> scores) {
    health = Map.copyOf(scores);
  }

  /** The sixty-day story, once a chapter has run it. */
  public Optional<StoryResult> story() {
    return story;
  }

  void rememberStory(StoryResult result) {
    story = Optional.of(result);
  }

  /** Forgets the cached reads; call after a chapter writes through the session. */
  public void refresh() {
    customers = List.of();
    invoices.clear();
    payments.clear();
    interactions.clear();
  }
}
