package dev.samvad.api.store.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** One tenant's due-work items, by key and in due order. Touched only under the tenant lock. */
final class WorkItems {
  /** An item; {@code token == 0} means not leased. */
  record Item(
      String key,
      Instant dueAt,
      long token,
      @Nullable String owner,
      @Nullable Instant expiresAt,
      long generation) {
    boolean leasedAt(Instant now) {
      return token != 0 && expiresAt != null && expiresAt.isAfter(now);
    }
  }

  private final Map<String, Item> byKey = new HashMap<>();
  private final TreeSet<Item> byDue =
      new TreeSet<>(Comparator.comparing(Item::dueAt).thenComparing(Item::key));
  private final AtomicLong tokens;

  WorkItems(AtomicLong tokens) {
    this.tokens = tokens;
  }

  @Nullable Item get(String key) {
    return byKey.get(key);
  }

  Iterable<Item> inDueOrder() {
    return byDue;
  }

  long nextToken() {
    return tokens.incrementAndGet();
  }

  int size() {
    return byKey.size();
  }

  /** Writes (or, with null, removes) the item under {@code key} and registers the undo. */
  void write(String key, @Nullable Item item, Transaction tx) {
    Item old = byKey.get(key);
    tx.recordUndo(() -> apply(key, old));
    apply(key, item);
  }

  private void apply(String key, @Nullable Item item) {
    Item old = item == null ? byKey.remove(key) : byKey.put(key, item);
    if (old != null) {
      byDue.remove(old);
    }
    if (item != null) {
      byDue.add(item);
    }
  }
}
