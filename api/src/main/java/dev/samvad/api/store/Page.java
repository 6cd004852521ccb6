package dev.samvad.api.store;

import dev.samvad.api.InvalidInputException;
import java.util.Optional;

/**
 * A request for one page of a listing in key order: up to {@code limit} entries whose key sorts
 * after {@code after} (keyset pagination, stable under concurrent inserts).
 *
 * @param after the last key of the previous page, or empty for the first page
 * @param limit 1 to {@value #MAX_LIMIT}
 */
public record Page(Optional<String> after, int limit) {
  /** The largest page a store must serve. */
  public static final int MAX_LIMIT = 1000;

  /** Validates the limit. */
  public Page {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
  }

  /** The first page of at most {@code limit} entries. */
  public static Page first(int limit) {
    return new Page(Optional.empty(), limit);
  }

  /** The page after {@code key}. */
  public static Page after(String key, int limit) {
    return new Page(Optional.of(key), limit);
  }
}
