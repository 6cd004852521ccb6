package dev.samvad.storage.jdbc;

import java.sql.SQLException;

/**
 * PostgreSQL aborted the transaction in a way that re-running it may cure: a serialisation failure
 * ({@code 40001}) or a deadlock ({@code 40P01}). Thrown out of store calls and caught by {@link
 * JdbcTenantStore}, which rolls back and runs the work again; never escapes to the host.
 */
final class RetryableFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RetryableFailure(String doing, SQLException cause) {
    super(
        doing + " failed with SQLSTATE " + cause.getSQLState() + ": " + cause.getMessage(), cause);
  }

  String sqlState() {
    return ((SQLException) getCause()).getSQLState();
  }
}
