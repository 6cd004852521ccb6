package dev.samvad.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.channel.Channel;
import dev.samvad.channel.ChannelCapabilities;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.channel.SendResult;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.orchestration.runtime.ExecutionStatus;
import dev.samvad.orchestration.runtime.ExecutionView;
import dev.samvad.orchestration.runtime.RunReport;
import dev.samvad.orchestration.runtime.UniformContexts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two orchestration runtimes on one PostgreSQL database, as two processes would run them: each with
 * its own {@link JdbcStore} over its own connection pool and its own worker threads, both working
 * the same due campaigns. Node B is killed mid-flight: once it has sent a share of the reminders,
 * its next send reaches the provider and then the node dies (its threads stop with an error, its
 * pool is closed), leaving its claimed campaigns and the message it was sending leased and
 * unfinished. After the leases expire on the shared logical clock, node A takes them over.
 *
 * <p>The channel stands for a provider that honours idempotency keys: the first send of a key is a
 * delivery, a repeat is recognised and not delivered again. Every campaign's reminder is delivered
 * exactly once, under one execution, every message ends {@code SENT}, and A re-sent at least one
 * message B had sent when it died (recognised by its key). Then A alone runs the next step for
 * every campaign, exactly once again.
 *
 * <p>Time is a logical clock moved only by the test: nothing depends on the machine's speed.
 */
class MultiNodeRuntimeTest {
  private static final TenantId TENANT = new TenantId("acme");
  private static final int CAMPAIGNS = 1_000;
  private static final int THREADS_PER_NODE = 2;
  private static final Duration LEASE = Duration.ofMinutes(5);
  // Invoices fall due on Thursday 12 March 2026: the D-3 reminder is due on Monday 9 March, the
  // due-day reminder on the 12th; both working days in Gujarat. At 18:00 every optimiser slot (the
  // latest
  // is 17:30) has come, so every campaign is due.
  private static final Instant STARTED = ist("2026-03-02T10:00");
  private static final Instant PRE_DUE = ist("2026-03-09T18:00");
  private static final Instant DUE_DAY = ist("2026-03-12T18:00");

