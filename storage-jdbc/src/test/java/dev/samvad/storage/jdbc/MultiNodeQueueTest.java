package dev.samvad.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.samvad.api.TenantId;
import dev.samvad.api.store.Lease;
import dev.samvad.api.store.StoreSamples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two host nodes on one database, as two processes would run them: each its own {@link JdbcStore}
 * over its own connection pool, several worker threads claiming due work with leases, delivering
 * through an idempotent recorder (standing for a channel that honours idempotency keys) and
 * completing. Node B is killed mid-flight — each of its threads stops after sending an item but
 * before completing it, and its pool is closed — and node A takes B's items over once B's leases
 * expire on the shared clock. Every key is completed exactly once, and the channel recognises the
 * items sent again after the takeover.
 *
 * <p>Time is a shared logical clock, moved only by the test, so nothing depends on how fast the
 * machine is.
 */
class MultiNodeQueueTest {
  private static final int KEYS_PER_TENANT = 1_500;
  private static final int THREADS_PER_NODE = 3;
  private static final int BATCH = 5;
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final List<TenantId> TENANTS =
      List.of(new TenantId("multi-a"), new TenantId("multi-b"));

  /** The channel: first delivery of a key wins; repeats are recognised by key and not re-sent. */
  static final class IdempotentRecorder {
    final Map<String, String> firstDeliveredBy = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    void deliver(String key, String node) {
      attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      firstDeliveredBy.putIfAbsent(key, node);
    }
  }

  /** One node: a store on its own pool and worker threads. */
  static final class Node {
    final String name;
    final HikariDataSource pool;
    final JdbcStore store;
    final AtomicBoolean killed = new AtomicBoolean();
    final Map<String, String> heldWhenKilled = new ConcurrentHashMap<>();
    final List<Thread> threads = new ArrayList<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();

    Node(String name, DataSource database) {
      this.name = name;
      this.pool = EmbeddedPostgresHolder.pool(database, THREADS_PER_NODE + 1);
      this.store = JdbcStore.builder(pool).migrate(false).build();
    }

    void start(Runnable loop) {
      for (int i = 0; i < THREADS_PER_NODE; i++) {
        Thread t = new Thread(() -> guard(loop), name + "-worker-" + i);
        threads.add(t);
        t.start();
      }
    }

    private void guard(Runnable loop) {
      try {
        loop.run();
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
    }

    void join() throws InterruptedException {
      for (Thread t : threads) {
        t.join(TimeUnit.MINUTES.toMillis(2));
        assertFalse(t.isAlive(), t.getName() + " did not finish");
      }
      threads.clear();
    }
  }

  private final AtomicReference<Instant> clock = new AtomicReference<>(StoreSamples.T0);
  private final IdempotentRecorder channel = new IdempotentRecorder();
  private final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
  private final Map<String, String> completedBy = new ConcurrentHashMap<>();

  private static String qualified(TenantId tenant, String key) {
    return tenant.value() + "/" + key;
  }

  /**
   * One worker's loop: sweep the tenants, claim a batch, deliver and complete each item. Returns
   * when a whole sweep claimed nothing and {@code stopWhenIdle} says so, or when the node is
   * killed; a killed worker leaves what it holds unfinished.
   */
  private void work(Node node, java.util.function.BooleanSupplier stopWhenIdle) {
    String owner = node.name + "/" + Thread.currentThread().getName();
    while (true) {
      boolean claimedAny = false;
      for (TenantId tenant : node.store.tenants()) {
        List<Lease> batch =
            node.store
                .tenant(tenant)
                .inTransaction(uow -> uow.dueWork().claim(clock.get(), BATCH, owner, LEASE));
        claimedAny |= !batch.isEmpty();
        for (Lease lease : batch) {
          String key = qualified(tenant, lease.key());
          channel.deliver(key, node.name);
          if (node.killed.get()) {
            // Killed after sending, before completing: the worst moment. This item and the rest
            // of the batch stay leased to the dead node.
            batch
                .subList(batch.indexOf(lease), batch.size())
                .forEach(l -> node.heldWhenKilled.put(qualified(tenant, l.key()), owner));
            return;
          }
          node.store.tenant(tenant).run(uow -> uow.dueWork().complete(lease));
          completions.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
          completedBy.put(key, node.name);
        }
      }
      if (!claimedAny && stopWhenIdle.getAsBoolean()) {
        return;
      }
    }
  }

