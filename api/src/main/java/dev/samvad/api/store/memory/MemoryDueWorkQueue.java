package dev.samvad.api.store.memory;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.store.DueWorkQueue;
import dev.samvad.api.store.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link DueWorkQueue} over one tenant's {@link WorkItems} inside one transaction. */
final class MemoryDueWorkQueue implements DueWorkQueue {
  private static final int MAX_KEY = 200;

  private final WorkItems items;
  private final Transaction tx;

  MemoryDueWorkQueue(WorkItems items, Transaction tx) {
    this.items = items;
    this.tx = tx;
  }

  @Override
  public void schedule(String key, Instant dueAt) {
    tx.checkActive();
    if (key.isBlank() || key.length() > MAX_KEY) {
      throw new InvalidInputException("key", "must be 1 to " + MAX_KEY + " characters");
    }
    WorkItems.Item old = items.get(key);
    WorkItems.Item item =
        old == null
            ? new WorkItems.Item(key, dueAt, 0, null, null, 1)
            : new WorkItems.Item(
                key, dueAt, old.token(), old.owner(), old.expiresAt(), old.generation() + 1);
    items.write(key, item, tx);
  }

  @Override
  public boolean cancel(String key) {
    tx.checkActive();
    if (items.get(key) == null) {
      return false;
    }
    items.write(key, null, tx);
    return true;
  }

  @Override
  public Optional<Instant> dueAt(String key) {
    tx.checkActive();
    return Optional.ofNullable(items.get(key)).map(WorkItems.Item::dueAt);
  }

  @Override
  public List<Lease> claim(Instant now, int max, String owner, Duration leaseFor) {
    tx.checkActive();
    if (max < 1) {
      throw new InvalidInputException("max", "must be at least 1, was " + max);
    }
    checkLeaseFor(leaseFor);
    List<WorkItems.Item> chosen = new ArrayList<>();
    for (WorkItems.Item item : items.inDueOrder()) {
      if (chosen.size() == max || item.dueAt().isAfter(now)) {
        break;
      }
      if (!item.leasedAt(now)) {
        chosen.add(item);
      }
    }
    Instant expiresAt = now.plus(leaseFor);
    List<Lease> leases = new ArrayList<>(chosen.size());
    for (WorkItems.Item item : chosen) {
      leases.add(lease(item, owner, expiresAt));
    }
    return leases;
  }

  @Override
  public Optional<Lease> claim(String key, Instant now, String owner, Duration leaseFor) {
    tx.checkActive();
    checkLeaseFor(leaseFor);
    WorkItems.Item item = items.get(key);
    if (item == null || item.dueAt().isAfter(now) || item.leasedAt(now)) {
      return Optional.empty();
    }
    return Optional.of(lease(item, owner, now.plus(leaseFor)));
  }

  private Lease lease(WorkItems.Item item, String owner, Instant expiresAt) {
    long token = items.nextToken();
    items.write(
        item.key(),
        new WorkItems.Item(item.key(), item.dueAt(), token, owner, expiresAt, item.generation()),
        tx);
    return new Lease(item.key(), item.dueAt(), owner, expiresAt, token, item.generation());
  }

  private static void checkLeaseFor(Duration leaseFor) {
    if (leaseFor.isNegative() || leaseFor.isZero()) {
      throw new InvalidInputException("leaseFor", "must be positive, was " + leaseFor);
    }
  }

  @Override
  public void complete(Lease lease) {
    WorkItems.Item item = held(lease);
    if (item.generation() == lease.generation()) {
      items.write(lease.key(), null, tx);
    } else {
      items.write(lease.key(), free(item, item.dueAt(), item.generation()), tx);
    }
  }

  @Override
  public void release(Lease lease, Instant nextDue) {
    WorkItems.Item item = held(lease);
    items.write(lease.key(), free(item, nextDue, item.generation() + 1), tx);
  }

  @Override
  public Lease extend(Lease lease, Instant now, Duration leaseFor) {
    WorkItems.Item item = held(lease);
    if (!item.leasedAt(now)) {
      throw lost(lease, "expired at " + item.expiresAt());
    }
    Instant expiresAt = now.plus(leaseFor);
    items.write(
        lease.key(),
        new WorkItems.Item(
            item.key(), item.dueAt(), item.token(), item.owner(), expiresAt, item.generation()),
        tx);
    return new Lease(
        lease.key(), lease.dueAt(), lease.owner(), expiresAt, lease.token(), lease.generation());
  }

  @Override
  public long size() {
    tx.checkActive();
    return items.size();
  }

  private WorkItems.Item held(Lease lease) {
    tx.checkActive();
    WorkItems.Item item = items.get(lease.key());
    if (item == null) {
      throw lost(lease, "the item no longer exists");
    }
    if (item.token() != lease.token()) {
      throw lost(lease, "another claim took it over");
    }
    return item;
  }

  private static WorkItems.Item free(WorkItems.Item item, Instant dueAt, long generation) {
    return new WorkItems.Item(item.key(), dueAt, 0, null, null, generation);
  }

  private static ConflictException lost(Lease lease, String why) {
    return new ConflictException(
        ErrorCode.LEASE_LOST,
        "lease on '" + lease.key() + "' held by " + lease.owner() + " is lost: " + why);
  }
}
