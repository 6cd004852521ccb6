package dev.samvad.sdk;

import com.zaxxer.hikari.HikariDataSource;
import dev.samvad.storage.jdbc.EmbeddedPostgresHolder;
import dev.samvad.storage.jdbc.JdbcStore;
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
  private static HikariDataSource pool;
  private static JdbcStore store;
  private static SecurityFixture fixture;

  JdbcJsonApiIsolationProperties() {
    super(() -> fixture, 6);
  }

  @BeforeContainer
  static void seed() {
    pool = EmbeddedPostgresHolder.pool(EmbeddedPostgresHolder.newDatabase("sdk_isolation"), 4);
    store = JdbcStore.create(pool);
    fixture = new SecurityFixture(Samvad.DEFAULT_MAX_REQUEST_BYTES, store);
  }

  @AfterContainer
  static void close() {
    fixture.close();
    store.close();
    pool.close();
  }

  @Property(tries = 15)
  void anotherTenantsIdsAnswerExactlyAsUnusedOnes(
      @ForAll("sequences") List<JsonApiIsolationCheck.Step> steps, @ForAll long seed) {
    check(steps, seed);
  }
}
