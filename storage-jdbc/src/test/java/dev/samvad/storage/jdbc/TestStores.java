package dev.samvad.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A migrated database with a pool, from which tests take empty stores quickly: {@link #emptyStore}
 * truncates every table (as the owner) and builds a store without migrating again.
 */
final class TestStores {
  /**
   * Empties every table. DELETE, not TRUNCATE: the tables hold a handful of rows between tests, and
   * TRUNCATE's new files for some forty relations (partitions included) cost more than the rows.
   */
  private static final String EMPTY =
      java.util.stream.Stream.of(
              "tenants",
              "customers",
              "customer_contact_hashes",
              "invoices",
              "payments",
              "interactions",
              "cultural_profiles",
              "relationship_profiles",
              "campaigns",
              "executions",
              "due_work",
              "outbox",
              "audit",
              "consents")
          .map(t -> "DELETE FROM samvad." + t)
          .collect(java.util.stream.Collectors.joining("; "));

  final DataSource database;
  final HikariDataSource pool;

  private TestStores(DataSource database, HikariDataSource pool) {
    this.database = database;
    this.pool = pool;
  }

  /** A new database, migrated once, with a pool of {@code poolSize}. */
  static TestStores migrated(String prefix, int poolSize) {
    DataSource database = EmbeddedPostgresHolder.newDatabase(prefix);
    HikariDataSource pool = EmbeddedPostgresHolder.pool(database, poolSize);
    JdbcStore.create(pool).close();
    return new TestStores(database, pool);
  }

  /** A store over the pool holding no data at all. */
  JdbcStore emptyStore() {
    execute(EMPTY);
    return JdbcStore.builder(pool).migrate(false).build();
  }

  /** Runs {@code sql} as the database's owner (the superuser), outside any store. */
  void execute(String sql) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
