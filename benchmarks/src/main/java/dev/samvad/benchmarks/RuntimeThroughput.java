package dev.samvad.benchmarks;

import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.api.store.memory.InMemoryStore;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.orchestration.runtime.RunReport;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The runtime end to end on the in-memory store: sends per second from {@link
 * CampaignRuntime#runDue} when every campaign is already due. Each round starts {@code campaigns}
 * campaigns on a fresh store (not timed), then {@code threads} threads call {@code runDue(now)} at
 * once until nothing is due: claim, decide (plan and render the D-3 reminder), write the decision
 * and its outbox row, claim the outbox row, gate, send through a fast idempotent channel that only
 * counts, record the result. The first rounds warm the JIT; the report gives every round.
 *
 * <p>Besides wall time, each round reports the CPU time the whole process spent per send (worker
 * threads, GC and JIT together): on a machine shared with other work, wall time measures the
 * neighbours as much as the runtime, while CPU per send does not.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * dev.samvad.benchmarks.RuntimeThroughput [campaigns=20000] [threads=2] [rounds=6]}
 */
public final class RuntimeThroughput {
  private static final TenantId TENANT = new TenantId("acme");
  // Started on a Monday morning; the invoices fall due on Thursday 12 March, so the D-3 reminder
  // is due on Monday 9 March, a working day in Gujarat; at 18:00 every optimiser slot of the day
  // (the latest is 17:30) has come.
  private static final Instant STARTED = OrchestrationFixtures.ist("2026-03-02T10:00");
  private static final Instant NOW = OrchestrationFixtures.ist("2026-03-09T18:00");

  private RuntimeThroughput() {}

  public static void main(String[] args) throws Exception {
    int campaigns = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    var contexts = OrchestrationFixtures.contexts();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 1; round <= rounds; round++) {
        InMemoryStore store = InMemoryStore.create();
        SteppableClock clock = SteppableClock.startingAt(STARTED);
        OrchestrationFixtures.CountingChannel channel = new OrchestrationFixtures.CountingChannel();
        CampaignRuntime runtime =
            OrchestrationFixtures.withChannel(
                    CampaignRuntime.builder(store, contexts)
                        .clock(clock)
                        .nodeId("bench")
                        .batchSize(32)
                        .leaseFor(Duration.ofMinutes(5))
                        .holdOutShare(0),
                    channel)
                .build();
        long startNs = System.nanoTime();
        for (int i = 0; i < campaigns; i++) {
          OrchestrationFixtures.startStandard(runtime, TENANT, "rt", i, 1_000 + i);
        }
        long startedNs = System.nanoTime() - startNs;
        // Not timed: the campaigns just started, and the last round's store, are collected and
        // settled now, as JMH does between iterations, so the timed part pays for the garbage of
        // its own sends rather than for copying the setup's fresh data out of the young generation.
        System.gc();
        clock.advance(Duration.between(STARTED, NOW));
        List<Future<RunReport>> passes = new ArrayList<>();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
          passes.add(pool.submit(() -> runtime.runDue(NOW)));
        }
        RunReport total = RunReport.EMPTY;
        for (Future<RunReport> pass : passes) {
          total = total.plus(pass.get());
        }
        long ns = System.nanoTime() - t0;
        long cpuNs = processCpuNanos() - cpu0;
        runtime.close();
        if (channel.keys.size() != campaigns || total.sent() != campaigns || total.errors() != 0) {
          throw new IllegalStateException(
              "expected "
                  + campaigns
                  + " sends, channel saw "
                  + channel.keys.size()
                  + ": "
                  + total);
        }
        System.out.printf(
            "round %d: %,d sends by %d threads in %,d ms = %,.0f sends/s; CPU %,.1f µs per send"
                + " (%,d decisions; starting took %,d ms = %,.0f starts/s)%n",
            round,
            total.sent(),
            threads,
            ns / 1_000_000,
            total.sent() * 1e9 / ns,
            cpuNs / 1e3 / total.sent(),
            total.decisions(),
            startedNs / 1_000_000,
            campaigns * 1e9 / startedNs);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** CPU time of the whole process so far, all threads. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
