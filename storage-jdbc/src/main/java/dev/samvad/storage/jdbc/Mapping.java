package dev.samvad.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one kind of value lies in its table: the id column, the columns written beside tenant, id and
 * version, and how to read a value back. The SQL of the generic repository is built from it once.
 */
abstract class Mapping<V> {
  /** A written column and its placeholder, such as {@code ?::json}. */
  record Column(String name, String placeholder) {
    static Column plain(String name) {
      return new Column(name, "?");
    }

    static Column json(String name) {
      return new Column(name, "?::json");
    }
  }

  final String table;
  final String idColumn;
  final String kind;
  final List<Column> columns;
  final String selectList;

  /** The statements of {@link JdbcRepository}. */
  final String find;

  final String insert;
  final String update;
  final String delete;
  final String version;
  final String firstPage;
  final String nextPage;
  final String count;

  Mapping(String table, String idColumn, String kind, List<Column> columns, String readColumns) {
    this.table = table;
    this.idColumn = idColumn;
    this.kind = kind;
    this.columns = List.copyOf(columns);
    this.selectList = "version, " + readColumns;
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String placeholders =
        columns.stream().map(Column::placeholder).collect(Collectors.joining(", "));
    String assignments =
        columns.stream()
            .map(c -> c.name() + " = " + c.placeholder())
            .collect(Collectors.joining(", "));
    String key = " WHERE tenant_id = ? AND " + idColumn + " = ?";
    this.find = "SELECT " + selectList + " FROM " + table + key;
    this.insert =
        "INSERT INTO "
            + table
            + " (tenant_id, "
            + idColumn
            + ", version, "
            + names
            + ") VALUES (?, ?, 1, "
            + placeholders
            + ") ON CONFLICT DO NOTHING";
    this.update =
        "UPDATE "
            + table
            + " SET version = version + 1, updated_at = now(), "
            + assignments
            + key
            + " AND version = ?";
    this.delete = "DELETE FROM " + table + key + " AND version = ?";
    this.version = "SELECT version FROM " + table + key;
    String page = "SELECT " + selectList + " FROM " + table + " WHERE tenant_id = ?";
    this.firstPage = page + " ORDER BY " + idColumn + " LIMIT ?";
    this.nextPage = page + " AND " + idColumn + " > ? ORDER BY " + idColumn + " LIMIT ?";
    this.count = "SELECT count(*) FROM " + table + " WHERE tenant_id = ?";
  }

  /** The id text of a value. */
  abstract String idOf(V value);

  /** Binds {@link #columns} from {@code index} on; returns the next free index. */
  abstract int bind(PreparedStatement statement, int index, V value) throws SQLException;

  /** Reads a value from a row of {@link #selectList}. */
  abstract V read(ResultSet row) throws SQLException;

  /** The SELECT of this table's values with {@code where} (after the tenant) and {@code order}. */
  String select(String where, String order) {
    return "SELECT "
        + selectList
        + " FROM "
        + table
        + " WHERE tenant_id = ? AND "
        + where
        + " ORDER BY "
        + order;
  }
}
