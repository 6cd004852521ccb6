package dev.samvad.orchestration.runtime;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Remembers the values of recently read or written documents, so a document the runtime has just
 * written (or read) is not parsed again by the next unit of work that reads it. A send reads the
 * same campaign and outbox documents several times (wake, decide, gate, record); parsing them was
 * most of the runtime's time.
 *
 * <p>Keyed by the document's text, compared in full, so a hit is exactly what parsing would give
 * (the values are immutable). Direct-mapped and bounded: a slot holds the latest document that
 * hashed to it, so the memory is fixed whatever the number of campaigns. Thread-safe: slots hold
 * immutable entries, and a lost race only costs a parse.
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

  /** The value of {@code json}: remembered, or {@code parse}d and remembered. */
  T get(String json, Function<String, T> parse) {
    int slot = slot(json);
    Entry<T> entry = slots.getAcquire(slot);
    if (entry != null && (entry.json() == json || entry.json().equals(json))) {
      return entry.value();
    }
    T value = parse.apply(json);
    slots.setRelease(slot, new Entry<>(json, value));
    return value;
  }

  /** Remembers that {@code json} is the document of {@code value}, which was just written. */
  void put(String json, T value) {
    slots.setRelease(slot(json), new Entry<>(json, value));
  }

  private int slot(String json) {
    int h = json.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
