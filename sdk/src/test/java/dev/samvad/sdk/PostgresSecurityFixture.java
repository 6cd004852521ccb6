package dev.samvad.sdk;

import com.zaxxer.hikari.HikariDataSource;
import dev.samvad.storage.jdbc.EmbeddedPostgresHolder;
import dev.samvad.storage.jdbc.JdbcStore;

/** A {@link SecurityFixture} over a fresh database of the embedded PostgreSQL server. */
final class PostgresSecurityFixture implements AutoCloseable {
  private final HikariDataSource pool;
  private final JdbcStore store;
  final SecurityFixture fixture;

  /**
   * @param database a readable start of the database's name
   * @param maxRequestBytes the JSON API's body cap
   */
  PostgresSecurityFixture(String database, int maxRequestBytes) {
    pool = EmbeddedPostgresHolder.pool(EmbeddedPostgresHolder.newDatabase(database), 4);
    store = JdbcStore.create(pool);
    fixture = new SecurityFixture(maxRequestBytes, store);
  }

  @Override
  public void close() {
    fixture.close();
    store.close();
    pool.close();
  }
}
