package dev.samvad.sdk;

import com.zaxxer.hikari.HikariDataSource;
import dev.samvad.storage.jdbc.EmbeddedPostgresHolder;
import dev.samvad.storage.jdbc.JdbcStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonApiFuzzProperties}' sweep of every route with every hostile payload, on PostgreSQL:
 * text PostgreSQL cannot hold (a NUL character), injection strings and oversized values reach a
 * real database and still answer the error model, never a 500.
 */
class JdbcJsonApiFuzzTest {
  private static HikariDataSource pool;
  private static JdbcStore store;
  private static SecurityFixture fixture;

  @BeforeAll
  static void seed() {
    pool = EmbeddedPostgresHolder.pool(EmbeddedPostgresHolder.newDatabase("sdk_fuzz"), 4);
    store = JdbcStore.create(pool);
    fixture = new SecurityFixture(JsonApiFuzzProperties.CAP, store);
  }

  @AfterAll
  static void close() {
    fixture.close();
    store.close();
    pool.close();
  }

  @Test
  void everyRouteMeetsEveryHostilePayloadOnPostgres() {
    JsonApiFuzzProperties.sweep(fixture, true);
  }
}