  private static Instant ist(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CulturalProfile.INDIA).toInstant();
  }

  /** Thrown inside node B's channel: the node dies right after the provider accepted a send. */
  static final class NodeDied extends Error {
    private static final long serialVersionUID = 1L;

    NodeDied() {
      super("node B died mid-send", null, false, false);
    }
  }

  /** The provider: the first send of an idempotency key is a delivery; repeats are recognised. */
  static final class IdempotentProvider {
    final Map<String, String> deliveredBy = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    // execution id -> deliveries (distinct keys) of it
    final Map<String, AtomicInteger> perExecution = new ConcurrentHashMap<>();

    void send(OutboundMessage message, String key, String node) {
      calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      if (deliveredBy.putIfAbsent(key, node) == null) {
        perExecution
            .computeIfAbsent(message.executionId().value(), k -> new AtomicInteger())
            .incrementAndGet();
      }
    }
  }

  /** One node's channel onto the shared provider. */
  static final class NodeChannel implements Channel {
    final IdempotentProvider provider;
    final String node;
    final AtomicBoolean dead = new AtomicBoolean();
    final AtomicInteger sends = new AtomicInteger();
    final int dieAfter;
    final Map<String, Boolean> sentWhenDying = new ConcurrentHashMap<>();

    NodeChannel(IdempotentProvider provider, String node, int dieAfter) {
      this.provider = provider;
      this.node = node;
      this.dieAfter = dieAfter;
    }

    @Override
    public ChannelCapabilities capabilities() {
      return ChannelCapabilities.unrestricted(false);
    }

    @Override
    public SendResult send(OutboundMessage message, String key) {
      if (dead.get()) {
        throw new NodeDied();
      }
      provider.send(message, key, node);
      if (sends.incrementAndGet() >= dieAfter) {
        // Sent, but the node dies before it can record the result or finish its batch.
        dead.set(true);
        sentWhenDying.put(key, true);
        throw new NodeDied();
      }
      return new SendResult.Accepted(node + "-" + key);
    }
  }

  /** A node: its own pool, store, runtime and threads. */
  static final class Node {
    final String name;
    final HikariDataSource pool;
    final CampaignRuntime runtime;
    final NodeChannel channel;
    final ExecutorService threads;

    Node(String name, DataSource database, SteppableClock clock, NodeChannel channel) {
      this.name = name;
      this.channel = channel;
      this.pool = EmbeddedPostgresHolder.pool(database, THREADS_PER_NODE + 1);
      JdbcStore store = JdbcStore.builder(pool).migrate(false).build();
      CampaignRuntime.Builder builder =
          CampaignRuntime.builder(store, UniformContexts.gujaratTraders())
              .clock(clock)
              .nodeId(name)
              .leaseFor(LEASE)
              .batchSize(8)
              .holdOutShare(0);
      for (ChannelKind kind : List.of(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WHATSAPP)) {
        builder.channel(kind, channel);
      }
      this.runtime = builder.build();
      this.threads = Executors.newFixedThreadPool(THREADS_PER_NODE);
    }

    /** Every thread runs due work at {@code now} until nothing is due or the node dies. */
    List<Future<RunReport>> runDue(Instant now) {
      List<Future<RunReport>> passes = new ArrayList<>();
      for (int i = 0; i < THREADS_PER_NODE; i++) {
        passes.add(
            threads.submit(
                () -> {
                  RunReport total = RunReport.EMPTY;
                  while (true) {
                    RunReport pass = runtime.runDue(now);
                    total = total.plus(pass);
                    if (pass.claimed() == 0) {
                      return total;
                    }
                  }
                }));
      }
      return passes;
    }

    /** Kills the node's threads and closes its pool, completing nothing. */
    void kill() throws InterruptedException {
      threads.shutdownNow();
      threads.awaitTermination(30, TimeUnit.SECONDS);
      pool.close();
    }
  }

  private static OpenItem item(int i) {
    Money amount = Money.ofRupees(1_000 + i);
    return new OpenItem(
        new InvoiceId("I" + i),
        "INV/" + i,
        LocalDate.of(2026, 2, 20),
        LocalDate.of(2026, 3, 12),
        amount,
        amount);
  }

  private static RunReport sum(List<Future<RunReport>> passes) throws Exception {
    RunReport total = RunReport.EMPTY;
    for (Future<RunReport> pass : passes) {
      total = total.plus(pass.get());
    }
    return total;
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void twoRuntimesOnePostgresNodeKilledEveryStepSentOnce() throws Exception {
    DataSource database = EmbeddedPostgresHolder.newDatabase("multi_runtime");
    try (HikariDataSource migrator = EmbeddedPostgresHolder.pool(database, 3)) {
      JdbcStore.create(migrator).close();
    }
    SteppableClock clock = SteppableClock.startingAt(STARTED);
    IdempotentProvider provider = new IdempotentProvider();
    Node a =
        new Node("node-a", database, clock, new NodeChannel(provider, "node-a", Integer.MAX_VALUE));
    Node b =
        new Node("node-b", database, clock, new NodeChannel(provider, "node-b", CAMPAIGNS / 10));
    try {
      List<Future<?>> starts = new ArrayList<>();
      for (Node node : List.of(a, b)) {
        int first = node == a ? 0 : 1;
        starts.add(
            node.threads.submit(
                () -> {
                  for (int i = first; i < CAMPAIGNS; i += 2) {
                    node.runtime.start(
                        TENANT,
                        new CampaignId("mn-" + i),
                        new CustomerId("C-" + i),
                        Playbooks.STANDARD_B2B,
                        List.of(item(i)));
                  }
                }));
      }
      for (Future<?> start : starts) {
        start.get();
      }

      // Both nodes work the D-3 reminders; B dies once it has sent a tenth of them.
      clock.advance(Duration.between(STARTED, PRE_DUE));
      List<Future<RunReport>> passesA = a.runDue(PRE_DUE);
      List<Future<RunReport>> passesB = b.runDue(PRE_DUE);
      int died = 0;
      for (Future<RunReport> pass : passesB) {
        try {
          pass.get();
        } catch (java.util.concurrent.ExecutionException e) {
          assertTrue(e.getCause() instanceof NodeDied, () -> "unexpected: " + e.getCause());
          died++;
        }
      }
      assertTrue(died > 0, "node B was to die mid-flight");
      b.kill();
      RunReport first = sum(passesA);
      assertEquals(0, first.errors(), first.toString());
      int deliveredBeforeTakeover = provider.perExecution.size();
      assertTrue(
          deliveredBeforeTakeover < CAMPAIGNS,
          "B's leased work waits for its leases to expire: " + deliveredBeforeTakeover);

      // B's leases expire; A takes its campaigns and the message it was sending over.
      Instant takeover = PRE_DUE.plus(LEASE).plusSeconds(60);
      clock.advance(Duration.between(PRE_DUE, takeover));
      RunReport second = sum(a.runDue(takeover));
      assertEquals(0, second.errors(), second.toString());
      assertTrue(second.claimed() > 0, "A took B's leases over");

      assertEquals(CAMPAIGNS, provider.perExecution.size(), "one reminder per campaign");
      provider.perExecution.forEach(
          (execution, n) -> assertEquals(1, n.get(), execution + " delivered " + n + " times"));
      Map<String, Integer> perCampaign = new ConcurrentHashMap<>();
      provider.perExecution.keySet().stream()
          .map(e -> e.substring(0, e.lastIndexOf(':')))
          .forEach(c -> perCampaign.merge(c, 1, Integer::sum));
      assertEquals(CAMPAIGNS, perCampaign.size());
      perCampaign.forEach((c, n) -> assertEquals(1, n, c + " got " + n + " reminders"));
      String dyingKey = b.channel.sentWhenDying.keySet().iterator().next();
      assertEquals(
          "node-b", provider.deliveredBy.get(dyingKey), "B delivered the message it died on");
      assertTrue(
          provider.calls.get(dyingKey).get() >= 2,
          "A sent B's last message again under the same key after the takeover");

      // Every message ended SENT; none is left SENDING under a dead lease.
      for (int i = 0; i < CAMPAIGNS; i++) {
        List<ExecutionView> executions = a.runtime.executions(TENANT, new CampaignId("mn-" + i));
        assertEquals(1, executions.size(), "mn-" + i);
        assertEquals(ExecutionStatus.SENT, executions.get(0).status(), "mn-" + i);
      }

      // A alone runs the due-day step: once per campaign again.
      clock.advance(Duration.between(takeover, DUE_DAY));
      RunReport third = sum(a.runDue(DUE_DAY));
      assertEquals(0, third.errors(), third.toString());
      assertEquals(2 * CAMPAIGNS, provider.perExecution.size(), "two steps per campaign");
      provider.perExecution.forEach(
          (execution, n) -> assertEquals(1, n.get(), execution + " delivered " + n + " times"));
      assertFalse(provider.deliveredBy.isEmpty());
      System.out.printf(
          "multi-node: %d campaigns; B delivered %d before dying; A's passes %s / %s / %s%n",
          CAMPAIGNS,
          provider.deliveredBy.values().stream().filter("node-b"::equals).count(),
          first,
          second,
          third);
    } finally {
      a.threads.shutdownNow();
      a.pool.close();
      if (!b.pool.isClosed()) {
        b.kill();
      }
    }
  }
}
