package dev.samvad.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.UnavailableException;
import dev.samvad.api.spi.KeyProvider;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.TenantStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samvad's state in PostgreSQL: the production {@link SamvadStore}, on plain JDBC.
 *
 * <pre>{@code
 * SamvadStore store = JdbcStore.create(dataSource);       // your pool; migrates the schema
 * try (Samvad samvad = Samvad.builder().store(store).build()) { ... }
 * store.close();                                           // your DataSource stays open
 * }</pre>
 *
 * <p>What it guarantees, beyond the storage SPI's contract (which it passes unchanged):
 *
 * <ul>
 *   <li><b>Schema.</b> {@link #create} applies the Flyway migrations in {@code db/samvad} to the
 *       schema {@code samvad}: idempotent, and safe when several nodes start at once.
 *   <li><b>Tenant isolation in the database.</b> Every unit of work runs as the role {@value
 *       #DEFAULT_APPLICATION_ROLE} with the transaction-local setting {@code samvad.tenant_id};
 *       row-level security admits only that tenant's rows, so not even a faulty query can read or
 *       change another tenant's data.
 *   <li><b>Serializable units of work per tenant.</b> A unit of work is one transaction that first
 *       takes its tenant's advisory lock ({@code pg_advisory_xact_lock}), so units of work of one
 *       tenant run one after another, on one node or many; different tenants never wait for each
 *       other. Keep units of work short: send messages between them, not inside.
 *   <li><b>Retries.</b> A serialisation failure or deadlock ({@code 40001}, {@code 40P01}) rolls
 *       the transaction back and runs the work again, up to {@link Builder#maxAttempts} times; so
 *       work must have no side effects outside the store, as the SPI already asks.
 *   <li><b>Typed failures.</b> An unreachable database or a connection lost mid-work is an {@link
 *       UnavailableException} ({@code UNAVAILABLE}) and nothing of the work is kept; a lost
 *       connection during commit says the outcome is unknown. A database that is not PostgreSQL 14
 *       or newer with UTF8 encoding is refused at {@link #create} with an {@link
 *       InvalidInputException} naming {@code dataSource}.
 *   <li><b>Field encryption</b> (with {@link Builder#keyProvider}): message text, contact details
 *       and judgements are sealed with AES-256-GCM under per-tenant keys, bound to their tenant and
 *       row; customers are found by phone or e-mail through keyed hashes; {@link #reseal} finishes
 *       a key rotation.
 *   <li><b>Several nodes.</b> The due-work queue claims with {@code SELECT … FOR UPDATE SKIP
 *       LOCKED}; leases expire by the claimer's clock, and a dead node's items are claimed again
 *       once its leases run out.
 * </ul>
 *
 * <p>Thread-safe; share one per process. Needs a pool of at least as many connections as threads
 * that run units of work at once. See {@code docs/storage.md} for setup, sizing and backups.
 */
public final class JdbcStore implements SamvadStore {
  /** The role the store works as unless {@link Builder#applicationRole} names another. */
  public static final String DEFAULT_APPLICATION_ROLE = "samvad_app";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
  private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String BECOME_ROLE = "SELECT set_config('role', ?, true)";
  private static final String TENANTS = "SELECT id FROM samvad.tenants ORDER BY id";
  private static final int RESEAL_BATCH = 500;

  private final DataSource dataSource;
  private final @Nullable HikariDataSource ownedPool;
  private final String applicationRole;
  private final int maxAttempts;
  private final boolean setReadCommitted;
  private final Sealer sealer;
  private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
  private final Set<TenantId> registered = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdbcStore(Builder b, @Nullable HikariDataSource ownedPool, boolean setReadCommitted) {
    this.dataSource = b.dataSource;
    this.setReadCommitted = setReadCommitted;
    this.ownedPool = ownedPool;
    this.applicationRole = b.applicationRole;
    this.maxAttempts = b.maxAttempts;
    this.sealer = Sealer.of(b.keyProvider);
  }

  /**
   * A store on the host's pool, with the schema migrated and the database checked. The pool stays
   * the host's: {@link #close()} leaves it open.
   *
   * @param dataSource a pool of connections to a PostgreSQL database whose user may create the
   *     schema {@code samvad} and the role {@value #DEFAULT_APPLICATION_ROLE} (see {@code
   *     docs/storage.md}; use {@link #builder} with {@code migrate(false)} when a DBA migrates)
   * @throws InvalidInputException naming {@code dataSource} when the database is not PostgreSQL 14
   *     or newer in UTF8
   * @throws UnavailableException when the database cannot be reached
   */
  public static JdbcStore create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * A store with its own connection pool to {@code jdbcUrl}, closed with the store. For tools and
   * small hosts; a host with its own pool should pass it to {@link #create}.
   *
   * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database?user=…&password=…}
   * @param maxConnections the pool's size, at least 1
   * @throws InvalidInputException naming {@code jdbcUrl} when it is not a PostgreSQL JDBC URL, or
   *     {@code dataSource} as for {@link #create}
   */
  public static JdbcStore connect(String jdbcUrl, int maxConnections) {
    return connectWith(jdbcUrl, maxConnections, null);
  }

  /**
   * As {@link #connect(String, int)}, sealing sensitive fields with {@code keys} (see {@link
   * Builder#keyProvider}).
   */
  public static JdbcStore connect(String jdbcUrl, int maxConnections, KeyProvider keys) {
    return connectWith(jdbcUrl, maxConnections, InvalidInputException.require(keys, "keyProvider"));
  }

  private static JdbcStore connectWith(
      String jdbcUrl, int maxConnections, @Nullable KeyProvider keys) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new InvalidInputException(
          "jdbcUrl", "must start with jdbc:postgresql:, e.g. jdbc:postgresql://localhost/samvad");
    }
    if (maxConnections < 1) {
      throw new InvalidInputException("maxConnections", "must be at least 1");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("samvad");
    config.setMaximumPoolSize(maxConnections);
    config.setMinimumIdle(Math.min(2, maxConnections));
    config.setAutoCommit(false);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    // Fail at once, not after the pool's connection timeout, when the database is unreachable.
    config.setInitializationFailTimeout(1);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw new UnavailableException(
          "cannot connect to " + withoutQuery(jdbcUrl) + ": " + rootMessage(e), e);
    }
    try {
      Builder builder = builder(pool);
      if (keys != null) {
        builder.keyProvider(keys);
      }
      return builder.build(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  /** A builder for a store on {@code dataSource}, for settings beyond {@link #create}'s. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(InvalidInputException.require(dataSource, "dataSource"));
  }

  @Override
  public TenantStore tenant(TenantId tenant) {
    InvalidInputException.require(tenant, "tenant");
    return new JdbcTenantStore(tenant, this);
  }

  @Override
  public List<TenantId> tenants() {
    try {
      return readTenants();
    } catch (StaleConnection e) {
      return readTenants(); // the pool handed out a connection the server had closed; once more
    }
  }

  private List<TenantId> readTenants() {
    Connection connection = openConnection();
    try (PreparedStatement role = connection.prepareStatement(BECOME_ROLE);
        PreparedStatement statement = connection.prepareStatement(TENANTS)) {
      role.setString(1, applicationRole);
      try {
        role.executeQuery().close();
      } catch (SQLException e) {
        if (SqlFailures.connectionLost(e)) {
          throw new StaleConnection();
        }
        throw e;
      }
      List<TenantId> tenants = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          tenants.add(new TenantId(rows.getString(1)));
        }
      }
      connection.commit();
      return tenants;
    } catch (SQLException e) {
      throw SqlFailures.translate("listing tenants", e);
    } finally {
      closeQuietly(connection);
    }
  }

  /** The first statement on a pooled connection found it closed by the server. */
  private static final class StaleConnection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleConnection() {
      super(null, null, false, false);
    }
  }

  /**
   * Seals every row of {@code tenant} that is in clear or sealed under an older key again under the
   * tenant's current primary key, and writes its customers' lookup hashes again: what finishes a
   * key rotation (afterwards no row names the old key, and the provider may drop it) and what
   * encrypts rows written before the store had a key provider. Values and versions do not change,
   * so it runs beside normal work: in batches of 500 rows, each its own unit of work, taking turns
   * with the tenant's other units of work. Idempotent; safe to stop and run again.
   *
   * @return how many rows were rewritten
   * @throws IllegalStateException when this store has no key provider
   */
  public long reseal(TenantId tenant) {
    return reseal(tenant, RESEAL_BATCH);
  }

  /** {@link #reseal(TenantId)} in batches of {@code batch} rows, for tests of the batching. */
  long reseal(TenantId tenant, int batch) {
    InvalidInputException.require(tenant, "tenant");
    if (!sealer.seals()) {
      throw new IllegalStateException(
          "reseal needs a key provider: build the store with JdbcStore.builder(pool).keyProvider(…)");
    }
    TenantStore store = tenant(tenant);
    long rewritten = 0;
    for (Mapping<?> mapping : Mappings.SEALABLE) {
      rewritten += reseal(store, mapping, batch);
    }
    return rewritten;
  }

  private static <V> long reseal(TenantStore store, Mapping<V> mapping, int limit) {
    long rewritten = 0;
    String after = null;
    while (true) {
      String from = after;
      JdbcUnitOfWork.ResealBatch batch =
          store.inTransaction(uow -> ((JdbcUnitOfWork) uow).reseal(mapping, from, limit));
      rewritten += batch.rewritten();
      after = batch.last();
      if (batch.read() < limit) {
        return rewritten;
      }
    }
  }

  /**
   * Closes the pool this store made with {@link #connect}; a pool passed to {@link #create} or
   * {@link #builder} belongs to the host and stays open. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownedPool != null) {
      ownedPool.close();
    }
  }

  // ------------------------------------------------------------------ for the package

  Sealer sealer() {
    return sealer;
  }

  ThreadLocal<Boolean> inTransaction() {
    return inTransaction;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  String applicationRole() {
    return applicationRole;
  }

  boolean isRegistered(TenantId tenant) {
    return registered.contains(tenant);
  }

  void registered(TenantId tenant) {
    registered.add(tenant);
  }

  /** A connection in a fresh transaction (auto-commit off). */
  Connection openConnection() {
    if (closed.get()) {
      throw new IllegalStateException("this JdbcStore is closed");
    }
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new UnavailableException(
          "cannot get a connection to PostgreSQL (SQLSTATE " + e.getSQLState() + "): " + e, e);
    }
    try {
      if (connection.getAutoCommit()) {
        connection.setAutoCommit(false);
      }
      if (setReadCommitted) {
        // The pool starts transactions at a stricter level, whose snapshot would predate the
        // tenant lock; the lock gives the serial order, READ COMMITTED lets each statement see it.
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw SqlFailures.translate("starting a transaction", e);
    }
  }

  void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("closing a connection failed", e);
    }
  }

  /** Settings of a {@link JdbcStore}. Not thread-safe; build once. */
  public static final class Builder {
    private final DataSource dataSource;
    private String applicationRole = DEFAULT_APPLICATION_ROLE;
    private boolean migrate = true;
    private int maxAttempts = 5;
    private int minimumServerVersion = ServerCheck.MINIMUM_VERSION_NUM;
    private @Nullable KeyProvider keyProvider;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Whether {@link #build} applies pending migrations first. Default {@code true}. Turn it off
     * when the application's database user may not change the schema and a DBA runs the migrations
     * (see {@code docs/storage.md}).
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * The role units of work run as, which row-level security binds. Default {@value
     * #DEFAULT_APPLICATION_ROLE}. The pool's user must be a member of it (the migrations make their
     * own user one). Lower-case letters, digits and underscores.
     */
    public Builder applicationRole(String role) {
      if (!ROLE.matcher(InvalidInputException.require(role, "applicationRole")).matches()) {
        throw new InvalidInputException(
            "applicationRole", "must be 1 to 63 lower-case letters, digits and underscores");
      }
      this.applicationRole = role;
      return this;
    }

    /**
     * How many times a unit of work runs before a repeated serialisation failure or deadlock is
     * given up as an {@link UnavailableException}. Default 5; 1 turns retries off.
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new InvalidInputException("maxAttempts", "must be at least 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Seals message text, contact details and judgements at rest with the tenants' keys from {@code
     * keys} (AES-256-GCM; see {@code docs/security.md}, "Field encryption"): customers,
     * interactions, cultural and relationship profiles, campaigns and executions are written
     * sealed, and customers' phone numbers and e-mail addresses get keyed lookup hashes. Rows
     * written in clear before (by a store without keys) stay readable and are sealed when next
     * written, or all at once by {@link JdbcStore#reseal}. Default: none, everything in clear.
     *
     * <p>Every node of a host must use the same keys: a node without them cannot read sealed rows
     * ({@link dev.samvad.api.DataIntegrityException}).
     */
    public Builder keyProvider(KeyProvider keys) {
      this.keyProvider = InvalidInputException.require(keys, "keyProvider");
      return this;
    }

    /** For tests of the version check: the oldest {@code server_version_num} accepted. */
    Builder minimumServerVersion(int versionNum) {
      this.minimumServerVersion = versionNum;
      return this;
    }

    /**
     * Checks the database, migrates it unless turned off, and returns the store.
     *
     * @throws InvalidInputException naming {@code dataSource} when the database is not a recent
     *     enough PostgreSQL in UTF8, or its user cannot become the application role
     * @throws UnavailableException when the database cannot be reached
     * @throws IllegalStateException when a migration fails (its message says which and why)
     */
    public JdbcStore build() {
      return build(null);
    }

    private JdbcStore build(@Nullable HikariDataSource ownedPool) {
      ServerCheck.Found found = ServerCheck.check(dataSource, minimumServerVersion);
      if (migrate) {
        int ran = Migrations.migrate(dataSource, applicationRole);
        if (ran > 0) {
          LOG.info("applied {} Samvad schema migration(s)", ran);
        }
      }
      JdbcStore store = new JdbcStore(this, ownedPool, !found.readCommitted());
      store.checkRole();
      return store;
    }
  }

  /** Fails early, with the fix, when the pool's user cannot become the application role. */
  private void checkRole() {
    Connection connection = openConnection();
    try (PreparedStatement statement = connection.prepareStatement(BECOME_ROLE)) {
      statement.setString(1, applicationRole);
      statement.executeQuery().close();
      connection.rollback();
    } catch (SQLException e) {
      if ("42501".equals(e.getSQLState()) || "22023".equals(e.getSQLState())) {
        throw new InvalidInputException(
            "dataSource",
            "connects as a user that cannot SET ROLE "
                + applicationRole
                + " ("
                + e.getMessage()
                + "); GRANT "
                + applicationRole
                + " TO that user, or run the migrations (they create the role)");
      }
      throw SqlFailures.translate("checking the application role", e);
    } finally {
      closeQuietly(connection);
    }
  }
}
