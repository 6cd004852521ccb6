package dev.samvad.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.Lease;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.Versioned;
import dev.samvad.api.store.memory.InMemoryStore;
import dev.samvad.storage.jdbc.EmbeddedPostgresHolder;
import dev.samvad.storage.jdbc.JdbcStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The due-work queue and a campaign update through the storage SPI, on the in-memory store and on
 * PostgreSQL (an embedded server started per fork with fsync on), side by side in one run.
 *
 * <ul>
 *   <li>{@link #claimComplete}: one unit of work claims one due item, a second completes it and
 *       schedules the item's next step, as a runtime does around a send.
 *   <li>{@link #claimUpdateCommit}: claim, read the campaign, write its new state and release the
 *       item to its next due time, all in one unit of work: the claim-decide-commit cycle (the send
 *       itself is the channel's cost, not the store's).
 *   <li>{@link #claimOne}: the latency of one claim alone, sampled for its percentiles.
 * </ul>
 *
 * <p>{@code nodes=2} gives each of two benchmark threads a store of its own with its own connection
 * pool, as two host processes would have; {@code nodes=1} shares one store. Items are spread over
 * {@code tenants} tenants, each thread working its own tenant when there are enough.
 *
 * <p>Run (see docs/performance.md): {@code java -jar benchmarks/target/benchmarks.jar
 * StoreBenchmark -t 1 -p nodes=1 -p tenants=1} and {@code … -t 2 -p nodes=2 -p tenants=1,4}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 2, time = 3)
public class StoreBenchmark {
  private static final Instant T0 = Instant.parse("2026-11-01T04:30:00Z");
  private static final Instant LATER = T0.plus(Duration.ofDays(1));
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final int ITEMS_PER_TENANT = 1_000;

  /**
   * {@code memory}; {@code postgres}, whose commits wait for the disk; or {@code postgres-async},
   * the same server with {@code synchronous_commit = off} on the store's connections (a commit
   * returns before its WAL is flushed; a crash may lose the last few hundred milliseconds, never
   * corrupt).
   */
  @Param({"memory", "postgres", "postgres-async"})
  public String store;

  @Param({"1"})
  public int nodes;

  @Param({"1"})
  public int tenants;

  private EmbeddedPostgres server;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<SamvadStore> stores = new ArrayList<>();
  private final AtomicLong millis = new AtomicLong();

  /** Starts the server (for PostgreSQL), opens one store per node and seeds every tenant. */
  @Setup(Level.Trial)
  public void open() {
    DataSource database = null;
    if (store.startsWith("postgres")) {
      server = EmbeddedPostgresHolder.startDurable();
      database = EmbeddedPostgresHolder.newDatabase(server, "bench");
    }
    for (int n = 0; n < nodes; n++) {
      if (database == null) {
        if (stores.isEmpty()) {
          stores.add(InMemoryStore.create());
        } else {
          stores.add(stores.get(0)); // memory has no second process: two threads share it
        }
      } else {
        HikariDataSource pool =
            EmbeddedPostgresHolder.pool(
                database,
                4,
                store.equals("postgres-async") ? "SET synchronous_commit = off" : null);
        pools.add(pool);
        stores.add(JdbcStore.create(pool));
      }
    }
    for (int t = 0; t < tenants; t++) {
      TenantId tenant = tenant(t);
      stores
          .get(0)
          .tenant(tenant)
          .run(
              uow -> {
                for (int i = 0; i < ITEMS_PER_TENANT; i++) {
                  String key = "camp-" + i;
                  uow.dueWork().schedule(key, T0);
                  uow.campaigns().insert(campaign(key, "ACTIVE"));
                }
              });
    }
  }

  /** Closes the stores, their pools and the server. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    for (SamvadStore s : stores) {
      s.close();
    }
    pools.forEach(HikariDataSource::close);
    if (server != null) {
      server.close();
    }
  }

  private static TenantId tenant(int index) {
    return new TenantId("bench-" + index);
  }

  private static CampaignRecord campaign(String id, String status) {
    return new CampaignRecord(
        new CampaignId(id),
        new CustomerId("cust-" + id),
        "Follow-up " + id,
        "PAYMENT_FOLLOW_UP",
        status,
        "{\"state\":\"" + status + "\"}",
        T0);
  }

  /** What one benchmark thread works with: its node's store, its tenant, its owner name. */
  @State(Scope.Thread)
  public static class Worker {
    SamvadStore store;
    TenantId tenant;
    String owner;
    long step;

    /** Gives thread {@code i} node {@code i % nodes} and tenant {@code i % tenants}. */
    @Setup(Level.Trial)
    public void pick(StoreBenchmark bench, ThreadParams thread) {
      int index = thread.getThreadIndex();
      store = bench.stores.get(index % bench.nodes);
      tenant = tenant(index % bench.tenants);
      owner = "node-" + (index % bench.nodes) + "-thread-" + index;
    }
  }

  /** Claims one item in one unit of work; completes it and schedules its next step in another. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Lease claimComplete(Worker w) {
    List<Lease> leases =
        w.store
            .tenant(w.tenant)
            .inTransaction(uow -> uow.dueWork().claim(LATER, 1, w.owner, LEASE));
    Lease lease = leases.get(0);
    w.store
        .tenant(w.tenant)
        .run(
            uow -> {
              uow.dueWork().complete(lease);
              uow.dueWork().schedule(lease.key(), LATER);
            });
    return lease;
  }

  /** Claims, reads and rewrites the campaign, and releases the item, in one unit of work. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Versioned<CampaignRecord> claimUpdateCommit(Worker w) {
    String status = "STEP_" + (w.step++ % 5);
    return w.store
        .tenant(w.tenant)
        .inTransaction(
            uow -> {
              Lease lease = uow.dueWork().claim(LATER, 1, w.owner, LEASE).get(0);
              CampaignId id = new CampaignId(lease.key());
              Versioned<CampaignRecord> current = uow.campaigns().find(id).orElseThrow();
              Versioned<CampaignRecord> next =
                  uow.campaigns().update(campaign(lease.key(), status), current.version());
              uow.dueWork().release(lease, LATER);
              return next;
            });
  }

  /**
   * One claim of one item. Time is logical and moves a millisecond per claim while leases last a
   * millisecond, so an item is always due again and the queue never runs dry.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Lease> claimOne(Worker w) {
    Instant now = LATER.plusMillis(millis.incrementAndGet());
    return w.store
        .tenant(w.tenant)
        .inTransaction(uow -> uow.dueWork().claim(now, 1, w.owner, Duration.ofMillis(1)));
  }
}
