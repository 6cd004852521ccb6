package dev.samvad.api.store.memory;

import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.StoreContract;

/** The embedded default store runs the whole storage contract. */
class InMemoryStoreContractTest extends StoreContract {
  @Override
  protected SamvadStore newStore() {
    return InMemoryStore.create();
  }
}
