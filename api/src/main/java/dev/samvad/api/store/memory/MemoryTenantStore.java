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
   * Takes the tenant's lock, spinning for up to {@link #SPIN_NANOS} before parking. Units of work
   * are short (microseconds), and on a busy tenant the lock changes hands constantly: a parked
   * waiter must be woken by the operating system, which took longer than the waits themselves and
   * halved two threads' throughput on one tenant (measured with {@code RuntimeThroughput}). A
   * waiter that has spun this long parks, so a long unit of work does not burn a core.
   */
  private static void lock(ReentrantLock lock) {
    if (lock.tryLock()) {
      return;
    }
    long deadline = System.nanoTime() + SPIN_NANOS;
    do {
      Thread.onSpinWait();
      if (lock.tryLock()) {
        return;
      }
    } while (System.nanoTime() - deadline < 0);
    lock.lock();
  }

  private static final long SPIN_NANOS = 100_000;

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
