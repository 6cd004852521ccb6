package dev.samvad.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL server per JVM, started on first use and stopped at exit, with a fresh
 * UTF8 database per caller. Starting the server takes a second or two; a database takes tens of
 * milliseconds, so every test class gets its own and none sees another's data.
 *
 * <p>The server runs with {@code fsync} and {@code synchronous_commit} off: tests need atomicity
 * and isolation, not durability across a power cut, and this keeps the suite fast. Benchmarks that
 * should pay for durable commits start their own server with {@link #startDurable()}.
 *
 * <p>Published in this module's test-jar for the benchmarks and the examples' tests.
 */
public final class EmbeddedPostgresHolder {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresHolder() {}

  /** The shared server, started on first use. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      server = start(false);
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
    }
    return server;
  }

  /** A new server of its own that commits durably (fsync on); the caller closes it. */
  public static EmbeddedPostgres startDurable() {
    return start(true);
  }

  private static EmbeddedPostgres start(boolean durable) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setServerConfig("max_connections", "200")
              .setServerConfig("shared_buffers", "64MB");
      if (!durable) {
        builder
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off");
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  /**
   * A new, empty UTF8 database on the shared server.
   *
   * @param prefix a readable start of the database's name
   * @return a non-pooling data source connecting as the superuser {@code postgres}
   */
  public static DataSource newDatabase(String prefix) {
    return newDatabase(server(), prefix);
  }

  /** A new, empty UTF8 database on {@code on}. */
  public static DataSource newDatabase(EmbeddedPostgres on, String prefix) {
    String name = prefix.toLowerCase(java.util.Locale.ROOT) + "_" + DATABASES.incrementAndGet();
    try (Connection admin = on.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return on.getDatabase("postgres", name);
  }

  /** The JDBC URL of a database on {@code on}, as the superuser. */
  public static String url(EmbeddedPostgres on, String database) {
    return on.getJdbcUrl("postgres", database);
  }

  /** A Hikari pool of {@code size} connections over {@code database}. */
  public static HikariDataSource pool(DataSource database, int size) {
    return pool(database, size, null);
  }

  /** A pool whose connections first run {@code initSql} (such as a session setting), if given. */
  public static HikariDataSource pool(DataSource database, int size, String initSql) {
    HikariConfig config = new HikariConfig();
    if (initSql != null) {
      config.setConnectionInitSql(initSql);
    }
    config.setDataSource(database);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setPoolName("test-" + DATABASES.get());
    return new HikariDataSource(config);
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      // Exiting anyway.
    }
  }
}
