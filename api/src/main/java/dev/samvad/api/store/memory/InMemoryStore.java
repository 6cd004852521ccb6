package dev.samvad.api.store.memory;

import dev.samvad.api.TenantId;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.TenantStore;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe {@link SamvadStore} held in memory: the embedded default and the reference
 * implementation of the storage contract.
 *
 * <p>Guarantees: units of work of one tenant run one at a time (each holds its tenant's lock for
 * its duration), so they are serializable; different tenants never contend. A unit of work that
 * throws leaves no trace. Versions, unique keys and leases behave as the SPI documents. Data lives
 * as long as this object.
 */
public final class InMemoryStore implements SamvadStore {
  private final ConcurrentMap<TenantId, TenantData> tenants = new ConcurrentHashMap<>();
  private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

  /** One counter for the whole store, so a lease token never matches another tenant's item. */
  private final AtomicLong leaseTokens = new AtomicLong();

  private InMemoryStore() {}

  /** A new, empty store. */
  public static InMemoryStore create() {
    return new InMemoryStore();
  }

  @Override
  public TenantStore tenant(TenantId tenant) {
    return new MemoryTenantStore(
        tenant, tenants.computeIfAbsent(tenant, t -> new TenantData(leaseTokens)), inTransaction);
  }

  @Override
  public List<TenantId> tenants() {
    return tenants.entrySet().stream()
        .filter(e -> e.getValue().hasWritten())
        .map(java.util.Map.Entry::getKey)
        .sorted(Comparator.comparing(TenantId::value))
        .toList();
  }
}
