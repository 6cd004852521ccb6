package dev.samvad.api.store.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
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

  /**
   * In due order. Keyed by the item first placed at its (due time, key) position, mapped to the
   * current item there: a lease taken, extended or given up keeps the due time, and then only the
   * value is replaced, in one search, instead of a removal and an insertion. The key is only ever
   * compared by due time and key, which the current item shares.
   */
  private final TreeMap<Item, Item> byDue = new TreeMap<>(WorkItems::dueOrder);

  private final AtomicLong tokens;

  WorkItems(AtomicLong tokens) {
    this.tokens = tokens;
  }

  @Nullable Item get(String key) {
    return byKey.get(key);
  }

  Iterable<Item> inDueOrder() {
    return byDue.values();
  }

  private static int dueOrder(Item a, Item b) {
    int byTime = a.dueAt().compareTo(b.dueAt());
    return byTime != 0 ? byTime : a.key().compareTo(b.key());
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
    if (old != null && (item == null || !old.dueAt().equals(item.dueAt()))) {
      byDue.remove(old);
    }
    if (item != null) {
      byDue.put(item, item);
    }
  }
}
