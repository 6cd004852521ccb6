package dev.samvad.sdk;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@link JsonApiIsolationProperties} on PostgreSQL (embedded, row-level security on): the same
 * property with fewer tries and shorter sequences, as every call is a few transactions.
 */
class JdbcJsonApiIsolationProperties extends JsonApiIsolationCheck.Sequences {
  private static PostgresSecurityFixture postgres;

  JdbcJsonApiIsolationProperties() {
    super(() -> postgres.fixture, 6);
  }

  @BeforeContainer
  static void seed() {
    postgres = new PostgresSecurityFixture("sdk_isolation", Samvad.DEFAULT_MAX_REQUEST_BYTES);
  }

  @AfterContainer
  static void close() {
    postgres.close();
  }

  @Property(tries = 15)
  void anotherTenantsIdsAnswerExactlyAsUnusedOnes(
      @ForAll("sequences") List<JsonApiIsolationCheck.Step> steps, @ForAll long seed) {
    check(steps, seed);
  }
}
