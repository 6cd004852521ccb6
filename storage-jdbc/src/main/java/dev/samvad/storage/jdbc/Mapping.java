package dev.samvad.storage.jdbc;

import dev.samvad.api.TenantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of value lies in its table: the id column, the columns queries use (each with how to
 * bind it), the whole value as a JSON document, and how to read a value back. The SQL of the
 * generic repository is built from it once.
 *
 * <p>A <em>sealable</em> table keeps its document either in clear in {@code doc} or, when the store
 * has a key provider, sealed in {@code sealed} (never both), and its <em>personal</em> columns
 * (those that identify someone, such as a legal name) are left NULL when sealed: the sealed
 * document holds them.
 */
final class Mapping<V> {
  /** A column written beside tenant, id and version, and how to bind it from a value. */
  record Column<V>(String name, String placeholder, Bind<V> bind, boolean personal) {
    static <V> Column<V> text(String name, Function<V, @Nullable String> get) {
      return new Column<>(name, "?", (s, i, v) -> s.setString(i, get.apply(v)), false);
    }

    /** Text that identifies someone: NULL when the row is sealed. */
    static <V> Column<V> personalText(String name, Function<V, @Nullable String> get) {
      return new Column<>(name, "?", (s, i, v) -> s.setString(i, get.apply(v)), true);
    }

    static <V> Column<V> integer(String name, ToIntFunction<V> get) {
      return new Column<>(name, "?", (s, i, v) -> s.setInt(i, get.applyAsInt(v)), false);
    }

    static <V> Column<V> bigint(String name, ToLongFunction<V> get) {
      return new Column<>(name, "?", (s, i, v) -> s.setLong(i, get.applyAsLong(v)), false);
    }

    static <V> Column<V> date(String name, Function<V, LocalDate> get) {
      return new Column<>(name, "?", (s, i, v) -> Sql.setDate(s, i, get.apply(v)), false);
    }

    static <V> Column<V> instant(String name, Function<V, Instant> get) {
      return new Column<>(name, "?", (s, i, v) -> Sql.setInstant(s, i, get.apply(v)), false);
    }
  }

  /** Binds one column of a value. */
  @FunctionalInterface
  interface Bind<V> {
    void bind(PreparedStatement statement, int index, V value) throws SQLException;
  }

  /** Makes a value from a row and its document (already opened when it was sealed). */
  @FunctionalInterface
  interface Read<V> {
    V read(ResultSet row, String doc) throws SQLException;
  }

  final String table;
  final String idColumn;
  final String kind;
  final boolean sealable;
  private final Function<V, String> idOf;
  private final List<Column<V>> columns;
  private final Function<V, String> docOf;
  private final Read<V> reader;
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

  /** Rewrites a row's columns and document in place, keeping its version: the re-seal pass. */
  final String rewrite;

  Mapping(
      String table,
      String idColumn,
      String kind,
      Function<V, String> idOf,
      List<Column<V>> columns,
      Function<V, String> docOf,
      Read<V> reader,
      boolean sealable) {
    this.table = table;
    this.idColumn = idColumn;
    this.kind = kind;
    this.idOf = idOf;
    this.columns = List.copyOf(columns);
    this.docOf = docOf;
    this.reader = reader;
    this.sealable = sealable;
    List<Column<V>> written = new ArrayList<>(columns);
    written.add(new Column<>("doc", "?::json", (s, i, v) -> {}, false));
    if (sealable) {
      written.add(new Column<>("sealed", "?", (s, i, v) -> {}, false));
    }
    String names = written.stream().map(Column::name).collect(Collectors.joining(", "));
    String placeholders =
        written.stream().map(Column::placeholder).collect(Collectors.joining(", "));
    String assignments =
        written.stream()
            .map(c -> c.name() + " = " + c.placeholder())
            .collect(Collectors.joining(", "));
    this.selectList = "version, " + idColumn + ", " + names;
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
    this.rewrite = "UPDATE " + table + " SET " + assignments + key;
    this.delete = "DELETE FROM " + table + key + " AND version = ?";
    this.version = "SELECT version FROM " + table + key;
    String page = "SELECT " + selectList + " FROM " + table + " WHERE tenant_id = ?";
    this.firstPage = page + " ORDER BY " + idColumn + " LIMIT ?";
    this.nextPage = page + " AND " + idColumn + " > ? ORDER BY " + idColumn + " LIMIT ?";
    this.count = "SELECT count(*) FROM " + table + " WHERE tenant_id = ?";
  }

  /** The id text of a value. */
  String idOf(V value) {
    return idOf.apply(value);
  }

  /**
   * Binds the written columns of {@code value} from {@code index} on, sealing its document when
   * this table is sealable and {@code sealer} seals; returns the next free index.
   */
  int bind(PreparedStatement s, int index, V value, Sealer sealer, TenantId tenant)
      throws SQLException {
    int i = index;
    String doc = docOf.apply(value);
    byte @Nullable [] sealed =
        sealable && sealer.seals() ? sealer.seal(tenant, context(idOf(value)), doc) : null;
    for (Column<V> column : columns) {
      if (sealed != null && column.personal()) {
        s.setNull(i++, Types.VARCHAR);
      } else {
        column.bind().bind(s, i++, value);
      }
    }
    if (sealed == null) {
      s.setString(i++, doc);
    } else {
      s.setNull(i++, Types.VARCHAR);
    }
    if (sealable) {
      s.setBytes(i++, sealed);
    }
    return i;
  }

  /** Reads a value from a row of {@link #selectList}, opening its document if it is sealed. */
  V read(ResultSet row, Sealer sealer, TenantId tenant) throws SQLException {
    return reader.read(row, document(row, sealer, tenant));
  }

  /** The row's document in clear. */
  String document(ResultSet row, Sealer sealer, TenantId tenant) throws SQLException {
    byte @Nullable [] sealed = sealable ? row.getBytes("sealed") : null;
    if (sealed == null) {
      String doc = row.getString("doc");
      if (doc == null) {
        throw new IllegalStateException(kind + " row without a document");
      }
      return doc;
    }
    return sealer.open(tenant, context(row.getString(idColumn)), sealed);
  }

  /** The associated data that ties a sealed document to its table and row. */
  String context(String id) {
    return table + "/" + id;
  }

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
