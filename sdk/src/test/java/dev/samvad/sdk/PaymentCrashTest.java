package dev.samvad.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.api.spi.EventSink;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.memory.InMemoryStore;
import dev.samvad.channel.OutboxChannel;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Outcome;
import dev.samvad.orchestration.runtime.ExecutionView;
import dev.samvad.storage.jdbc.EmbeddedPostgresHolder;
import dev.samvad.storage.jdbc.JdbcStore;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A payment recorded through the SDK reaches the customer's campaign even when the process dies
 * between the ledger's commit and the campaign's update: a fresh {@link Samvad} over the same store
 * applies it on its first due pass, before the reminder that was due, and nothing asks the customer
 * for money afterwards. Run on the in-memory store and on PostgreSQL.
 */
class PaymentCrashTest {
  private static final TenantId ACME = ApiClient.ACME;
  private static final CustomerId CUSTOMER = new CustomerId("C-1");

  /** Stands for the process dying: an {@link Error}, which the ledger does not catch. */
  static final class ProcessDied extends Error {
    ProcessDied() {
      super("the process died after the payment committed");
    }
  }

  @Test
  void onTheInMemoryStore() {
    survivesACrashAfterThePaymentCommits(InMemoryStore.create());
  }

  @Test
  void onPostgres() {
    try (HikariDataSource pool =
            EmbeddedPostgresHolder.pool(EmbeddedPostgresHolder.newDatabase("payment_crash"), 4);
        JdbcStore store = JdbcStore.create(pool)) {
      survivesACrashAfterThePaymentCommits(store);
    }
  }

  @Test
  void withoutACrashThePaymentStopsTheCampaignAtOnce() {
    SteppableClock clock = SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
    try (Samvad samvad = samvad(clock, InMemoryStore.create(), event -> {})) {
      CampaignId campaign = campaignWithReminderDue(samvad, clock);
      samvad.tenant(ACME).recordPayment(fullPayment());

      CampaignState state = samvad.tenant(ACME).campaign(campaign);
      assertEquals(CampaignState.Phase.FINISHED, state.phase());
      assertEquals(java.util.Optional.of(Outcome.PAID), state.outcome());
    }
  }

  private static void survivesACrashAfterThePaymentCommits(SamvadStore store) {
    SteppableClock clock = SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
    AtomicBoolean armed = new AtomicBoolean();
    EventSink dies =
        event -> {
          // The ledger publishes payment.recorded after its commit and before it tells the
          // campaigns: dying here is dying in between.
          if (event.type().equals("payment.recorded") && armed.getAndSet(false)) {
            throw new ProcessDied();
          }
        };
    Samvad first = samvad(clock, store, dies);
    CampaignId campaign = campaignWithReminderDue(first, clock);

    armed.set(true);
    assertThrows(ProcessDied.class, () -> first.tenant(ACME).recordPayment(fullPayment()));
    // The ledger committed; the campaign never heard of the payment.
    assertEquals(1, first.tenant(ACME).payments(CUSTOMER).size());
    CampaignState unaware = first.tenant(ACME).campaign(campaign);
    assertEquals(CampaignState.Phase.ACTIVE, unaware.phase());
    assertTrue(
        unaware.wakeAt().orElseThrow().compareTo(clock.instant()) <= 0,
        "a reminder step is due at the crash: " + unaware.wakeAt());
    Instant paidAt = clock.instant();

    // A new process over the same store; the dead one is never closed.
    try (Samvad second = samvad(clock, store, event -> {})) {
      second.runDue(clock.instant());
      CampaignState settled = second.tenant(ACME).campaign(campaign);
      assertEquals(CampaignState.Phase.FINISHED, settled.phase());
      assertEquals(java.util.Optional.of(Outcome.PAID), settled.outcome());
      assertTrue(settled.items().stream().noneMatch(i -> i.open()), settled.items().toString());
      assertTrue(settled.outstanding().isZero(), "nothing is owed after the payment");

      Instant end = clock.instant().plus(Duration.ofDays(30));
      while (clock.instant().isBefore(end)) {
        second.runDue(clock.instant());
        clock.advance(Duration.ofHours(2));
      }
      List<ExecutionView> after = second.tenant(ACME).executions(campaign);
      for (ExecutionView view : after) {
        boolean askedAfterPaying =
            view.intent().asksForMoney()
                && view.sentAt().map(at -> !at.isBefore(paidAt)).orElse(false);
        assertFalse(askedAfterPaying, "asked for money after the payment: " + view);
      }
    }
  }

  private static Samvad samvad(SteppableClock clock, SamvadStore store, EventSink events) {
    return Samples.campaignReady(clock, OutboxChannel.to(new StringWriter(), clock, 10_000))
        .store(store)
        .eventSink(events)
        .build();
  }

  /**
   * A customer whose campaign has sent its first messages and has its next step due now, with no
   * pass run since.
   */
  private static CampaignId campaignWithReminderDue(Samvad samvad, SteppableClock clock) {
    TenantSession host = samvad.tenant(ACME);
    host.putCustomer(withContact(CUSTOMER.value()));
    host.putInvoice(Samples.invoice("I-1", CUSTOMER.value(), "INV-1", 50_000));
    CampaignId campaign = host.startCampaign(CUSTOMER, "standard-b2b").campaignId();
    Instant end = clock.instant().plus(Duration.ofDays(3));
    while (clock.instant().isBefore(end)) {
      samvad.runDue(clock.instant());
      clock.advance(Duration.ofMinutes(30));
    }
    // Past the invoice's due date, with no pass run: the campaign's next step is due.
    Instant wake = host.campaign(campaign).wakeAt().orElseThrow();
    clock.advance(Duration.between(clock.instant(), wake).plus(Duration.ofDays(2)));
    return campaign;
  }

  private static Payment fullPayment() {
    return ImmutablePayment.builder()
        .id(new PaymentId("P-1"))
        .customerId(CUSTOMER)
        .amount(Money.ofRupees(50_000))
        .receivedOn(LocalDate.of(2025, 5, 12))
        .mode(PaymentMode.NEFT)
        .addAllocations(
            ImmutablePaymentAllocation.builder()
                .invoiceId(new InvoiceId("I-1"))
                .amount(Money.ofRupees(50_000))
                .build())
        .build();
  }

  private static Customer withContact(String id) {
    try {
      return ApiClient.JSON.readValue(Samples.customerJson(id), Customer.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
