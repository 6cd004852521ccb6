package dev.samvad.api.store;

import static dev.samvad.api.store.StoreSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableCustomer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several threads at once, as several host nodes would run: every due item is claimed exactly once,
 * optimistic updates let exactly one writer win per version, and read-modify-write inside one unit
 * of work loses nothing (units of work are serializable).
 *
 * <p>Part of {@link StoreContract}; subclass that rather than this.
 */
public abstract class ConcurrencyContract extends StoreTestSupport {

  /** Threads racing; more than the cores of a small CI machine, so they interleave. */
  protected static final int THREADS = 4;

  private static final int ITEMS = 500;
  private static final Duration LONG_LEASE = Duration.ofHours(1);

  /** Runs {@code task} on {@link #THREADS} threads released together; returns their results. */
  private static <T> List<T> race(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return task.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private void scheduleItems(String prefix, Instant dueAt) {
    runA(
        uow -> {
          for (int i = 0; i < ITEMS; i++) {
            uow.dueWork().schedule(prefix + i, dueAt.plusMillis(i % 7));
          }
        });
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void concurrentClaimersClaimEveryDueItemExactlyOnce() throws Exception {
    for (int round = 0; round < 3; round++) {
      String prefix = "r" + round + "-item-";
      scheduleItems(prefix, T0);
      AtomicInteger node = new AtomicInteger();
      List<List<String>> claimedPerThread =
          race(
              THREADS,
              () -> {
                String owner = "node-" + node.incrementAndGet();
                List<String> mine = new ArrayList<>();
                while (true) {
                  List<Lease> batch =
                      inA(uow -> uow.dueWork().claim(T0.plusSeconds(1), 5, owner, LONG_LEASE));
                  // More claims than items means double claims; stop and let the check below say
                  // so.
                  if (batch.isEmpty() || mine.size() > ITEMS) {
                    return mine;
                  }
                  for (Lease lease : batch) {
                    assertEquals(owner, lease.owner());
                    mine.add(lease.key());
                  }
                }
              });
      List<String> all = new ArrayList<>();
      claimedPerThread.forEach(all::addAll);
      Set<String> distinct = new HashSet<>(all);
      assertEquals(all.size(), distinct.size(), "an item was claimed twice in round " + round);
      assertEquals(ITEMS, distinct.size(), "an item was never claimed in round " + round);
      assertTrue(distinct.stream().allMatch(k -> k.startsWith(prefix)));
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void concurrentWorkersCompleteEveryItemExactlyOnce() throws Exception {
    scheduleItems("item-", T0);
    Map<String, Integer> completions = new ConcurrentHashMap<>();
    AtomicInteger node = new AtomicInteger();
    race(
        THREADS,
        () -> {
          String owner = "node-" + node.incrementAndGet();
          while (true) {
            List<Lease> batch =
                inA(uow -> uow.dueWork().claim(T0.plusSeconds(1), 3, owner, LONG_LEASE));
            if (batch.isEmpty() || completions.size() > ITEMS) {
              return null;
            }
            // Settle each lease in its own unit of work, as a runtime would after sending.
            for (Lease lease : batch) {
              runA(uow -> uow.dueWork().complete(lease));
              completions.merge(lease.key(), 1, Integer::sum);
            }
          }
        });
    assertEquals(ITEMS, completions.size());
    assertTrue(completions.values().stream().allMatch(n -> n == 1), completions::toString);
    assertEquals(0L, countA(uow -> uow.dueWork().size()));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void concurrentOptimisticUpdatesLetExactlyOneWinPerVersion() throws Exception {
    Customer original = StoreSamples.customer("cust-hot");
    runA(uow -> uow.customers().insert(original));
    int rounds = 40;
    CyclicBarrier readDone = new CyclicBarrier(THREADS);
    CyclicBarrier roundDone = new CyclicBarrier(THREADS);
    AtomicInteger node = new AtomicInteger();
    List<int[]> outcomes =
        race(
            THREADS,
            () -> {
              int me = node.incrementAndGet();
              int wins = 0;
              int conflicts = 0;
              for (int round = 0; round < rounds; round++) {
                Versioned<Customer> read =
                    inA(uow -> uow.customers().find(original.id()).orElseThrow());
                readDone.await(10, TimeUnit.SECONDS);
                Customer mine =
                    ImmutableCustomer.copyOf(read.value())
                        .withLegalName("Round " + round + " by node " + me);
                try {
                  Versioned<Customer> written =
                      inA(uow -> uow.customers().update(mine, read.version()));
                  assertEquals(read.version() + 1, written.version());
                  wins++;
                } catch (ConflictException e) {
                  assertEquals(ErrorCode.VERSION_CONFLICT, e.code(), e.getMessage());
                  conflicts++;
                }
                roundDone.await(10, TimeUnit.SECONDS);
              }
              return new int[] {wins, conflicts};
            });
    int wins = outcomes.stream().mapToInt(o -> o[0]).sum();
    int conflicts = outcomes.stream().mapToInt(o -> o[1]).sum();
    assertEquals(rounds, wins, "exactly one winner per round");
    assertEquals(rounds * (THREADS - 1), conflicts);
    assertEquals(
        wins + 1L, countA(uow -> uow.customers().find(original.id()).orElseThrow().version()));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void freeRunningOptimisticUpdatesNeverHandOutAVersionTwice() throws Exception {
    Customer original = StoreSamples.customer("cust-hot");
    runA(uow -> uow.customers().insert(original));
    Map<Long, String> writtenVersions = new ConcurrentHashMap<>();
    AtomicInteger node = new AtomicInteger();
    List<Integer> winsPerThread =
        race(
            THREADS,
            () -> {
              int me = node.incrementAndGet();
              int wins = 0;
              for (int attempt = 0; attempt < 100; attempt++) {
                Versioned<Customer> read =
                    inA(uow -> uow.customers().find(original.id()).orElseThrow());
                Customer mine =
                    ImmutableCustomer.copyOf(read.value())
                        .withLegalName("Attempt " + attempt + " by node " + me);
                try {
                  long version = inA(uow -> uow.customers().update(mine, read.version())).version();
                  String previous = writtenVersions.putIfAbsent(version, mine.legalName());
                  assertEquals(null, previous, "version " + version + " written twice");
                  wins++;
                } catch (ConflictException e) {
                  assertEquals(ErrorCode.VERSION_CONFLICT, e.code(), e.getMessage());
                }
              }
              return wins;
            });
    int wins = winsPerThread.stream().mapToInt(Integer::intValue).sum();
    Versioned<Customer> last = inA(uow -> uow.customers().find(original.id()).orElseThrow());
    assertEquals(wins + 1L, last.version());
    assertEquals(writtenVersions.get(last.version()), last.value().legalName());
    List<Long> versions = new ArrayList<>(writtenVersions.keySet());
    Collections.sort(versions);
    List<Long> expected = new ArrayList<>();
    for (long v = 2; v <= wins + 1L; v++) {
      expected.add(v);
    }
    assertEquals(expected, versions);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void readModifyWriteInsideOneUnitOfWorkLosesNoUpdate() throws Exception {
    // Units of work of one tenant behave as if run one after another, so a read and an update in
    // the same unit of work never conflict (a store may retry the work to make it so).
    CustomerId id = new CustomerId("cust-counter");
    runA(uow -> uow.customers().insert(StoreSamples.customer(id.value(), "Counter 0")));
    int perThread = 25;
    race(
        THREADS,
        () -> {
          for (int i = 0; i < perThread; i++) {
            runA(
                uow -> {
                  Versioned<Customer> read = uow.customers().find(id).orElseThrow();
                  int n = Integer.parseInt(read.value().legalName().substring("Counter ".length()));
                  uow.customers()
                      .update(
                          ImmutableCustomer.copyOf(read.value())
                              .withLegalName("Counter " + (n + 1)),
                          read.version());
                });
          }
          return null;
        });
    Versioned<Customer> end = inA(uow -> uow.customers().find(id).orElseThrow());
    assertEquals("Counter " + THREADS * perThread, end.value().legalName());
    assertEquals(1L + THREADS * perThread, end.version());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenantsWrittenConcurrentlyStaySeparate() throws Exception {
    AtomicInteger node = new AtomicInteger();
    List<String> tenants =
        race(
            THREADS,
            () -> {
              String tenant = "tenant-" + node.incrementAndGet();
              for (int i = 0; i < 25; i++) {
                String id = tenant + "-cust-" + i;
                store
                    .tenant(StoreSamples.tenant(tenant))
                    .run(
                        uow -> {
                          uow.customers().insert(StoreSamples.customer(id));
                          uow.dueWork().schedule(id, T0);
                        });
              }
              return tenant;
            });
    Map<String, Long> counts = new HashMap<>();
    for (String tenant : tenants) {
      TenantStore ts = store.tenant(StoreSamples.tenant(tenant));
      counts.put(tenant, ts.inTransaction(uow -> uow.customers().count()));
      List<Versioned<Customer>> all =
          ts.inTransaction(uow -> uow.customers().list(Page.first(100)));
      assertTrue(all.stream().allMatch(v -> v.value().id().value().startsWith(tenant + "-")));
      assertEquals(25L, (long) ts.<Long>inTransaction(uow -> uow.dueWork().size()));
    }
    assertEquals(
        Map.of("tenant-1", 25L, "tenant-2", 25L, "tenant-3", 25L, "tenant-4", 25L), counts);
    assertEquals(tenants.stream().sorted().map(StoreSamples::tenant).toList(), store.tenants());
  }
}
