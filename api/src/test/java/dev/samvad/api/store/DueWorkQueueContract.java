package dev.samvad.api.store;

import static dev.samvad.api.store.StoreSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The {@link DueWorkQueue} guarantees as its Javadoc states them: what a claim returns and in which
 * order, leases that keep other claimers out until they expire, losing a lease to a later claim,
 * rescheduling while leased, release, cancel, and all of it taking effect only on commit.
 *
 * <p>Part of {@link StoreContract}; subclass that rather than this.
 */
public abstract class DueWorkQueueContract extends StoreTestSupport {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  private void schedule(String key, Instant dueAt) {
    runA(uow -> uow.dueWork().schedule(key, dueAt));
  }

  private List<Lease> claim(Instant now, int max, String owner, Duration leaseFor) {
    return inA(uow -> uow.dueWork().claim(now, max, owner, leaseFor));
  }

  private List<String> claimKeys(Instant now, int max, String owner) {
    return claim(now, max, owner, MINUTE).stream().map(Lease::key).toList();
  }

  private void queue(Consumer<DueWorkQueue> work) {
    runA(uow -> work.accept(uow.dueWork()));
  }

  private Optional<Instant> dueAt(String key) {
    return inA(uow -> uow.dueWork().dueAt(key));
  }

  private long size() {
    return inA(uow -> uow.dueWork().size());
  }

  @Test
  void scheduleAddsAnItemAndSchedulingItAgainMovesIt() {
    assertEquals(Optional.empty(), dueAt("k"));
    assertEquals(0L, size());
    schedule("k", at(60));
    assertEquals(Optional.of(at(60)), dueAt("k"));
    assertEquals(1L, size());
    schedule("k", at(10));
    assertEquals(Optional.of(at(10)), dueAt("k"));
    schedule("k", at(600));
    assertEquals(Optional.of(at(600)), dueAt("k"));
    assertEquals(1L, size(), "one item per key");
  }

  @Test
  void cancelRemovesTheItemAndSaysWhetherItExisted() {
    schedule("k", at(0));
    schedule("other", at(0));
    assertTrue(testA(uow -> uow.dueWork().cancel("k")));
    assertFalse(testA(uow -> uow.dueWork().cancel("k")));
    assertFalse(testA(uow -> uow.dueWork().cancel("never")));
    assertEquals(Optional.empty(), dueAt("k"));
    assertEquals(1L, size());
    assertEquals(List.of("other"), claimKeys(at(0), 10, "node-1"));
  }

  @Test
  void claimReturnsOnlyDueItemsEarliestFirstThenByKey() {
    schedule("a", at(3));
    schedule("b", at(1));
    schedule("c", at(2));
    schedule("d", at(10));
    schedule("e", at(1));
    schedule("f", at(5)); // due exactly at "now": included
    schedule("g", at(5).plusNanos(1_000)); // due a microsecond later: not yet
    assertEquals(List.of("b", "e", "c", "a", "f"), claimKeys(at(5), 10, "node-1"));
    assertEquals(List.of(), claimKeys(at(5), 10, "node-1"), "all due items are leased");
    assertEquals(List.of("g", "d"), claimKeys(at(10), 10, "node-1"));
  }

  @Test
  void nothingDueMeansAnEmptyClaim() {
    assertEquals(List.of(), claimKeys(at(0), 10, "node-1"));
    schedule("later", at(3600));
    assertEquals(List.of(), claimKeys(at(3599), 10, "node-1"));
    assertEquals(1L, size());
  }

  @Test
  void aLeaseSaysWhatWasClaimedByWhomUntilWhen() {
    schedule("k1", at(1));
    schedule("k2", at(2));
    List<Lease> leases = claim(at(10), 10, "node-7", Duration.ofSeconds(90));
    assertEquals(2, leases.size());
    Lease first = leases.get(0);
    assertEquals("k1", first.key());
    assertEquals(at(1), first.dueAt());
    assertEquals("node-7", first.owner());
    assertEquals(at(100), first.expiresAt());
    Lease second = leases.get(1);
    assertEquals(at(2), second.dueAt());
    assertEquals(at(100), second.expiresAt());
    assertNotEquals(first.token(), second.token(), "tokens are unique per claim");
    assertEquals(2L, size(), "leased items still count");
    assertEquals(Optional.of(at(1)), dueAt("k1"), "a leased item keeps its due time");
  }

