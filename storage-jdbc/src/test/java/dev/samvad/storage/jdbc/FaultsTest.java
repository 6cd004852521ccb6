package dev.samvad.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.UnavailableException;
import dev.samvad.api.model.Customer;
import dev.samvad.api.store.StoreSamples;
import dev.samvad.api.store.Versioned;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What goes wrong in production, on a real server: a unique key already taken, serialisation
 * failures and deadlocks, migrations run twice, a server too old or wrongly encoded, a database
 * that cannot be reached, and a connection killed in the middle of a unit of work. Each is retried
 * where that is safe or fails with a typed error, and nothing is ever half-written.
 */
class FaultsTest {
  private static final TenantId TENANT = new TenantId("tenant-f");
  private static final TestStores DB = TestStores.migrated("faults", 4);

  private JdbcStore store;

  @BeforeEach
  void open() {
    store = DB.emptyStore();
  }

  @AfterEach
  void close() {
    store.close();
    DB.execute("DROP TRIGGER IF EXISTS fail_customers ON samvad.customers");
  }

  private long customers() {
    return store.tenant(TENANT).inTransaction(uow -> uow.customers().count());
  }

  /**
   * Makes inserts into customers fail with {@code sqlState} the first {@code times} times, through
   * a trigger counting on a sequence (sequences ignore rollback, so the count survives retries).
   */
  private void failCustomerInserts(String sqlState, int times) {
    DB.execute(
        "DROP SEQUENCE IF EXISTS samvad.fail_count; CREATE SEQUENCE samvad.fail_count;"
            + " GRANT USAGE ON SEQUENCE samvad.fail_count TO samvad_app;"
            + " CREATE OR REPLACE FUNCTION samvad.fail_customers() RETURNS trigger"
            + " LANGUAGE plpgsql AS $$ BEGIN"
            + " IF nextval('samvad.fail_count') <= "
            + times
            + " THEN RAISE EXCEPTION 'injected failure' USING ERRCODE = '"
            + sqlState
            + "'; END IF; RETURN NEW; END $$;"
            + " CREATE TRIGGER fail_customers BEFORE INSERT ON samvad.customers"
            + " FOR EACH ROW EXECUTE FUNCTION samvad.fail_customers()");
  }

  // ------------------------------------------------------------------ unique keys

  @Test
  void aTakenIdIsAlreadyExistsAndTheUnitOfWorkGoesOn() {
    Customer first = StoreSamples.customer("cust-1");
    store.tenant(TENANT).run(uow -> uow.customers().insert(first));
    String outcome =
        store
            .tenant(TENANT)
            .inTransaction(
                uow -> {
                  ConflictException e =
                      assertThrows(ConflictException.class, () -> uow.customers().insert(first));
                  assertEquals(ErrorCode.ALREADY_EXISTS, e.code());
                  // The clash was found without failing a statement, so the transaction lives on.
                  uow.customers().insert(StoreSamples.customer("cust-2"));
                  return e.getMessage();
                });
    assertTrue(outcome.contains("cust-1"), outcome);
    assertEquals(2L, customers());
  }

  @Test
  void aUniqueViolationRaisedByTheDatabaseIsAlreadyExists() throws SQLException {
    // Should a constraint fire after all (a host's own unique index, say), it still maps to the
    // typed conflict.
    try (Connection c = DB.database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE once (k int PRIMARY KEY); INSERT INTO once VALUES (1)");
      SQLException e =
          assertThrows(SQLException.class, () -> s.execute("INSERT INTO once VALUES (1)"));
      RuntimeException translated = SqlFailures.translate("inserting", e);
      ConflictException conflict = assertInstanceOf(ConflictException.class, translated);
      assertEquals(ErrorCode.ALREADY_EXISTS, conflict.code());
    }
  }

  private static <T> T assertInstanceOf(Class<T> type, Object value) {
    assertTrue(type.isInstance(value), () -> value + " is not a " + type.getSimpleName());
    return type.cast(value);
  }

  // ------------------------------------------------------------------ retries

