package dev.samvad.channel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers the result for each idempotency key, forgetting the oldest once more than {@code
 * capacity} keys are held. Not thread-safe: the channels call it under their own lock, which also
 * covers the send, so two threads with one key cannot both send.
 */
final class IdempotencyLedger {
  private final Map<String, SendResult> results;

  IdempotencyLedger(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.results =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, SendResult> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The remembered result for {@code key}, or the result of {@code send}, remembered. */
  SendResult resultFor(String key, Supplier<SendResult> send) {
    SendResult known = results.get(key);
    if (known != null) {
      return known;
    }
    SendResult result = send.get();
    results.put(key, result);
    return result;
  }

  /** Records a result learned elsewhere (an outbox file written before a restart). */
  void remember(String key, SendResult result) {
    results.put(key, result);
  }

  int size() {
    return results.size();
  }
}
