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
  private static final String TRUNCATE =
      "TRUNCATE samvad.tenants, samvad.customers, samvad.invoices, samvad.payments,"
          + " samvad.interactions, samvad.cultural_profiles, samvad.relationship_profiles,"
          + " samvad.campaigns, samvad.executions, samvad.due_work, samvad.outbox, samvad.audit";

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
    execute(TRUNCATE);
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
