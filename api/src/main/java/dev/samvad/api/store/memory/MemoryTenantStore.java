package dev.samvad.api.store.memory;

import dev.samvad.api.TenantId;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import java.util.concurrent.locks.ReentrantLock;
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

  /**
   * Takes the tenant's lock, spinning a little before parking: units of work are short (a few
   * microseconds), so a waiter usually gets the lock sooner by spinning than by being parked and
   * woken, which costs more than the wait itself.
   */
  private static void lock(ReentrantLock lock) {
    for (int spin = 0; spin < SPINS; spin++) {
      if (lock.tryLock()) {
        return;
      }
      Thread.onSpinWait();
    }
    lock.lock();
  }

  private static final int SPINS = 200;

  @Override
  public <T> T inTransaction(Function<? super UnitOfWork, ? extends T> work) {
    if (inTransaction.get()) {
      throw new IllegalStateException("units of work do not nest; finish the outer one first");
    }
    inTransaction.set(true);
    lock(data.lock());
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
