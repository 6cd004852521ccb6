package dev.samvad.storage.jdbc;

import dev.samvad.api.TenantId;
import dev.samvad.api.UnavailableException;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * One tenant's view of a {@link JdbcStore}. A unit of work is one database transaction that first
 * takes the tenant's advisory lock; a serialisation failure or deadlock rolls it back and runs the
 * work again, up to the store's attempt limit.
 */
final class JdbcTenantStore implements TenantStore {
  private static final String REGISTER =
      "INSERT INTO samvad.tenants (id) VALUES (?) ON CONFLICT DO NOTHING";

  private final TenantId tenant;
  private final JdbcStore store;

  JdbcTenantStore(TenantId tenant, JdbcStore store) {
    this.tenant = tenant;
    this.store = store;
  }

  @Override
  public TenantId tenantId() {
    return tenant;
  }

  @Override
  public <T> T inTransaction(Function<? super UnitOfWork, ? extends T> work) {
    ThreadLocal<Boolean> inTransaction = store.inTransaction();
    if (inTransaction.get()) {
      throw new IllegalStateException("units of work do not nest; finish the outer one first");
    }
    inTransaction.set(true);
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return attempt(work);
        } catch (RetryableFailure e) {
          if (attempt >= store.maxAttempts()) {
            throw new UnavailableException(
                "gave up on a unit of work of "
                    + tenant.value()
                    + " after "
                    + attempt
                    + " attempts, the last failing with SQLSTATE "
                    + e.sqlState()
                    + "; nothing of it was committed",
                e);
          }
          backOff(attempt);
        }
      }
    } finally {
      inTransaction.set(false);
    }
  }

  private <T> T attempt(Function<? super UnitOfWork, ? extends T> work) {
    Connection connection = store.openConnection();
    Tx tx = new Tx(connection, tenant);
    try {
      T result;
      try {
        tx.begin(store.applicationRole());
        result = work.apply(new JdbcUnitOfWork(tx, store.sealer()));
      } catch (Throwable e) {
        tx.rollbackQuietly();
        // The work may have caught the store's failure and thrown its own: run it again all the
        // same, since the transaction failed for a reason a new attempt may cure.
        if (tx.failure() instanceof RetryableFailure retry) {
          throw retry;
        }
        throw e;
      }
      RuntimeException failure = tx.failure();
      if (failure != null) {
        // The work swallowed a failed store call; the transaction cannot commit.
        tx.rollbackQuietly();
        throw failure;
      }
      boolean register = tx.wrote() && !store.isRegistered(tenant);
      if (register) {
        tx.update("registering the tenant", REGISTER, s -> s.setString(1, tenant.value()));
      }
      tx.commit();
      if (register) {
        store.registered(tenant);
      }
      return result;
    } finally {
      tx.end();
      store.closeQuietly(connection);
    }
  }

  private static void backOff(int attempt) {
    long maxMillis = Math.min(50, 2L << attempt);
    LockSupport.parkNanos(
        TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(1, maxMillis + 1)));
  }
}
