package dev.samvad.api.store.memory;

import dev.samvad.api.TenantId;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.TenantStore;
import java.util.List;

/** Placeholder: being written. */
public final class InMemoryStore implements SamvadStore {
  private InMemoryStore() {}

  /** A new empty store. */
  public static InMemoryStore create() {
    return new InMemoryStore();
  }

  @Override
  public TenantStore tenant(TenantId tenant) {
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public List<TenantId> tenants() {
    throw new UnsupportedOperationException("in progress");
  }
}
