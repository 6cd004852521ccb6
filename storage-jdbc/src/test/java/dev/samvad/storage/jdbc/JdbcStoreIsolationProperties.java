package dev.samvad.storage.jdbc;

import dev.samvad.api.store.StoreIsolationCheck;
import dev.samvad.api.store.StoreIsolationCheck.Step;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No sequence of calls by one tenant reads, changes or infers another's data in PostgreSQL: the
 * model-based isolation property of api's {@link StoreIsolationCheck}, with fewer tries and shorter
 * sequences than in memory because every step is a transaction and every check a few dozen queries.
 */
class JdbcStoreIsolationProperties {
  private static final TestStores DATABASE = TestStores.migrated("isolation", 4);

  @Property(tries = 25)
  void eachTenantObservesExactlyWhatItAloneDid(@ForAll("sequences") List<Step> steps) {
    try (JdbcStore store = DATABASE.emptyStore()) {
      StoreIsolationCheck.check(store, steps);
    }
  }

  @Provide
  Arbitrary<List<Step>> sequences() {
    return StoreIsolationCheck.sequences(12);
  }
}
