package dev.samvad.orchestration;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

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

  @Property(tries = 250, shrinking = ShrinkingMode.BOUNDED)
  void everyDecisionKeepsTheGuarantees(@ForAll("campaigns") CampaignScenario scenario) {
    CampaignSimulation sim = new CampaignSimulation(scenario).run();
    Statistics.label("decisions").collect(bucket(sim.decisions));
    Statistics.label("phase").collect(sim.state.phase());
    Statistics.label("sends").collect(bucket(sim.sends.size()));
    Statistics.label("refused").collect(sim.refused > 0);
  }

  @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
  void longQuietCampaignsKeepTheGuarantees(@ForAll("quiet") CampaignScenario scenario) {
    new CampaignSimulation(scenario).run();
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
              java.util.List<CampaignScenario.Move> moves = new java.util.ArrayList<>(s.moves());
              moves.add(new CampaignScenario.RunFor(java.time.Duration.ofDays(120)));
              return new CampaignScenario(
                  s.playbook(),
                  s.customer(),
                  s.items(),
                  s.tenant(),
                  s.holdOut(),
                  s.learning(),
                  s.start(),
                  moves);
            });
  }

  private static String bucket(int n) {
    return n == 0 ? "0" : n < 5 ? "1-4" : n < 15 ? "5-14" : "15+";
  }
}
