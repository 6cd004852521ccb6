package dev.samvad.orchestration.runtime;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Remembers the values of recently read or written documents, so a document the runtime has just
 * written (or read) is not parsed again by the next unit of work that reads it. A send reads the
 * same campaign and outbox documents several times (wake, decide, gate, record); parsing them was
 * most of the runtime's time.
 *
 * <p>A slot is chosen by the row's id and holds the latest document of a row with that slot; a hit
 * needs the document's text to be the same (the very string, as the in-memory store hands it back,
 * or equal text), so a hit is exactly what parsing would give (the values are immutable).
 * Direct-mapped and bounded, so the memory is fixed whatever the number of campaigns. Thread-safe:
 * slots hold immutable entries, and a lost race only costs a parse.
 */
final class DecodeCache<T> {
  private record Entry<T>(String json, T value) {}

  private final AtomicReferenceArray<Entry<T>> slots;
  private final int mask;

  /** A cache of {@code size} slots, a power of two. */
  DecodeCache(int size) {
    if (Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("size must be a power of two, was " + size);
    }
    this.slots = new AtomicReferenceArray<>(size);
    this.mask = size - 1;
  }

  /** The value of row {@code id}'s document {@code json}: remembered, or parsed and remembered. */
  T get(String id, String json, Function<String, T> parse) {
    int slot = slot(id);
    Entry<T> entry = slots.getAcquire(slot);
    if (entry != null && (entry.json() == json || entry.json().equals(json))) {
      return entry.value();
    }
    T value = parse.apply(json);
    slots.setRelease(slot, new Entry<>(json, value));
    return value;
  }

  /** Remembers that {@code json}, row {@code id}'s document just written, is {@code value}. */
  void put(String id, String json, T value) {
    slots.setRelease(slot(id), new Entry<>(json, value));
  }

  private int slot(String id) {
    int h = id.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
