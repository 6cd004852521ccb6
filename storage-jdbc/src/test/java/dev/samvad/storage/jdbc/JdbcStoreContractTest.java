package dev.samvad.storage.jdbc;

import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.StoreContract;

/** The storage SPI's whole contract, unchanged, against PostgreSQL. */
class JdbcStoreContractTest extends StoreContract {
  private static final TestStores DATABASE = TestStores.migrated("contract", 8);

  @Override
  protected SamvadStore newStore() {
    return DATABASE.emptyStore();
  }
}