  @Test
  void aSerialisationFailureIsRetriedAndTheWorkCommitsOnce() {
    failCustomerInserts("40001", 1);
    AtomicInteger runs = new AtomicInteger();
    Versioned<Customer> written =
        store
            .tenant(TENANT)
            .inTransaction(
                uow -> {
                  runs.incrementAndGet();
                  uow.dueWork().schedule("written-before-the-failure", StoreSamples.T0);
                  return uow.customers().insert(StoreSamples.customer("cust-1"));
                });
    assertEquals(2, runs.get(), "the work runs again after the failure");
    assertEquals(1L, written.version());
    assertEquals(1L, customers());
    assertEquals(1L, (long) store.tenant(TENANT).inTransaction(uow -> uow.dueWork().size()));
  }

  @Test
  void aDeadlockIsRetriedEvenWhenTheWorkCaughtTheFailure() {
    failCustomerInserts("40P01", 2);
    AtomicInteger runs = new AtomicInteger();
    store
        .tenant(TENANT)
        .run(
            uow -> {
              runs.incrementAndGet();
              try {
                uow.customers().insert(StoreSamples.customer("cust-1"));
              } catch (RuntimeException swallowed) {
                // A careless caller; the store must not commit the aborted transaction anyway.
              }
            });
    assertEquals(3, runs.get());
    assertEquals(1L, customers());
  }

  @Test
  void failuresBeyondTheAttemptLimitAreUnavailableAndWriteNothing() {
    failCustomerInserts("40001", 100);
    AtomicInteger runs = new AtomicInteger();
    UnavailableException e =
        assertThrows(
            UnavailableException.class,
            () ->
                store
                    .tenant(TENANT)
                    .run(
                        uow -> {
                          runs.incrementAndGet();
                          uow.dueWork().schedule("k", StoreSamples.T0);
                          uow.customers().insert(StoreSamples.customer("cust-1"));
                        }));
    assertEquals(ErrorCode.UNAVAILABLE, e.code());
    assertTrue(e.getMessage().contains("40001"), e.getMessage());
    assertEquals(5, runs.get(), "the default attempt limit");
    DB.execute("DROP TRIGGER fail_customers ON samvad.customers");
    assertEquals(0L, customers());
    assertEquals(0L, (long) store.tenant(TENANT).inTransaction(uow -> uow.dueWork().size()));
    assertEquals(List.of(), store.tenants());
  }

  // ------------------------------------------------------------------ migrations

  @Test
  void migratingTwiceAppliesNothingTheSecondTimeAndKeepsTheData() throws Exception {
    int migrations = migrationFiles();
    assertTrue(migrations >= 3, "V1, V2, V3 at least: " + migrations);
    DataSource fresh = EmbeddedPostgresHolder.newDatabase("migrate_twice");
    assertEquals(migrations, Migrations.migrate(fresh, JdbcStore.DEFAULT_APPLICATION_ROLE));
    try (JdbcStore first = JdbcStore.create(fresh)) {
      first.tenant(TENANT).run(uow -> uow.customers().insert(StoreSamples.customer("cust-1")));
    }
    assertEquals(0, Migrations.migrate(fresh, JdbcStore.DEFAULT_APPLICATION_ROLE));
    try (JdbcStore second = JdbcStore.create(fresh)) {
      assertEquals(1L, (long) second.tenant(TENANT).inTransaction(uow -> uow.customers().count()));
    }
    try (Connection c = fresh.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM samvad.flyway_schema_history WHERE success AND type = 'SQL'")) {
      r.next();
      assertEquals(migrations, r.getInt(1), "each migration recorded once");
    }
  }

  /** How many versioned migrations the module ships, counted from its resources. */
  private static int migrationFiles() throws Exception {
    java.nio.file.Path folder =
        java.nio.file.Path.of(Migrations.class.getResource("/db/samvad").toURI());
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
      return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }

  // ------------------------------------------------------------------ the database itself

