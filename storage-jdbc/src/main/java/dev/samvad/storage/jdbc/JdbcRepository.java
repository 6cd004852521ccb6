package dev.samvad.storage.jdbc;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.Repository;
import dev.samvad.api.store.Versioned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link Repository} over one table inside one {@link Tx}. Expected failures (a taken id, a stale
 * version) are found by looking, not by letting a constraint fire, so the transaction stays usable
 * and a caller may catch the conflict and go on.
 */
class JdbcRepository<K, V> implements Repository<K, V> {
  final Tx tx;
  final Mapping<V> mapping;
  final Sealer sealer;
  private final Function<K, String> keyText;

  JdbcRepository(Tx tx, Mapping<V> mapping, Sealer sealer, Function<K, String> keyText) {
    this.tx = tx;
    this.mapping = mapping;
    this.sealer = sealer;
    this.keyText = keyText;
  }

  @Override
  public Optional<Versioned<V>> find(K id) {
    String key = keyText.apply(id);
    return tx.queryOne(
        "finding " + mapping.kind + " '" + key + "'",
        mapping.find,
        s -> {
          s.setString(1, tx.tenantId());
          s.setString(2, key);
        },
        this::versioned);
  }

  @Override
  public Versioned<V> insert(V value) {
    String id = mapping.idOf(value);
    int inserted =
        tx.update(
            "inserting " + mapping.kind + " '" + id + "'",
            mapping.insert,
            s -> {
              s.setString(1, tx.tenantId());
              s.setString(2, id);
              mapping.bind(s, 3, value, sealer, tx.tenant());
            });
    if (inserted == 0) {
      if (storedVersion(id).isPresent()) {
        throw new ConflictException(
            ErrorCode.ALREADY_EXISTS, mapping.kind + " '" + id + "' already exists");
      }
      throw uniqueClash(value)
          .map(this::clash)
          .orElseThrow(
              () -> new IllegalStateException(mapping.kind + " '" + id + "' was not inserted"));
    }
    return new Versioned<>(value, 1);
  }

  @Override
  public Versioned<V> update(V value, long expectedVersion) {
    String id = mapping.idOf(value);
    if (hasUniqueKey()) {
      checkVersion(id, expectedVersion);
      uniqueClash(value)
          .ifPresent(
              holder -> {
                throw clash(holder);
              });
    }
    int updated =
        tx.update(
            "updating " + mapping.kind + " '" + id + "'",
            mapping.update,
            s -> {
              int i = mapping.bind(s, 1, value, sealer, tx.tenant());
              s.setString(i++, tx.tenantId());
              s.setString(i++, id);
              s.setLong(i, expectedVersion);
            });
    if (updated == 0) {
      checkVersion(id, expectedVersion);
      throw new IllegalStateException(mapping.kind + " '" + id + "' was not updated");
    }
    return new Versioned<>(value, expectedVersion + 1);
  }

  @Override
  public void delete(K key, long expectedVersion) {
    String id = keyText.apply(key);
    int deleted =
        tx.update(
            "deleting " + mapping.kind + " '" + id + "'",
            mapping.delete,
            s -> {
              s.setString(1, tx.tenantId());
              s.setString(2, id);
              s.setLong(3, expectedVersion);
            });
    if (deleted == 0) {
      checkVersion(id, expectedVersion);
      throw new IllegalStateException(mapping.kind + " '" + id + "' was not deleted");
    }
  }

  @Override
  public List<Versioned<V>> list(Page page) {
    String doing = "listing " + mapping.kind + "s";
    if (page.after().isEmpty()) {
      return tx.query(
          doing,
          mapping.firstPage,
          s -> {
            s.setString(1, tx.tenantId());
            s.setInt(2, page.limit());
          },
          this::versioned);
    }
    return tx.query(
        doing,
        mapping.nextPage,
        s -> {
          s.setString(1, tx.tenantId());
          s.setString(2, page.after().get());
          s.setInt(3, page.limit());
        },
        this::versioned);
  }

  @Override
  public long count() {
    return tx.queryLong(
        "counting " + mapping.kind + "s", mapping.count, s -> s.setString(1, tx.tenantId()));
  }

  /** Whether values have a unique attribute besides the id; see {@link #uniqueClash}. */
  boolean hasUniqueKey() {
    return false;
  }

  /** The id of another value holding {@code value}'s unique attribute, if any. */
  Optional<String> uniqueClash(V value) {
    return Optional.empty();
  }

  /**
   * The rows of {@code sql}, whose first parameter is the tenant, bound further by {@code more}.
   */
  List<Versioned<V>> listWhere(String doing, String sql, Sql.Binder more) {
    return tx.query(
        doing,
        sql,
        s -> {
          s.setString(1, tx.tenantId());
          more.bind(s);
        },
        this::versioned);
  }

  Versioned<V> versioned(ResultSet row) throws SQLException {
    return new Versioned<>(mapping.read(row, sealer, tx.tenant()), row.getLong("version"));
  }

  private Optional<Long> storedVersion(String id) {
    return tx.queryOne(
        "reading the version of " + mapping.kind + " '" + id + "'",
        mapping.version,
        s -> {
          s.setString(1, tx.tenantId());
          s.setString(2, id);
        },
        row -> row.getLong(1));
  }

  /** Throws {@link NotFoundException} or a {@code VERSION_CONFLICT} unless the version matches. */
  private void checkVersion(String id, long expectedVersion) {
    long current = storedVersion(id).orElseThrow(() -> new NotFoundException(mapping.kind, id));
    if (current != expectedVersion) {
      throw new ConflictException(
          ErrorCode.VERSION_CONFLICT,
          mapping.kind
              + " '"
              + id
              + "' is at version "
              + current
              + ", not "
              + expectedVersion
              + "; re-read and retry");
    }
  }

  private ConflictException clash(String holder) {
    return new ConflictException(
        ErrorCode.ALREADY_EXISTS,
        mapping.kind + " clashes with the unique key of '" + holder + "'");
  }
}
