package dev.samvad.sdk;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Through the JSON API on the in-memory store, no sequence of calls by tenant A's principals (any
 * roles) naming tenant B's ids reads, changes or infers B's data ({@link JsonApiIsolationCheck}).
 */
class JsonApiIsolationProperties extends JsonApiIsolationCheck.Sequences {
  private static SecurityFixture fixture;

  JsonApiIsolationProperties() {
    super(() -> fixture, 10);
  }

  @BeforeContainer
  static void seed() {
    fixture = new SecurityFixture();
  }

  @AfterContainer
  static void close() {
    fixture.close();
  }

  @Property(tries = 50)
  void anotherTenantsIdsAnswerExactlyAsUnusedOnes(
      @ForAll("sequences") List<JsonApiIsolationCheck.Step> steps, @ForAll long seed) {
    check(steps, seed);
  }
}
