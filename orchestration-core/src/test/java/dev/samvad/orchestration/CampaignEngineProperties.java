package dev.samvad.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The engine's guarantees over random playbooks, customers, invoices, caps and event orders. Each
 * scenario is played by {@link CampaignSimulation}, which after every decision checks: (a) sends
 * only inside the hard contact window; (b) no payment message after full payment, while paused or
 * on an opted-out channel, and nothing at all on an opted-out channel or after a stop; (c) the
 * frequency caps in every 24 hours and 7 days; (d) unique execution ids; (e) the campaign waits for
 * a later time, for a person, or is finished; (f) an event applied twice changes nothing the second
 * time; (g) equal inputs give equal decisions; (h) the campaign is PAID exactly when payments
 * settled everything.
 */
class CampaignEngineProperties {

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  @StatisticsReport(onFailureOnly = true)
  void everyDecisionKeepsTheGuarantees(@ForAll("campaigns") CampaignScenario scenario) {
    CampaignSimulation sim = new CampaignSimulation(scenario).run();
    Statistics.label("decisions").collect(bucket(sim.decisions));
    Statistics.label("phase").collect(sim.state.phase());
    Statistics.label("sends").collect(bucket(sim.sends.size()));
    Statistics.label("refused").collect(sim.refused > 0);
  }

  @Property(tries = 80, shrinking = ShrinkingMode.BOUNDED)
  void longQuietCampaignsKeepTheGuarantees(@ForAll("quiet") CampaignScenario scenario) {
    new CampaignSimulation(scenario).run();
  }

  /** (h) from any point of a campaign's life, settling everything finishes it as PAID. */
  @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
  void settlingEverythingFinishesAsPaid(@ForAll("campaigns") CampaignScenario scenario) {
    CampaignSimulation sim = new CampaignSimulation(scenario).run();
    CampaignState before = sim.state;
    if (before.openItems().isEmpty()) {
      return;
    }
    List<Event.Allocation> all =
        before.openItems().stream()
            .map(i -> new Event.Allocation(i.invoiceId(), i.outstanding()))
            .toList();
    sim.apply(new Event.PaymentReceived("settle-all", all));
    assertTrue(sim.state.openItems().isEmpty());
    assertEquals(CampaignState.Phase.FINISHED, sim.state.phase());
    if (before.phase() != CampaignState.Phase.FINISHED) {
      assertEquals(Optional.of(Outcome.PAID), sim.state.outcome());
    }
    sim.runUntil(sim.now.plus(Duration.ofDays(90)));
    assertInstanceOf(CampaignState.Waiting.Finished.class, sim.state.waiting());
  }

  /** (g) a scenario replayed from the start sends the same messages: no hidden state. */
  @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
  void aReplayedCampaignSendsTheSameMessages(@ForAll("campaigns") CampaignScenario scenario) {
    CampaignSimulation first = new CampaignSimulation(scenario).run();
    CampaignSimulation again = new CampaignSimulation(scenario).run();
    assertEquals(first.sends, again.sends);
    assertEquals(first.state, again.state);
  }

  /**
   * (i) Never two open tasks for the same campaign and reason, however often the customer stays
   * silent, disputes, claims to have paid or pays in part while a person has the campaign; and an
   * escalation repeats only after a person completed the last one (checked by the simulation after
   * every decision).
   */
  @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
  void neverTwoOpenTasksForTheSameCampaignAndReason(
      @ForAll("handOvers") CampaignScenario scenario) {
    CampaignSimulation sim = new CampaignSimulation(scenario).run();
    Statistics.label("tasks").collect(bucket(sim.state.tasks().size()));
  }

  @Provide
  Arbitrary<CampaignScenario> handOvers() {
    Arbitrary<CampaignScenario.Move> reply =
        Combinators.combine(
                Arbitraries.of(
                    Trigger.DISPUTE,
                    Trigger.CLAIMS_PAID,
                    Trigger.HARDSHIP,
                    Trigger.ABUSIVE,
                    Trigger.OTHER_REPLY),
                Arbitraries.of(ChannelKind.EMAIL, ChannelKind.WHATSAPP, ChannelKind.SMS))
            .as(
                (trigger, channel) ->
                    new CampaignScenario.Reply(trigger, channel, Optional.empty(), false));
    Arbitrary<CampaignScenario.Move> noAnswer =
        Arbitraries.integers()
            .between(0, 3)
            .map(task -> new CampaignScenario.Complete(task * 2, 2, 0));
    Arbitrary<CampaignScenario.Move> move =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.integers()
                    .between(1, 15 * 24)
                    .map(h -> new CampaignScenario.RunFor(Duration.ofHours(h)))),
            Tuple.of(4, reply),
            Tuple.of(4, noAnswer),
            Tuple.of(
                1,
                Arbitraries.integers().between(1, 60).map(p -> new CampaignScenario.Pay(0, 1, p))),
            Tuple.of(1, Arbitraries.just(new CampaignScenario.Manual(ManualAction.PAUSE))),
            Tuple.of(1, Arbitraries.integers().between(1, 3).map(CampaignScenario.Again::new)));
    return CampaignScenario.scenarios(1, 1)
        .flatMap(s -> move.list().ofMinSize(5).ofMaxSize(40).map(s::withMoves));
  }

  @Provide
  Arbitrary<CampaignScenario> campaigns() {
    return CampaignScenario.scenarios(5, 40);
  }

  /** Few events and long runs: the plan plays out to its end, loops and escalations included. */
  @Provide
  Arbitrary<CampaignScenario> quiet() {
    return CampaignScenario.scenarios(1, 4)
        .map(
            s -> {
              List<CampaignScenario.Move> moves = new ArrayList<>(s.moves());
              moves.add(new CampaignScenario.RunFor(Duration.ofDays(120)));
              return s.withMoves(moves);
            });
  }

  private static String bucket(int n) {
    return n == 0 ? "0" : n < 5 ? "1-4" : n < 15 ? "5-14" : "15+";
  }
}
