package dev.samvad.api.store;

import java.util.List;
import java.util.Optional;

/**
 * Versioned storage of one kind of value, keyed by its id, within one tenant and one unit of work.
 * Reads see the unit of work's own writes.
 *
 * @param <K> the id type
 * @param <V> the value type
 */
public interface Repository<K, V> {

  /** The value with this id, or empty. */
  Optional<Versioned<V>> find(K id);

  /**
   * Stores a new value at version 1.
   *
   * @throws dev.samvad.api.ConflictException with {@code ALREADY_EXISTS} when the id (or another
   *     unique attribute, such as an invoice number within its financial year) is taken
   */
  Versioned<V> insert(V value);

  /**
   * Replaces the value with the same id if its stored version is {@code expectedVersion}.
   *
   * @return the value at {@code expectedVersion + 1}
   * @throws dev.samvad.api.ConflictException with {@code VERSION_CONFLICT} when the stored version
   *     differs
   * @throws dev.samvad.api.NotFoundException when there is no such value
   */
  Versioned<V> update(V value, long expectedVersion);

  /**
   * Removes the value if its stored version is {@code expectedVersion}.
   *
   * @throws dev.samvad.api.ConflictException with {@code VERSION_CONFLICT} when it differs
   * @throws dev.samvad.api.NotFoundException when there is no such value
   */
  void delete(K id, long expectedVersion);

  /** One page of values in ascending order of the id's text. */
  List<Versioned<V>> list(Page page);

  /** How many values are stored. */
  long count();
}
