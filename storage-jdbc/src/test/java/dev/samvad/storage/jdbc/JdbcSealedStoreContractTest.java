package dev.samvad.storage.jdbc;

import dev.samvad.api.spi.InMemoryKeyProvider;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.StoreContract;

/**
 * The storage SPI's whole contract, unchanged, against PostgreSQL with field encryption on: every
 * sealable document written sealed, customers found through keyed hashes.
 */
class JdbcSealedStoreContractTest extends StoreContract {
  private static final TestStores DATABASE = TestStores.migrated("sealedcontract", 8);
  private static final InMemoryKeyProvider KEYS = new InMemoryKeyProvider();

  @Override
  protected SamvadStore newStore() {
    DATABASE.emptyStore().close();
    return JdbcStore.builder(DATABASE.pool).migrate(false).keyProvider(KEYS).build();
  }
}
