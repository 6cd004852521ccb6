package dev.samvad.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.samvad.api.store.ConcurrencyContract;
import dev.samvad.api.store.SamvadStore;

/**
 * The concurrency part of the contract on a pool whose connections start every transaction at
 * SERIALIZABLE, as some hosts configure their databases: the store still serialises each tenant's
 * units of work by its lock and reads at READ COMMITTED under it, so nothing is lost and no
 * serialisation failure reaches the caller.
 */
class SerializableByDefaultTest extends ConcurrencyContract {
  private static final TestStores DATABASE = TestStores.migrated("serializable", 2);
  private static final HikariDataSource SERIALIZABLE_POOL =
      EmbeddedPostgresHolder.pool(
          DATABASE.database,
          6,
          "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE");

  @Override
  protected SamvadStore newStore() {
    DATABASE.emptyStore().close();
    return JdbcStore.builder(SERIALIZABLE_POOL).migrate(false).build();
  }
}
