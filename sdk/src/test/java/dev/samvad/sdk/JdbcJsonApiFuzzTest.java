package dev.samvad.sdk;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonApiFuzzProperties}' sweep of every route with every hostile payload, on PostgreSQL:
 * text PostgreSQL cannot hold (a NUL character), injection strings and oversized values reach a
 * real database and still answer the error model, never a 500.
 */
class JdbcJsonApiFuzzTest {
  private static PostgresSecurityFixture postgres;

  @BeforeAll
  static void seed() {
    postgres = new PostgresSecurityFixture("sdk_fuzz", JsonApiFuzzProperties.CAP);
  }

  @AfterAll
  static void close() {
    postgres.close();
  }

  @Test
  void everyRouteMeetsEveryHostilePayloadOnPostgres() {
    JsonApiFuzzProperties.sweep(postgres.fixture, true);
  }
}
