package dev.samvad.api.store.memory;

import dev.samvad.api.store.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Rows of one kind in id order, with an optional group index (rows per customer or campaign) and an
 * optional unique index. Not thread-safe: only touched under the tenant lock.
 */
final class Table<V> {
  // Rows by id for lookups and updates; ids in order only for paging, so an update (most writes)
  // touches one hash slot and no tree.
  private final HashMap<String, Versioned<V>> rows = new HashMap<>();
  private final OrderedIds ids = new OrderedIds();
  private final Function<V, String> idOf;
  private final @Nullable Function<V, String> groupOf;
  private final Comparator<Versioned<V>> groupOrder;
  private final @Nullable Function<V, String> uniqueOf;
  // Members of each group, unordered: a group is sorted when read, and adding to a hash set costs
  // less than adding to a tree when a group is large.
  private final Map<String, HashSet<String>> groups = new HashMap<>();
  private final Map<String, String> unique = new HashMap<>();

  Table(
      Function<V, String> idOf,
      @Nullable Function<V, String> groupOf,
      @Nullable Comparator<V> groupOrder,
      @Nullable Function<V, String> uniqueOf) {
    this.idOf = idOf;
    this.groupOf = groupOf;
    Comparator<Versioned<V>> byValue =
        groupOrder == null ? (a, b) -> 0 : Comparator.comparing(Versioned::value, groupOrder);
    this.groupOrder = byValue.thenComparing(r -> idOf.apply(r.value()));
    this.uniqueOf = uniqueOf;
  }

  String idOf(V value) {
    return idOf.apply(value);
  }

  @Nullable Versioned<V> get(String id) {
    return rows.get(id);
  }

  /** The id of the row holding the value's unique key, if another row holds it. */
  Optional<String> uniqueClash(V value) {
    if (uniqueOf == null) {
      return Optional.empty();
    }
    String holder = unique.get(uniqueOf.apply(value));
    return holder == null || holder.equals(idOf(value)) ? Optional.empty() : Optional.of(holder);
  }

  /** The id of the row holding this unique key, if any. */
  Optional<String> uniqueHolder(String key) {
    return Optional.ofNullable(unique.get(key));
  }

  /** Writes (or, with null, removes) a row and registers how to undo it. */
  void write(String id, @Nullable Versioned<V> row, Transaction tx) {
    Versioned<V> old = rows.get(id);
    tx.recordUndo(() -> apply(id, old));
    apply(id, row);
  }

  private void apply(String id, @Nullable Versioned<V> row) {
    Versioned<V> old = row == null ? rows.remove(id) : rows.put(id, row);
    if (old == null && row != null) {
      ids.add(id);
    } else if (old != null && row == null) {
      ids.remove(id);
    }
    if (old != null && row != null && sameKeys(old.value(), row.value())) {
      return;
    }
    if (old != null) {
      unindex(id, old.value());
    }
    if (row != null) {
      index(id, row.value());
    }
  }

  /** Whether two values of one row sit in the same group under the same unique key. */
  private boolean sameKeys(V a, V b) {
    return (groupOf == null || groupOf.apply(a).equals(groupOf.apply(b)))
        && (uniqueOf == null || uniqueOf.apply(a).equals(uniqueOf.apply(b)));
  }

  private void index(String id, V value) {
    if (groupOf != null) {
      groups.computeIfAbsent(groupOf.apply(value), g -> new HashSet<>(2)).add(id);
    }
    if (uniqueOf != null) {
      unique.put(uniqueOf.apply(value), id);
    }
  }

  private void unindex(String id, V value) {
    if (groupOf != null) {
      String group = groupOf.apply(value);
      HashSet<String> members = groups.get(group);
      if (members != null && members.remove(id) && members.isEmpty()) {
        groups.remove(group);
      }
    }
    if (uniqueOf != null) {
      unique.remove(uniqueOf.apply(value), id);
    }
  }

  List<Versioned<V>> group(String groupKey) {
    HashSet<String> members = groups.get(groupKey);
    if (members == null) {
      return List.of();
    }
    List<Versioned<V>> result = new ArrayList<>(members.size());
    for (String id : members) {
      result.add(rows.get(id));
    }
    result.sort(groupOrder);
    return result;
  }

  List<Versioned<V>> page(Optional<String> after, int limit) {
    List<String> page = ids.page(after, limit);
    List<Versioned<V>> result = new ArrayList<>(page.size());
    for (String id : page) {
      result.add(rows.get(id));
    }
    return result;
  }

  long size() {
    return rows.size();
  }
}
