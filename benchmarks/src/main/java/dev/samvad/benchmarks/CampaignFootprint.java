package dev.samvad.benchmarks;

import dev.samvad.api.CampaignId;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.api.store.memory.InMemoryStore;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many active campaigns fit in the heap: starts {@code count} campaigns (one open invoice each,
 * standard B2B playbook, waiting for their first reminder) in an {@link InMemoryStore} through
 * {@link CampaignRuntime#start}, then reports the heap used after full collections per campaign,
 * and the size of one campaign's stored state document.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * dev.samvad.benchmarks.CampaignFootprint [count=1000000] [threads=2]}
 */
public final class CampaignFootprint {
  private static final TenantId TENANT = new TenantId("acme");
  private static final Instant STARTED = OrchestrationFixtures.ist("2026-03-02T10:00");

  private CampaignFootprint() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    InMemoryStore store = InMemoryStore.create();
    CampaignRuntime runtime =
        OrchestrationFixtures.withChannel(
                CampaignRuntime.builder(store, OrchestrationFixtures.contexts())
                    .clock(SteppableClock.startingAt(STARTED))
                    .nodeId("footprint")
                    .leaseFor(Duration.ofMinutes(5))
                    .holdOutShare(0),
                new OrchestrationFixtures.CountingChannel())
            .build();
    // One campaign first, so that the runtime's own structures are not counted per campaign.
    start(runtime, -1);
    long before = usedAfterGc(memory);
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  start(runtime, i);
                  if (i > 0 && i % 100_000 == 0) {
                    System.out.printf(
                        "%,d started, heap in use %,d MB%n",
                        i, memory.getHeapMemoryUsage().getUsed() >> 20);
                  }
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
    long after = usedAfterGc(memory);
    CampaignState one = runtime.find(TENANT, new CampaignId("fp-0")).orElseThrow();
    int json =
        store
            .tenant(TENANT)
            .inTransaction(uow -> uow.campaigns().find(new CampaignId("fp-0")))
            .orElseThrow()
            .value()
            .json()
            .length();
    System.out.printf(
        "%,d campaigns started in %,d s; heap after full GC %,d MB (before %,d MB, max %,d MB):"
            + " %,d bytes per campaign; one state document is %,d characters; phase %s%n",
        count,
        seconds,
        after >> 20,
        before >> 20,
        memory.getHeapMemoryUsage().getMax() >> 20,
        (after - before) / count,
        json,
        one.phase());
    runtime.close();
  }

  private static void start(CampaignRuntime runtime, int i) {
    OrchestrationFixtures.startStandard(runtime, TENANT, "fp", i, 1_000 + (i & 1023));
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
