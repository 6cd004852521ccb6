package dev.samvad.examples.demo;

import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.sdk.Samvad;
import dev.samvad.sdk.TenantSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  private List<Customer> customers = List.of();

  DemoContext(Samvad samvad, SteppableClock clock, TenantSession session, Portfolio portfolio) {
    this(samvad, clock, session, portfolio, "in-memory (embedded default)");
  }

  DemoContext(
      Samvad samvad,
      SteppableClock clock,
      TenantSession session,
      Portfolio portfolio,
      String store) {
    this.samvad = samvad;
    this.clock = clock;
    this.session = session;
    this.portfolio = portfolio;
    this.store = store;
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

  /** Forgets the cached reads; call after a chapter writes through the session. */
  public void refresh() {
    customers = List.of();
    invoices.clear();
    payments.clear();
    interactions.clear();
  }
}
