package dev.samvad.storage.jdbc;

import dev.samvad.api.TenantId;
import dev.samvad.api.UnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at a unit of work: its connection inside a database transaction, whether it is still
 * open, whether it wrote, and the first database failure it met (after which PostgreSQL accepts
 * nothing but a rollback). Not thread-safe: a unit of work belongs to the thread running it.
 */
final class Tx {
  private static final String BEGIN =
      "SELECT set_config('role', ?, true), set_config('samvad.tenant_id', ?, true),"
          + " pg_advisory_xact_lock(?, hashtext(?))";

  /** The first half of the advisory lock key: "samv", so our locks stay apart from others'. */
  static final int LOCK_CLASS = 0x73616d76;

  private final Connection connection;
  private final TenantId tenant;
  private boolean active = true;
  private boolean wrote;
  private @Nullable RuntimeException failure;

  Tx(Connection connection, TenantId tenant) {
    this.connection = connection;
    this.tenant = tenant;
  }

  TenantId tenant() {
    return tenant;
  }

  String tenantId() {
    return tenant.value();
  }

  /**
   * Becomes the application role, sets the tenant for row-level security and takes the tenant's
   * transaction lock, which makes units of work of one tenant run one after another.
   */
  void begin(String role) {
    checkActive();
    try (PreparedStatement statement = connection.prepareStatement(BEGIN)) {
      statement.setString(1, role);
      statement.setString(2, tenant.value());
      statement.setInt(3, LOCK_CLASS);
      statement.setString(4, tenant.value());
      statement.executeQuery().close();
    } catch (SQLException e) {
      if (SqlFailures.connectionLost(e)) {
        // A pooled connection the server had already closed: nothing ran, so try another.
        failure = new RetryableFailure("starting a unit of work on a dead pooled connection", e);
        throw failure;
      }
      throw fail("starting a unit of work", e);
    }
  }

  void checkActive() {
    if (!active) {
      throw new IllegalStateException("this unit of work has ended; start a new one");
    }
  }

  boolean wrote() {
    return wrote;
  }

  @Nullable RuntimeException failure() {
    return failure;
  }

  /** Runs a query and reads every row. */
  <T> List<T> query(String doing, String sql, Sql.Binder binder, Sql.RowReader<T> reader) {
    checkUsable();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(reader.read(rows));
        }
        return result;
      }
    } catch (SQLException e) {
      throw fail(doing, e);
    }
  }

  /** Runs a query expected to return at most one row. */
  <T> Optional<T> queryOne(String doing, String sql, Sql.Binder binder, Sql.RowReader<T> reader) {
    List<T> rows = query(doing, sql, binder, reader);
    if (rows.size() > 1) {
      throw new IllegalStateException(doing + " returned " + rows.size() + " rows, expected one");
    }
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Runs a query returning one number, such as a count. */
  long queryLong(String doing, String sql, Sql.Binder binder) {
    return queryOne(doing, sql, binder, row -> row.getLong(1))
        .orElseThrow(() -> new IllegalStateException(doing + " returned no row"));
  }

  /** Runs an insert, update or delete; returns the rows changed and notes that this work wrote. */
  int update(String doing, String sql, Sql.Binder binder) {
    checkUsable();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      int changed = statement.executeUpdate();
      if (changed > 0) {
        wrote = true;
      }
      return changed;
    } catch (SQLException e) {
      throw fail(doing, e);
    }
  }

  /** Notes that this work changed state through a statement whose count {@link #update} missed. */
  void markWritten() {
    wrote = true;
  }

  private void checkUsable() {
    checkActive();
    if (failure != null) {
      if (failure instanceof RetryableFailure retry) {
        throw retry;
      }
      throw new IllegalStateException(
          "an earlier store call of this unit of work failed, so it can only roll back: "
              + failure.getMessage(),
          failure);
    }
  }

  private RuntimeException fail(String doing, SQLException e) {
    RuntimeException translated = SqlFailures.translate(doing, e);
    failure = translated;
    return translated;
  }

  void commit() {
    try {
      connection.commit();
    } catch (SQLException e) {
      if (SqlFailures.retryable(e.getSQLState())) {
        throw new RetryableFailure("committing", e);
      }
      if (SqlFailures.connectionLost(e)) {
        throw new UnavailableException(
            "lost the connection to PostgreSQL while committing a unit of work of "
                + tenant.value()
                + "; it was committed whole or not at all, and which is unknown: re-read before"
                + " retrying",
            e);
      }
      throw SqlFailures.translate("committing", e);
    }
  }

  /** Rolls back, ignoring failures: a lost connection has rolled back already. */
  void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The server aborts the transaction of a connection it loses.
    }
  }

  /** Ends the attempt: nothing may use this unit of work any more. */
  void end() {
    active = false;
  }
}
