package dev.samvad.storage.jdbc;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.UnavailableException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * What the store checks of a database before it touches it: PostgreSQL, recent enough, UTF-8.
 * Failing any of these is a setup mistake the host must fix, reported as an {@link
 * InvalidInputException} on {@code dataSource} that says what was found and what is needed.
 */
final class ServerCheck {
  /** PostgreSQL 14: the oldest release still supported upstream when this store was written. */
  static final int MINIMUM_VERSION_NUM = 140000;

  private ServerCheck() {}

  /**
   * What the check found that the store adapts to.
   *
   * @param versionNum the server's {@code server_version_num}
   * @param readCommitted whether the pool's connections start transactions at READ COMMITTED
   */
  record Found(int versionNum, boolean readCommitted) {}

  /** Checks the database behind {@code dataSource}. */
  static Found check(DataSource dataSource, int minimumVersionNum) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT current_setting('server_version_num')::int,"
                    + " current_setting('server_version'), current_setting('server_encoding'),"
                    + " current_setting('default_transaction_isolation')")) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (!"PostgreSQL".equals(product)) {
        throw new InvalidInputException(
            "dataSource", "is " + product + "; the JDBC store needs PostgreSQL");
      }
      row.next();
      int versionNum = row.getInt(1);
      requireVersion(versionNum, row.getString(2), minimumVersionNum);
      String encoding = row.getString(3);
      if (!"UTF8".equalsIgnoreCase(encoding)) {
        throw new InvalidInputException(
            "dataSource",
            "is a database encoded in "
                + encoding
                + "; Samvad stores text in every Indian script and needs a UTF8 database"
                + " (CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0)");
      }
      return new Found(versionNum, "read committed".equals(row.getString(4)));
    } catch (SQLException e) {
      throw new UnavailableException(
          "cannot reach the database to check it (SQLSTATE " + e.getSQLState() + "): " + e, e);
    }
  }

  /** Throws unless {@code versionNum} (as in {@code server_version_num}) is recent enough. */
  static void requireVersion(int versionNum, String version, int minimumVersionNum) {
    if (versionNum < minimumVersionNum) {
      throw new InvalidInputException(
          "dataSource",
          "is PostgreSQL "
              + version
              + ", too old: Samvad's store needs PostgreSQL "
              + major(minimumVersionNum)
              + " or newer");
    }
  }

  private static int major(int versionNum) {
    return versionNum / 10000;
  }
}
