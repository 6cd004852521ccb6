package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.orchestration.Playbooks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two runtimes on one store, two threads each, never send the same step twice (on one channel), and
 * together send every step one runtime alone sends, and no other. Which channel an "optimise" step
 * takes may differ: the optimiser learns from other customers' outcomes, and each node joins the
 * other's learning at its own next learning, so the order in which parallel passes finish can tip a
 * draw (see {@code Optimisers}).
 */
class TwoNodesTest {
  private static final Instant START = ist("2026-03-09T08:00");
  private static final Instant END = ist("2026-04-10T00:00");
  private static final int CUSTOMERS = 12;

  private static void startAll(CampaignRuntime runtime) {
    for (int i = 0; i < CUSTOMERS; i++) {
      LocalDate due = LocalDate.of(2026, 3, 12).plusDays(i % 6);
      runtime.start(
          TENANT,
          new CampaignId("k-" + i),
          new CustomerId("C-" + i),
          i % 2 == 0 ? Playbooks.STANDARD_B2B : Playbooks.HIGH_RISK,
          List.of(item("I" + i, LocalDate.of(2026, 3, 9), due, 1_000 + i)));
    }
  }

  private static List<String> steps(Harness h, CampaignRuntime runtime) {
    List<String> steps = new ArrayList<>();
    for (var call : h.delivered()) {
      ExecutionView view = runtime.execution(TENANT, call.message().executionId()).orElseThrow();
      // A step goes out again only on another channel (a fallback after silence or a failure).
      steps.add(view.campaignId().value() + "/" + view.stepId() + "/" + view.channel());
    }
    return steps.stream().sorted().toList();
  }

  /** Each step sent, once, whatever its channels. */
  private static java.util.SortedSet<String> withoutChannel(List<String> steps) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (String step : steps) {
      out.add(step.substring(0, step.lastIndexOf('/')));
    }
    return out;
  }

  @Test
  void twoRuntimesOnOneStoreSendEachStepOnce() throws Exception {
    Harness single = new Harness(START);
    CampaignRuntime alone = single.runtime();
    startAll(alone);
    single.runUntil(alone, END, Duration.ofHours(1));

    Harness h = new Harness(START);
    CampaignRuntime a = h.builder("node-a").batchSize(3).build();
    CampaignRuntime b = h.builder("node-b").batchSize(3).build();
    startAll(a);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      while (!h.now().isAfter(END)) {
        Instant now = h.now();
        List<Future<RunReport>> passes = new ArrayList<>();
        for (CampaignRuntime node : List.of(a, b, a, b)) {
          passes.add(pool.submit(() -> node.runDue(now)));
        }
        for (Future<RunReport> pass : passes) {
          assertEquals(0, pass.get().errors());
        }
        h.clock.advance(Duration.ofHours(1));
      }
    } finally {
      pool.shutdown();
    }
    Map<String, Integer> perStep = new HashMap<>();
    for (String step : steps(h, a)) {
      perStep.merge(step, 1, Integer::sum);
    }
    perStep.forEach((step, n) -> assertEquals(1, n, step + " went out " + n + " times"));
    assertTrue(perStep.size() > CUSTOMERS * 3, "messages: " + perStep.size());
    assertEquals(withoutChannel(steps(single, alone)), withoutChannel(steps(h, a)));
  }
}