  @Test
  void claimHonoursMax() {
    for (int i = 0; i < 5; i++) {
      schedule("k" + i, at(i));
    }
    assertEquals(List.of("k0", "k1"), claimKeys(at(10), 2, "node-1"));
    assertEquals(List.of("k2", "k3"), claimKeys(at(10), 2, "node-2"));
    assertEquals(List.of("k4"), claimKeys(at(10), 2, "node-1"));
    assertEquals(List.of(), claimKeys(at(10), 2, "node-2"));
  }

  @Test
  void aLeasedItemIsNotClaimedAgainWhileTheLeaseLasts() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    assertEquals(List.of(), claimKeys(at(30), 10, "node-2"));
    assertEquals(List.of(), claimKeys(at(30), 10, "node-1"), "not even by the same owner");
    assertEquals(
        List.of(), claimKeys(lease.expiresAt().minusMillis(1), 10, "node-2"), "just before expiry");
  }

  @Test
  void afterExpiryAnotherClaimTakesTheItemAndTheOldHolderLosesIt() {
    schedule("k", at(0));
    Lease old = claim(at(0), 1, "node-1", MINUTE).get(0);
    List<Lease> retaken = claim(at(61), 10, "node-2", MINUTE);
    assertEquals(List.of("k"), retaken.stream().map(Lease::key).toList());
    Lease current = retaken.get(0);
    assertEquals("node-2", current.owner());
    assertNotEquals(old.token(), current.token());
    assertEquals(at(121), current.expiresAt());

    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.complete(old)));
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.release(old, at(500))));
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.extend(old, at(62), MINUTE)));
    // The old holder's failures changed nothing: the new lease still holds and completes.
    assertEquals(List.of(), claimKeys(at(100), 10, "node-3"));
    assertEquals(Optional.of(at(0)), dueAt("k"));
    queue(q -> q.complete(current));
    assertEquals(0L, size());
  }

  @Test
  void anExpiredLeaseCannotBeExtended() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.extend(lease, at(61), MINUTE)));
  }

  @Test
  void anExpiredLeaseNobodyTookOverCanStillComplete() {
    // complete fails only when the lease "was taken over or the item removed".
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    queue(q -> q.complete(lease));
    assertEquals(0L, size());
  }

  @Test
  void extendPushesTheExpiryOutAndKeepsOthersAway() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    Lease extended = inA(uow -> uow.dueWork().extend(lease, at(50), Duration.ofMinutes(5)));
    assertEquals(at(350), extended.expiresAt());
    assertEquals("k", extended.key());
    assertEquals("node-1", extended.owner());
    assertEquals(List.of(), claimKeys(at(120), 10, "node-2"), "past the old expiry");
    assertEquals(List.of(), claimKeys(at(349), 10, "node-2"));
    queue(q -> q.complete(extended));
    assertEquals(0L, size());
  }

  @Test
  void completeRemovesTheItemOnceOnly() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    queue(q -> q.complete(lease));
    assertEquals(Optional.empty(), dueAt("k"));
    assertEquals(0L, size());
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.complete(lease)));
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.release(lease, at(10))));
  }

  @Test
  void aCancelledItemsLeaseIsLost() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    assertTrue(testA(uow -> uow.dueWork().cancel("k")), "cancel removes a leased item too");
    assertEquals(0L, size());
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.complete(lease)));
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.release(lease, at(10))));
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.extend(lease, at(10), MINUTE)));
    assertEquals(0L, size(), "a lost release must not bring the item back");
  }

  @Test
  void aCancelledAndRescheduledItemIsNotTheOldLeasesAnyMore() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    queue(q -> q.cancel("k"));
    schedule("k", at(5));
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.complete(lease)));
    assertEquals(Optional.of(at(5)), dueAt("k"));
    assertEquals(List.of("k"), claimKeys(at(5), 10, "node-2"));
  }

  @Test
  void releaseFreesTheItemAndMakesItDueAgainLater() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    queue(q -> q.release(lease, at(30)));
    assertEquals(Optional.of(at(30)), dueAt("k"));
    assertEquals(1L, size());
    assertEquals(List.of(), claimKeys(at(29), 10, "node-2"), "not due before nextDue");
    List<Lease> again = claim(at(30), 10, "node-2", MINUTE);
    assertEquals(List.of("k"), again.stream().map(Lease::key).toList());
    assertEquals(at(30), again.get(0).dueAt());
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.complete(lease)));
  }

  @Test
  void releaseToNowMakesTheItemClaimableAtOnce() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    queue(q -> q.release(lease, at(1)));
    assertEquals(List.of("k"), claimKeys(at(1), 10, "node-2"), "released before its lease ran out");
  }

  @Test
  void scheduleWhileLeasedRaisesTheGenerationSoCompleteOnlyFreesTheItem() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    schedule("k", at(3600));
    assertEquals(Optional.of(at(3600)), dueAt("k"));
    queue(q -> q.complete(lease));
    assertEquals(1L, size(), "the new schedule survives the old lease's completion");
    assertEquals(Optional.of(at(3600)), dueAt("k"));
    assertEquals(List.of(), claimKeys(at(3599), 10, "node-2"));
    List<Lease> next = claim(at(3600), 10, "node-2", MINUTE);
    assertEquals(List.of("k"), next.stream().map(Lease::key).toList());
    assertTrue(
        next.get(0).generation() > lease.generation(),
        "generation " + next.get(0).generation() + " after " + lease.generation());
    queue(q -> q.complete(next.get(0)));
    assertEquals(0L, size(), "a complete with the current generation removes the item");
  }

  @Test
  void scheduleWhileLeasedDoesNotEndTheLease() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    // Rescheduled to a time already due: still leased, so nobody else may take it yet.
    schedule("k", at(-60));
    assertEquals(List.of(), claimKeys(at(30), 10, "node-2"));
    assertEquals(List.of("k"), claimKeys(at(61), 10, "node-2"), "claimable once the lease ends");
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.complete(lease)));
  }

  private Optional<Lease> claimKey(String key, Instant now, String owner) {
    return inA(uow -> uow.dueWork().claim(key, now, owner, MINUTE));
  }

  @Test
  void claimingByKeyLeasesThatItemAsAClaimInDueOrderWould() {
    schedule("first", at(0));
    schedule("k", at(5));
    Lease lease = claimKey("k", at(10), "node-7").orElseThrow();
    assertEquals("k", lease.key());
    assertEquals(at(5), lease.dueAt());
    assertEquals("node-7", lease.owner());
    assertEquals(at(70), lease.expiresAt());
    assertEquals(
        List.of("first"), claimKeys(at(10), 10, "node-2"), "the leased item is kept from others");
    assertEquals(Optional.empty(), claimKey("k", at(20), "node-2"));
    assertEquals(Optional.empty(), claimKey("k", at(20), "node-7"), "not even by its holder");
    queue(q -> q.complete(lease));
    assertEquals(Optional.empty(), dueAt("k"));
  }

  @Test
  void claimingByKeyFindsNothingMissingOrNotYetDue() {
    assertEquals(Optional.empty(), claimKey("never", at(0), "node-1"));
    schedule("later", at(3600));
    assertEquals(Optional.empty(), claimKey("later", at(3599), "node-1"));
    assertEquals(Optional.of(at(3600)), dueAt("later"), "an empty claim changes nothing");
    assertEquals(List.of("later"), claimKeys(at(3600), 10, "node-2"));
  }

  @Test
  void claimingByKeyTakesOverAnExpiredLease() {
    schedule("k", at(0));
    Lease old = claim(at(0), 1, "node-1", MINUTE).get(0);
    assertEquals(Optional.empty(), claimKey("k", old.expiresAt().minusMillis(1), "node-2"));
    Lease current = claimKey("k", old.expiresAt(), "node-2").orElseThrow();
    assertNotEquals(old.token(), current.token());
    assertConflict(ErrorCode.LEASE_LOST, () -> queue(q -> q.complete(old)));
    queue(q -> q.complete(current));
    assertEquals(0L, size());
  }

  @Test
  void workScheduledAndClaimedInOneUnitIsLeasedOnCommitOnly() {
    Lease lease =
        inA(
            uow -> {
              uow.dueWork().schedule("k", at(0));
              return uow.dueWork().claim("k", at(0), "node-1", MINUTE).orElseThrow();
            });
    assertEquals(List.of(), claimKeys(at(0), 10, "node-2"));
    assertThrows(
        DeliberateFailure.class,
        () ->
            runA(
                uow -> {
                  uow.dueWork().schedule("other", at(0));
                  assertTrue(uow.dueWork().claim("other", at(0), "node-1", MINUTE).isPresent());
                  throw new DeliberateFailure("roll the schedule and the claim back");
                }));
    assertEquals(Optional.empty(), dueAt("other"));
    queue(q -> q.complete(lease));
    assertEquals(0L, size());
  }

  @Test
  void aClaimInWorkThatFailsLeasesNothing() {
    List<Predicate<DueWorkQueue>> claims =
        List.of(
            q -> q.claim(at(0), 1, "node-1", MINUTE).size() == 1,
            q -> q.claim("k", at(0), "node-1", MINUTE).isPresent());
    schedule("k", at(0));
    for (Predicate<DueWorkQueue> claimed : claims) {
      assertThrows(
          DeliberateFailure.class,
          () ->
              runA(
                  uow -> {
                    assertTrue(claimed.test(uow.dueWork()));
                    throw new DeliberateFailure("roll the claim back");
                  }));
    }
    assertEquals(List.of("k"), claimKeys(at(0), 1, "node-2"));
  }

  @Test
  void aCompleteOrReleaseInWorkThatFailsChangesNothing() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    for (Consumer<DueWorkQueue> settle :
        List.<Consumer<DueWorkQueue>>of(
            q -> q.complete(lease), q -> q.release(lease, at(1)), q -> q.cancel("k"))) {
      assertThrows(
          DeliberateFailure.class,
          () ->
              runA(
                  uow -> {
                    settle.accept(uow.dueWork());
                    throw new DeliberateFailure("roll back");
                  }));
      assertEquals(1L, size());
      assertEquals(Optional.of(at(0)), dueAt("k"));
      assertEquals(List.of(), claimKeys(at(30), 1, "node-2"), "still leased to node-1");
    }
    queue(q -> q.complete(lease));
    assertEquals(0L, size());
  }

  @Test
  void anExtendInWorkThatFailsDoesNotExtend() {
    schedule("k", at(0));
    Lease lease = claim(at(0), 1, "node-1", MINUTE).get(0);
    assertThrows(
        DeliberateFailure.class,
        () ->
            runA(
                uow -> {
                  uow.dueWork().extend(lease, at(30), Duration.ofHours(1));
                  throw new DeliberateFailure("roll back");
                }));
    assertEquals(List.of("k"), claimKeys(at(61), 1, "node-2"));
  }

  @Test
  void manyItemsComeOutInDueOrderAcrossClaims() {
    Set<String> keys = new HashSet<>();
    runA(
        uow -> {
          for (int i = 0; i < 50; i++) {
            String key = "item-" + i;
            keys.add(key);
            // Due times in a scrambled but known order: (i * 17) mod 50 seconds.
            uow.dueWork().schedule(key, at((i * 17L) % 50));
          }
        });
    Instant previous = Instant.MIN;
    Set<String> seen = new HashSet<>();
    List<Lease> batch;
    while (!(batch = claim(at(100), 7, "node-1", MINUTE)).isEmpty()) {
      for (Lease lease : batch) {
        assertFalse(lease.dueAt().isBefore(previous), "out of order at " + lease.key());
        previous = lease.dueAt();
        assertTrue(seen.add(lease.key()), "claimed twice: " + lease.key());
      }
    }
    assertEquals(keys, seen);
  }
}
