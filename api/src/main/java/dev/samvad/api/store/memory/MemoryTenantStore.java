package dev.samvad.api.store.memory;

import dev.samvad.api.TenantId;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import java.util.function.Function;

/** One tenant's view of the in-memory store. */
final class MemoryTenantStore implements TenantStore {
  private final TenantId tenantId;
  private final TenantData data;
  private final ThreadLocal<Boolean> inTransaction;

  MemoryTenantStore(TenantId tenantId, TenantData data, ThreadLocal<Boolean> inTransaction) {
    this.tenantId = tenantId;
    this.data = data;
    this.inTransaction = inTransaction;
  }

  @Override
  public TenantId tenantId() {
    return tenantId;
  }

  @Override
  public <T> T inTransaction(Function<? super UnitOfWork, ? extends T> work) {
    if (inTransaction.get()) {
      throw new IllegalStateException("units of work do not nest; finish the outer one first");
    }
    inTransaction.set(true);
    data.lock().lock();
    Transaction tx = new Transaction();
    try {
      T result = work.apply(new MemoryUnitOfWork(data, tx));
      tx.commit();
      if (tx.wrote()) {
        data.markWritten();
      }
      return result;
    } catch (Throwable e) {
      // Throwable, not RuntimeException: a checked exception thrown sneakily must roll back too.
      tx.rollback();
      throw e;
    } finally {
      tx.end();
      data.lock().unlock();
      inTransaction.set(false);
    }
  }
}
