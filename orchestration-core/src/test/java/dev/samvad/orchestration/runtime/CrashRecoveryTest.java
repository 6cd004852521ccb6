package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.Playbooks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A runtime that dies at any of the crash points, then a fresh runtime over the same store: no
 * message goes out twice, and nothing is lost — the run ends where a run without a crash ends. The
 * payments arrive as a ledger records them, one left to the due pass, so crashes land on their due
 * work too.
 */
class CrashRecoveryTest {
  private static final Instant START = ist("2026-03-09T08:00");
  private static final Instant END = ist("2026-04-25T00:00");

  private static Run reference;

  private static synchronized Run reference() {
    if (reference == null) {
      reference = new Run(CrashHook.NONE);
      reference.play();
    }
    return reference;
  }

  static Stream<Arguments> crashes() {
    List<Arguments> all = new ArrayList<>();
    for (CrashPoint point : CrashPoint.values()) {
      for (int nth : new int[] {1, 3, 7}) {
        all.add(Arguments.of(point, nth, ""));
      }
    }
    // On the due work of the payment left to the pass: it is claimed first in its batch.
    all.add(Arguments.of(CrashPoint.AFTER_CLAIM, 1, "p:"));
    all.add(Arguments.of(CrashPoint.AFTER_RECORD, 1, "p:"));
    return all.stream();
  }

  /** Drives one scenario, restarting on a crash; returns what went out. */
  static final class Run {
    final Harness h = new Harness(START);
    final List<String> restarts = new ArrayList<>();
    CampaignRuntime runtime;
    int generation;

    Run(CrashHook hook) {
      runtime = h.builder("node-0").crashHook(hook).build();
    }

    /** Runs {@code op}; if the runtime dies, starts another over the same store and retries. */
    void act(Consumer<CampaignRuntime> op) {
      while (true) {
        try {
          op.accept(runtime);
          return;
        } catch (SimulatedCrash crash) {
          restarts.add(crash.getMessage());
          generation++;
          runtime = h.builder("node-" + generation).build();
          // The dead node's leases must expire before anyone else may take its work.
          h.clock.advance(Duration.ofMinutes(6));
        }
      }
    }

    void play() {
      act(
          r ->
              r.start(
                  TENANT,
                  new CampaignId("k-1"),
                  new CustomerId("C-1"),
                  Playbooks.STANDARD_B2B,
                  List.of(
                      item("A1", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20), 40_000),
                      item("A2", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), 5_000))));
      act(
          r ->
              r.start(
                  TENANT,
                  new CampaignId("k-2"),
                  new CustomerId("C-2"),
                  Playbooks.HIGH_RISK,
                  List.of(
                      item("B1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16), 12_000))));
      act(
          r ->
              r.start(
                  TENANT,
                  new CampaignId("k-3"),
                  new CustomerId("C-3"),
                  Playbooks.RELATIONSHIP_FIRST,
                  List.of(item("D1", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 12), 8_000))));
      Map<Instant, List<Consumer<CampaignRuntime>>> script = new java.util.TreeMap<>();
      // P-1 is recorded with the runtime's promise and nobody tells the campaign (the recording
      // process died): the next pass brings it there.
      script.put(
          ist("2026-03-18T11:00"),
          List.of(
              r ->
                  h.recordPayment(
                      r,
                      new CustomerId("C-2"),
                      "P-1",
                      List.of(new Event.Allocation(new InvoiceId("B1"), Money.ofRupees(4_000))))));
      script.put(
          ist("2026-03-23T15:00"),
          List.of(
              r ->
                  r.reply(
                      TENANT,
                      new CustomerId("C-1"),
                      "will pay on 30 March",
                      ChannelKind.EMAIL,
                      ist("2026-03-23T15:00"))));
      // P-2 is recorded and the campaign told at once, as the SDK does.
      script.put(
          ist("2026-04-02T10:00"),
          List.of(
              r ->
                  h.recordPayment(
                      r,
                      new CustomerId("C-3"),
                      "P-2",
                      List.of(new Event.Allocation(new InvoiceId("D1"), Money.ofRupees(8_000)))),
              r -> r.paymentRecorded(TENANT, new PaymentId("P-2"))));
      while (h.now().isBefore(END)) {
        for (Instant at : List.copyOf(script.keySet())) {
          if (!at.isAfter(h.now())) {
            script.remove(at).forEach(this::act);
          }
        }
        act(r -> r.runDue(h.now()));
        h.clock.advance(Duration.ofHours(1));
      }
      act(r -> r.runDue(h.now()));
    }

    /** (campaign, step) of every message that went out, in order per channel. */
    List<String> steps() {
      List<String> steps = new ArrayList<>();
      for (var call : h.delivered()) {
        ExecutionView view = runtime.execution(TENANT, call.message().executionId()).orElseThrow();
        steps.add(view.campaignId().value() + "/" + view.stepId() + "/" + view.intent());
      }
      return steps.stream().sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0} #{1} {2}")
  @MethodSource("crashes")
  void aCrashAnywhereNeitherRepeatsNorLosesAMessage(CrashPoint point, int nth, String keyPrefix) {
    Run reference = reference();
    assertEquals(
        java.util.Optional.of(dev.samvad.orchestration.Outcome.PAID),
        reference.runtime.find(TENANT, new CampaignId("k-3")).orElseThrow().outcome(),
        "the reference run took its payments");
    Run crashed = new Run(SimulatedCrash.at(point, nth, keyPrefix));
    crashed.play();

    assertEquals(1, crashed.restarts.size(), "the crash happened once: " + crashed.restarts);
    Map<String, Integer> perExecution = new HashMap<>();
    for (var call : crashed.h.delivered()) {
      perExecution.merge(call.message().executionId().value(), 1, Integer::sum);
    }
    perExecution.forEach((id, n) -> assertEquals(1, n, id + " went out " + n + " times"));
    assertEquals(reference.steps(), crashed.steps());
    if (point == CrashPoint.AFTER_SEND) {
      assertTrue(
          crashed.h.calls().stream().anyMatch(c -> !c.firstTime()),
          "the interrupted attempt was sent again with its key, and deduplicated");
    }
    for (String id : List.of("k-1", "k-2", "k-3")) {
      CampaignState state = crashed.runtime.find(TENANT, new CampaignId(id)).orElseThrow();
      CampaignState expected = reference.runtime.find(TENANT, new CampaignId(id)).orElseThrow();
      assertEquals(expected.phase(), state.phase(), id);
      assertEquals(expected.outcome(), state.outcome(), id);
      assertEquals(expected.nextStep(), state.nextStep(), id);
      for (ExecutionView view : crashed.runtime.executions(TENANT, new CampaignId(id))) {
        assertTrue(
            view.status().isSettled()
                || view.nextAttemptAt().map(t -> t.isAfter(crashed.h.now())).orElse(false),
            "left behind: " + view);
      }
    }
  }
}
