package dev.samvad.api.store.memory;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.Repository;
import dev.samvad.api.store.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A {@link Repository} over one {@link Table} inside one transaction. */
class MemoryRepository<K, V> implements Repository<K, V> {
  final Table<V> table;
  final Transaction tx;
  private final Function<K, String> keyText;
  private final String kind;

  MemoryRepository(Table<V> table, Transaction tx, Function<K, String> keyText, String kind) {
    this.table = table;
    this.tx = tx;
    this.keyText = keyText;
    this.kind = kind;
  }

  @Override
  public Optional<Versioned<V>> find(K id) {
    tx.checkActive();
    return Optional.ofNullable(table.get(keyText.apply(id)));
  }

  @Override
  public Versioned<V> insert(V value) {
    tx.checkActive();
    String id = table.idOf(value);
    if (table.get(id) != null) {
      throw new ConflictException(ErrorCode.ALREADY_EXISTS, kind + " '" + id + "' already exists");
    }
    checkUnique(value);
    Versioned<V> row = new Versioned<>(value, 1);
    table.write(id, row, tx);
    return row;
  }

  @Override
  public Versioned<V> update(V value, long expectedVersion) {
    tx.checkActive();
    String id = table.idOf(value);
    Versioned<V> current = current(id, expectedVersion);
    checkUnique(value);
    Versioned<V> row = new Versioned<>(value, current.version() + 1);
    table.write(id, row, tx);
    return row;
  }

  @Override
  public void delete(K key, long expectedVersion) {
    tx.checkActive();
    String id = keyText.apply(key);
    current(id, expectedVersion);
    table.write(id, null, tx);
  }

  @Override
  public List<Versioned<V>> list(Page page) {
    tx.checkActive();
    return table.page(page.after(), page.limit());
  }

  @Override
  public long count() {
    tx.checkActive();
    return table.size();
  }

  List<Versioned<V>> group(String key) {
    tx.checkActive();
    return table.group(key);
  }

  private Versioned<V> current(String id, long expectedVersion) {
    Versioned<V> current = table.get(id);
    if (current == null) {
      throw new NotFoundException(kind, id);
    }
    if (current.version() != expectedVersion) {
      throw new ConflictException(
          ErrorCode.VERSION_CONFLICT,
          kind
              + " '"
              + id
              + "' is at version "
              + current.version()
              + ", not "
              + expectedVersion
              + "; re-read and retry");
    }
    return current;
  }

  private void checkUnique(V value) {
    table
        .uniqueClash(value)
        .ifPresent(
            holder -> {
              throw new ConflictException(
                  ErrorCode.ALREADY_EXISTS,
                  kind + " clashes with the unique key of '" + holder + "'");
            });
  }
}