  private long queueSize(JdbcStore store) {
    long size = 0;
    for (TenantId tenant : TENANTS) {
      size += store.tenant(tenant).inTransaction(uow -> uow.dueWork().size());
    }
    return size;
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void everyKeyIsCompletedExactlyOnceAndADeadNodesLeasesAreTakenOver() throws Exception {
    TestStores db = TestStores.migrated("multinode", 2);
    Set<String> allKeys = new HashSet<>();
    try (JdbcStore setup = db.emptyStore()) {
      for (TenantId tenant : TENANTS) {
        setup
            .tenant(tenant)
            .run(
                uow -> {
                  for (int i = 0; i < KEYS_PER_TENANT; i++) {
                    String key = "campaign-" + i;
                    uow.dueWork().schedule(key, StoreSamples.T0.plusMillis(i % 97));
                    allKeys.add(qualified(tenant, key));
                  }
                });
      }
    }
    clock.set(StoreSamples.T0.plusSeconds(1));
    Node a = new Node("node-a", db.database);
    Node b = new Node("node-b", db.database);

    // Both nodes work; B is killed once it has completed a few hundred items.
    CountDownLatch bKilled = new CountDownLatch(1);
    AtomicInteger bCompleted = new AtomicInteger();
    a.start(() -> work(a, () -> bKilled.getCount() == 0));
    b.start(
        () ->
            work(
                b,
                () -> {
                  throw new AssertionError("B ran dry before it was killed");
                }));
    while (bKilled.getCount() > 0) {
      bCompleted.set((int) completedBy.values().stream().filter("node-b"::equals).count());
      if (bCompleted.get() >= 300) {
        b.killed.set(true);
        bKilled.countDown();
      } else {
        Thread.sleep(5);
      }
      assertEquals(null, b.failure.get());
    }
    b.join();
    b.pool.close(); // the process is gone: its connections with it
    a.join();
    assertEquals(null, a.failure.get());
    assertEquals(null, b.failure.get());

    // A has done everything it could claim; what is left is exactly what dead B still holds,
    // leased until B's leases expire, so no claim may take it yet.
    Set<String> orphans = b.heldWhenKilled.keySet();
    assertFalse(orphans.isEmpty(), "B held leases when killed");
    assertEquals(orphans.size(), queueSize(a.store));
    for (TenantId tenant : TENANTS) {
      assertEquals(
          List.of(),
          a.store
              .tenant(tenant)
              .inTransaction(uow -> uow.dueWork().claim(clock.get(), 100, "probe", LEASE)));
    }
    orphans.forEach(key -> assertFalse(completions.containsKey(key), key + " completed early"));

    // B's leases expire; A takes its items over and finishes them.
    clock.set(clock.get().plus(LEASE));
    a.start(() -> work(a, () -> true));
    a.join();
    assertEquals(null, a.failure.get());

    assertEquals(0L, queueSize(a.store));
    assertEquals(allKeys, completions.keySet(), "every key completed");
    completions.forEach((key, n) -> assertEquals(1, n.get(), key + " completed " + n + " times"));
    assertEquals(allKeys, channel.firstDeliveredBy.keySet(), "every key delivered");
    for (String orphan : orphans) {
      assertEquals("node-a", completedBy.get(orphan), orphan + " taken over by A");
    }
    // The idempotent channel saw some orphans twice (sent by B just before it died, again by A)
    // and recognised them by key; nothing else was ever sent twice.
    long sentTwice = channel.attempts.values().stream().filter(n -> n.get() > 1).count();
    assertTrue(sentTwice > 0, "B died after sending at least one item it never completed");
    channel.attempts.forEach(
        (key, n) -> {
          assertTrue(n.get() <= 2, key + " delivered " + n + " times");
          assertTrue(
              n.get() == 1
                  || (orphans.contains(key) && "node-b".equals(channel.firstDeliveredBy.get(key))),
              key + " delivered twice though B never held it");
        });
    assertTrue(
        completedBy.values().stream().filter("node-a"::equals).count() > 0
            && bCompleted.get() >= 300,
        "both nodes did real work");
    a.store.close();
    a.pool.close();
    b.store.close();
  }
}