  @Test
  void aServerOlderThanTheMinimumIsRefusedSayingWhatIsNeeded() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> JdbcStore.builder(DB.pool).migrate(false).minimumServerVersion(990000).build());
    assertEquals("dataSource", e.field());
    assertTrue(e.problem().contains("too old"), e.problem());
    assertTrue(e.problem().contains("PostgreSQL 99 or newer"), e.problem());
  }

  @Test
  void theMinimumIsPostgreSql14() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> ServerCheck.requireVersion(130016, "13.16", ServerCheck.MINIMUM_VERSION_NUM));
    assertEquals(
        "is PostgreSQL 13.16, too old: Samvad's store needs PostgreSQL 14 or newer", e.problem());
    ServerCheck.requireVersion(140000, "14.0", ServerCheck.MINIMUM_VERSION_NUM);
  }

  @Test
  void aDatabaseNotEncodedInUtf8IsRefused() throws SQLException {
    try (Connection admin = EmbeddedPostgresHolder.server().getPostgresDatabase().getConnection();
        Statement s = admin.createStatement()) {
      s.execute(
          "CREATE DATABASE ascii_db ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'"
              + " TEMPLATE template0");
    }
    DataSource ascii = EmbeddedPostgresHolder.server().getDatabase("postgres", "ascii_db");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> JdbcStore.create(ascii));
    assertTrue(e.problem().contains("UTF8"), e.problem());
  }

  @Test
  void anUnreachableDatabaseIsUnavailable() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setServerNames(new String[] {"127.0.0.1"});
    nowhere.setPortNumbers(new int[] {1});
    nowhere.setDatabaseName("none");
    nowhere.setUser("postgres");
    nowhere.setConnectTimeout(2);
    UnavailableException e =
        assertThrows(UnavailableException.class, () -> JdbcStore.create(nowhere));
    assertEquals(ErrorCode.UNAVAILABLE, e.code());
  }

  @Test
  void aUserThatCannotBecomeTheApplicationRoleIsToldTheGrant() {
    DB.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'outsider') THEN"
            + " CREATE ROLE outsider LOGIN; END IF; END $$;"
            + " GRANT USAGE ON SCHEMA samvad TO outsider");
    DataSource asOutsider =
        EmbeddedPostgresHolder.server().getDatabase("outsider", currentDatabase());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> JdbcStore.builder(asOutsider).migrate(false).build());
    assertTrue(e.problem().contains("GRANT samvad_app TO that user"), e.problem());
  }

  // ------------------------------------------------------------------ lost connections

  /** Terminates every other session of the test database, as a failover or a DBA would. */
  private static void terminateOtherSessions() {
    DB.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
  }

  @Test
  void aConnectionLostMidWorkIsUnavailableAndNothingIsWritten() {
    UnavailableException e =
        assertThrows(
            UnavailableException.class,
            () ->
                store
                    .tenant(TENANT)
                    .run(
                        uow -> {
                          uow.customers().insert(StoreSamples.customer("cust-1"));
                          uow.dueWork().schedule("k", StoreSamples.T0);
                          terminateOtherSessions();
                          uow.customers().insert(StoreSamples.customer("cust-2"));
                        }));
    assertEquals(ErrorCode.UNAVAILABLE, e.code());
    assertTrue(e.getMessage().contains("not committed"), e.getMessage());
    // The pool replaces the dead connection; the server rolled the transaction back.
    assertEquals(0L, customers());
    assertEquals(
        Optional.empty(), store.tenant(TENANT).inTransaction(uow -> uow.dueWork().dueAt("k")));
    assertEquals(List.of(), store.tenants());
  }

  @Test
  void aConnectionLostJustBeforeCommitIsUnavailableAndNothingIsWritten() {
    UnavailableException e =
        assertThrows(
            UnavailableException.class,
            () ->
                store
                    .tenant(TENANT)
                    .run(
                        uow -> {
                          uow.customers().insert(StoreSamples.customer("cust-1"));
                          terminateOtherSessions();
                        }));
    assertEquals(ErrorCode.UNAVAILABLE, e.code());
    assertEquals(
        Optional.empty(),
        store.tenant(TENANT).inTransaction(uow -> uow.customers().find(new CustomerId("cust-1"))));
  }

  private static String currentDatabase() {
    try (Connection c = DB.database.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT current_database()")) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
