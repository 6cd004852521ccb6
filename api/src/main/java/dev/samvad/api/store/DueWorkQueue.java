package dev.samvad.api.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Work due at a time, handed to one node at a time. An item is a key (a campaign id, say) and the
 * instant it is due; there is at most one item per key.
 *
 * <p>The guarantees, which every store must keep:
 *
 * <ul>
 *   <li>{@link #claim} returns only items due at or before {@code now} that are not leased, or
 *       whose lease has expired by {@code now}; earliest due first (ties by key).
 *   <li>While a lease is unexpired, no other claim returns the same item.
 *   <li>After a lease expires the item may be claimed again; the old holder's {@link #complete},
 *       {@link #release} and {@link #extend} then fail with {@code LEASE_LOST}.
 *   <li>{@link #schedule} on a leased item moves its due time and raises its generation; {@link
 *       #complete} of the older lease then frees the item instead of removing it, so the new
 *       schedule is not lost.
 *   <li>All changes take effect when the unit of work commits, like every other write.
 * </ul>
 */
public interface DueWorkQueue {

  /** Adds the item, or moves its due time if it exists. */
  void schedule(String key, Instant dueAt);

  /** Removes the item whatever its lease; returns whether it existed. */
  boolean cancel(String key);

  /** When the item is due, or empty when there is no such item. */
  Optional<Instant> dueAt(String key);

  /**
   * Leases up to {@code max} due items to {@code owner} for {@code leaseFor}.
   *
   * @param now the claimer's current time; decides what is due and what has expired
   */
  List<Lease> claim(Instant now, int max, String owner, Duration leaseFor);

  /**
   * Leases the item under {@code key} to {@code owner} for {@code leaseFor}, if it exists, is due
   * at or before {@code now}, and is not leased (or its lease has expired by {@code now}); the same
   * lease {@link #claim} would have given it. Lets a worker that has just scheduled work take it on
   * at once in the same unit of work, instead of finding it again in due order later.
   *
   * <p>The default claims nothing, which is always correct: the item then waits for a {@link
   * #claim}. Stores override it to save that second trip.
   *
   * @param now the claimer's current time; decides what is due and what has expired
   * @return the lease, or empty when the item is missing, not yet due, or leased to someone
   */
  default Optional<Lease> claim(String key, Instant now, String owner, Duration leaseFor) {
    return Optional.empty();
  }

  /**
   * Finishes the work: removes the item (or, if it was rescheduled meanwhile, just frees it).
   *
   * @throws dev.samvad.api.ConflictException with {@code LEASE_LOST} if the lease was taken over or
   *     the item removed
   */
  void complete(Lease lease);

  /**
   * Frees the item and sets it due again at {@code nextDue}.
   *
   * @throws dev.samvad.api.ConflictException with {@code LEASE_LOST} as for {@link #complete}
   */
  void release(Lease lease, Instant nextDue);

  /**
   * Extends a live lease to {@code now + leaseFor}.
   *
   * @throws dev.samvad.api.ConflictException with {@code LEASE_LOST} if it already expired or was
   *     taken over
   */
  Lease extend(Lease lease, Instant now, Duration leaseFor);

  /** How many items exist, leased or not. */
  long size();
}
