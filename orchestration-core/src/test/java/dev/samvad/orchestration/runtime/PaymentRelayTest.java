package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.store.Lease;
import dev.samvad.api.store.Versioned;
import dev.samvad.culture.MessageIntent;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.Outcome;
import dev.samvad.orchestration.Playbooks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A payment recorded with the runtime's promise ({@link CampaignRuntime#schedulePayment}) reaches
 * the customer's campaign exactly once: by the host's immediate call, by a due pass after a crash,
 * or by both racing.
 */
class PaymentRelayTest {
  private static final CustomerId C1 = new CustomerId("C-1");
  private static final CampaignId K1 = new CampaignId("cmp-1");
  private static final PaymentId P1 = new PaymentId("PAY-1");
  private static final String KEY = "p:PAY-1";

  private final Harness h = new Harness(ist("2026-03-02T09:00"));

  /** K1 for C1 on invoice A1 of ₹50,000 due 16 March, run until a reminder step is due. */
  private CampaignRuntime campaignWithReminderDue() {
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), 50_000)));
    h.runUntil(runtime, ist("2026-03-05T00:00"), Duration.ofHours(1));
    Instant wake = runtime.find(TENANT, K1).orElseThrow().wakeAt().orElseThrow();
    h.clock.advance(Duration.between(h.now(), wake).plusHours(1));
    return runtime;
  }

  /** Records {@code rupees} towards A1 with the promise, as a ledger's unit of work would. */
  private void record(CampaignRuntime runtime, long rupees) {
    record(P1, runtime, rupees);
  }

  private void record(PaymentId id, CampaignRuntime runtime, long rupees) {
    h.recordPayment(
        runtime,
        C1,
        id.value(),
        List.of(new Event.Allocation(new InvoiceId("A1"), Money.ofRupees(rupees))));
  }

  private Optional<Instant> due() {
    return due(KEY);
  }

  private Optional<Instant> due(String key) {
    return h.store.tenant(TENANT).inTransaction(uow -> uow.dueWork().dueAt(key));
  }

  private Versioned<?> row() {
    return h.store.tenant(TENANT).inTransaction(uow -> uow.campaigns().find(K1)).orElseThrow();
  }

  private Money owed(CampaignRuntime runtime) {
    return runtime.find(TENANT, K1).orElseThrow().outstanding();
  }

  @Test
  void theImmediateCallAppliesThePaymentAndTakesItsDueWork() {
    CampaignRuntime runtime = campaignWithReminderDue();
    record(runtime, 20_000);
    assertEquals(Optional.of(PaymentRelay.DUE), due(), "the promise committed with the payment");

    CampaignState state = runtime.paymentRecorded(TENANT, P1).orElseThrow();
    assertEquals(Money.ofRupees(30_000), state.outstanding());
    assertEquals(Optional.empty(), due(), "the due work went with the change");
    // Told again, or a pass after: the payment is not taken twice.
    Versioned<?> before = row();
    assertEquals(Optional.of(state), runtime.paymentRecorded(TENANT, P1));
    assertEquals(Money.ofRupees(30_000), owed(runtime));
    assertEquals(before, row());
  }

  @Test
  void aPassAppliesAPaymentNobodyToldTheCampaignAboutBeforeTheReminderItStops() {
    CampaignRuntime runtime = campaignWithReminderDue();
    int sentBefore = h.delivered().size();
    record(runtime, 50_000);
    // The recording process died here. Another runtime over the same store:
    CampaignRuntime fresh = h.builder("node-2").build();
    RunReport report = fresh.runDue(h.now());

    assertEquals(0, report.errors(), report.toString());
    CampaignState state = fresh.find(TENANT, K1).orElseThrow();
    assertEquals(Optional.of(Outcome.PAID), state.outcome());
    assertEquals(Optional.empty(), due());
    List<MessageIntent> after =
        h.delivered().subList(sentBefore, h.delivered().size()).stream()
            .map(c -> fresh.execution(TENANT, c.message().executionId()).orElseThrow().intent())
            .toList();
    assertTrue(after.stream().noneMatch(MessageIntent::asksForMoney), after.toString());
  }

  @Test
  void aPartPaymentIsTakenOnceWhenTheImmediateCallRacesAPass() {
    CampaignRuntime runtime = campaignWithReminderDue();
    record(runtime, 20_000);
    // Another node claims the payment's item first (it is due before anything else) ...
    List<Lease> leases =
        h.store
            .tenant(TENANT)
            .inTransaction(uow -> uow.dueWork().claim(h.now(), 1, "node-2", Duration.ofMinutes(5)));
    assertEquals(KEY, leases.get(0).key());
    // ... the host's immediate call applies the payment and takes the item ...
    runtime.paymentRecorded(TENANT, P1);
    Versioned<?> applied = row();
    // ... and the other node's work on its lease changes nothing and commits nothing.
    Env other = new Env(h.builder("node-2"));
    PaymentRelay relay = new PaymentRelay(other, new Decider(other));
    ConflictException lost =
        assertThrows(ConflictException.class, () -> relay.work(TENANT, leases.get(0), new Tally()));
    assertEquals(ErrorCode.LEASE_LOST, lost.code());
    assertEquals(applied, row());
    assertEquals(Money.ofRupees(30_000), owed(runtime));
  }

  @Test
  void aCrashInsideTheCampaignChangeLeavesTheWorkForTheNextNode() {
    CampaignRuntime runtime = campaignWithReminderDue();
    record(runtime, 20_000);
    CampaignRuntime dying =
        h.builder("node-1").crashHook(SimulatedCrash.at(CrashPoint.MID_APPLY, 1)).build();
    assertThrows(SimulatedCrash.class, () -> dying.runDue(h.now()));
    assertEquals(Money.ofRupees(50_000), owed(runtime), "the change died with its unit of work");
    assertTrue(due().isPresent());

    h.clock.advance(Duration.ofMinutes(6));
    CampaignRuntime next = h.builder("node-2").build();
    assertEquals(0, next.runDue(h.now()).errors());
    assertEquals(Money.ofRupees(30_000), owed(next));
    assertEquals(Optional.empty(), due());
    next.runDue(h.now());
    assertEquals(Money.ofRupees(30_000), owed(next));
  }

  @Test
  void aPaymentNoCampaignHoldsOnlyCompletesItsWork() {
    CampaignRuntime runtime = h.runtime();
    record(runtime, 5_000);
    assertEquals(Optional.empty(), runtime.paymentRecorded(TENANT, P1));
    assertEquals(Optional.empty(), due());

    record(new PaymentId("PAY-2"), runtime, 5_000);
    RunReport report = runtime.runDue(h.now());
    assertEquals(1, report.claimed(), report.toString());
    assertEquals(0, report.errors(), report.toString());
    assertEquals(Optional.empty(), due("p:PAY-2"));
  }

  @Test
  void workForAPaymentThatIsNotStoredIsDroppedWithoutError() {
    CampaignRuntime runtime = h.runtime();
    h.store.tenant(TENANT).run(uow -> runtime.schedulePayment(uow, new PaymentId("GONE")));
    RunReport report = runtime.runDue(h.now());
    assertEquals(1, report.claimed(), report.toString());
    assertEquals(0, report.errors(), report.toString());
    assertEquals(Optional.empty(), due("p:GONE"));
  }
}
