package dev.samvad.examples.portfolio;

import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.sdk.TenantSession;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Loads a {@link Portfolio} into a tenant through the public {@link TenantSession}, exactly as a
 * host would: customers, then invoices as issued, then payments in the order received (each one
 * reduces its invoices' outstanding amounts), then the messages.
 */
public final class PortfolioLoader {
  /** The time of day the demo's clock stands at on the portfolio's "today". */
  public static final LocalTime MORNING = LocalTime.of(9, 30);

  private PortfolioLoader() {}

  /** What was loaded and how long it took. */
  public record Loaded(
      int customers, int invoices, int payments, int interactions, Duration took) {}

  /** Loads everything; the tenant should be empty. */
  public static Loaded load(Portfolio portfolio, TenantSession session) {
    long start = System.nanoTime();
    for (Customer customer : portfolio.customers()) {
      session.putCustomer(customer);
    }
    for (Invoice invoice : portfolio.invoices()) {
      session.putInvoice(invoice);
    }
    for (Payment payment : portfolio.payments()) {
      session.recordPayment(payment);
    }
    for (Interaction interaction : portfolio.interactions()) {
      session.recordInteraction(interaction);
    }
    return new Loaded(
        portfolio.customers().size(),
        portfolio.invoices().size(),
        portfolio.payments().size(),
        portfolio.interactions().size(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * A clock standing on the portfolio's "today" at {@link #MORNING} in India, so that everything
   * time-dependent agrees with the frozen book; later demo chapters step it forward.
   */
  public static SteppableClock clockAt(Portfolio portfolio) {
    return SteppableClock.startingAt(
        portfolio.today().atTime(MORNING).atZone(ZoneId.of("Asia/Kolkata")).toInstant());
  }
}
