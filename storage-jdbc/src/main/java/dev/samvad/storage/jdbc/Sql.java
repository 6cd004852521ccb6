package dev.samvad.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Small JDBC helpers: binding and reading instants and dates, and the callbacks the store uses. */
final class Sql {
  /**
   * The earliest and latest instants a query bound is clamped to: inside PostgreSQL's timestamptz
   * range (4713 BC to 294276 AD), so {@code Instant.MIN} and {@code Instant.MAX} work as open
   * bounds.
   */
  static final Instant EARLIEST = Instant.parse("-4000-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("+200000-01-01T00:00:00Z");

  private Sql() {}

  /** Sets the statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Binds a stored instant (a value's own time; must lie inside PostgreSQL's range). */
  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** Binds a query bound, clamped into PostgreSQL's range so open bounds work. */
  static void setBound(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    Instant clamped =
        instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    setInstant(statement, index, clamped);
  }

  static Instant getInstant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    if (value == null) {
      throw new IllegalStateException("column " + column + " is null");
    }
    return value.toInstant();
  }

  static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
    statement.setObject(index, date);
  }
}
