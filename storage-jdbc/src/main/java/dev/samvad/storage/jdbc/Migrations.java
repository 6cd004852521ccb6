package dev.samvad.storage.jdbc;

import dev.samvad.api.UnavailableException;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the {@code samvad} schema up to date with the Flyway migrations in {@code db/samvad}. Safe
 * to run on every start and from several nodes at once: Flyway serialises concurrent runs with a
 * database lock and applies each version once.
 */
final class Migrations {
  /** The schema Samvad's tables live in. */
  static final String SCHEMA = "samvad";

  private Migrations() {}

  /** Applies the pending migrations; returns how many ran. */
  static int migrate(DataSource dataSource, String applicationRole) {
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .schemas(SCHEMA)
            .locations("classpath:db/samvad")
            .placeholders(Map.of("appRole", applicationRole))
            .table("flyway_schema_history")
            .failOnMissingLocations(true)
            .load();
    try {
      MigrateResult result = flyway.migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && SqlFailures.connectionLost(sql)) {
          throw new UnavailableException("cannot reach the database to migrate it: " + sql, e);
        }
      }
      throw new IllegalStateException(
          "Samvad's schema migrations failed; see docs/storage.md for the privileges they need: "
              + e.getMessage(),
          e);
    }
  }
}
