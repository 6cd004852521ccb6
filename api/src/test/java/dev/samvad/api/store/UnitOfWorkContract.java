package dev.samvad.api.store;

import static dev.samvad.api.store.StoreSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableCustomer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@link TenantStore#inTransaction} contract: all or nothing, the exception unchanged, own
 * writes visible, no use of a unit of work after it ends, no nesting on one thread.
 *
 * <p>Part of {@link StoreContract}; subclass that rather than this.
 */
public abstract class UnitOfWorkContract extends StoreTestSupport {

  private static final Customer KEPT = StoreSamples.customer("cust-kept");
  private static final CustomerId NEW_ID = new CustomerId("cust-new");

  /** Commits one value of every kind plus two due items, to be left alone by failing work. */
  private void writeBaseline() {
    runA(
        uow -> {
          uow.customers().insert(KEPT);
          uow.invoices().insert(StoreSamples.invoice("inv-kept", "cust-kept"));
          uow.payments().insert(StoreSamples.payment("pay-kept", "cust-kept", StoreSamples.ISSUED));
          uow.interactions().insert(StoreSamples.interaction("msg-kept", "cust-kept", T0));
          uow.culturalProfiles().insert(StoreSamples.profile("cust-kept", 0));
          uow.relationshipProfiles().insert(StoreSamples.profile("cust-kept", 0));
          uow.campaigns().insert(StoreSamples.campaign("camp-kept", "cust-kept", T0));
          uow.executions().insert(StoreSamples.execution("exe-kept", "camp-kept", "cust-kept", T0));
          uow.dueWork().schedule("due-kept", T0);
          uow.dueWork().schedule("due-cancel", T0.plusSeconds(5));
        });
  }

  /** Writes to every repository and the queue: inserts, updates, deletes, claims. */
  private static void writeEverything(UnitOfWork uow) {
    uow.customers().insert(StoreSamples.customer("cust-new"));
    uow.customers().update(ImmutableCustomer.copyOf(KEPT).withLegalName("Changed"), 1);
    uow.invoices().insert(StoreSamples.invoice("inv-new", "cust-new"));
    uow.invoices().delete(new dev.samvad.api.InvoiceId("inv-kept"), 1);
    uow.payments().insert(StoreSamples.payment("pay-new", "cust-new", StoreSamples.ISSUED));
    uow.interactions().insert(StoreSamples.interaction("msg-new", "cust-new", T0));
    uow.culturalProfiles().insert(StoreSamples.profile("cust-new", 0));
    uow.culturalProfiles().update(StoreSamples.profile("cust-kept", 1), 1);
    uow.relationshipProfiles().insert(StoreSamples.profile("cust-new", 0));
    uow.relationshipProfiles().delete(new CustomerId("cust-kept"), 1);
    uow.campaigns().insert(StoreSamples.campaign("camp-new", "cust-new", T0));
    uow.executions().insert(StoreSamples.execution("exe-new", "camp-new", "cust-new", T0));
    uow.dueWork().schedule("due-new", T0);
    uow.dueWork().schedule("due-kept", T0.plusSeconds(3600));
    uow.dueWork().cancel("due-cancel");
    uow.dueWork().claim(T0.plusSeconds(10), 10, "node-1", Duration.ofMinutes(5));
  }

  /** Asserts the state is exactly what {@link #writeBaseline()} committed. */
  private void assertBaselineUntouched() {
    runA(
        uow -> {
          Versioned<Customer> kept = uow.customers().find(KEPT.id()).orElseThrow();
          assertEquals(1L, kept.version(), "the failed work's update of cust-kept was kept");
          assertEquals(KEPT, kept.value());
          assertEquals(
              Optional.empty(),
              uow.customers().find(NEW_ID).map(Versioned::version),
              "the failed work's insert of cust-new was kept");
          assertEquals(1L, uow.customers().count(), "customers");
          assertEquals(1L, uow.invoices().count(), "invoices");
          assertEquals(1L, uow.payments().count(), "payments");
          assertEquals(1L, uow.interactions().count(), "interactions");
          assertEquals(
              Optional.of(new Versioned<>(StoreSamples.profile("cust-kept", 0), 1)),
              uow.culturalProfiles().find(KEPT.id()));
          assertEquals(1L, uow.culturalProfiles().count(), "cultural profiles");
          assertEquals(1L, uow.relationshipProfiles().count(), "relationship profiles");
          assertEquals(1L, uow.campaigns().count(), "campaigns");
          assertEquals(1L, uow.executions().count(), "executions");
          assertEquals(Optional.of(T0), uow.dueWork().dueAt("due-kept"));
          assertEquals(Optional.of(T0.plusSeconds(5)), uow.dueWork().dueAt("due-cancel"));
          assertEquals(Optional.empty(), uow.dueWork().dueAt("due-new"));
          assertEquals(2L, uow.dueWork().size());
        });
    // Nothing was left leased by the failed claim.
    List<Lease> leases =
        inA(uow -> uow.dueWork().claim(T0.plusSeconds(10), 10, "node-2", Duration.ofMinutes(1)));
    assertEquals(List.of("due-kept", "due-cancel"), leases.stream().map(Lease::key).toList());
  }

  @Test
  void aRuntimeExceptionLeavesNothingWrittenAndPropagatesUnchanged() {
    writeBaseline();
    DeliberateFailure failure = new DeliberateFailure("after every kind of write");
    Throwable thrown =
        assertThrows(
            DeliberateFailure.class,
            () ->
                runA(
                    uow -> {
                      writeEverything(uow);
                      throw failure;
                    }));
    assertSame(failure, thrown);
    assertBaselineUntouched();
  }

  @Test
  void anErrorLeavesNothingWrittenAndPropagatesUnchanged() {
    writeBaseline();
    AssertionError failure = new AssertionError("an Error, not an Exception");
    Throwable thrown =
        assertThrows(
            AssertionError.class,
            () ->
                runA(
                    uow -> {
                      writeEverything(uow);
                      throw failure;
                    }));
    assertSame(failure, thrown);
    assertBaselineUntouched();
  }

  @Test
  void aSneakilyThrownCheckedExceptionLeavesNothingWrittenAndPropagatesUnchanged() {
    writeBaseline();
    IOException failure = new IOException("checked, thrown past the compiler");
    Throwable thrown =
        assertThrows(
            IOException.class,
            () ->
                runA(
                    uow -> {
                      writeEverything(uow);
                      throw UnitOfWorkContract.<RuntimeException>sneaky(failure);
                    }));
    assertSame(failure, thrown);
    assertBaselineUntouched();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }

  @Test
  void aFailingStoreCallThatPropagatesRollsBackTheEarlierWrites() {
    writeBaseline();
    assertConflict(
        ErrorCode.ALREADY_EXISTS,
        () ->
            runA(
                uow -> {
                  writeEverything(uow);
                  uow.customers().insert(KEPT);
                }));
    assertBaselineUntouched();
  }

  @Test
  void committedWorkIsKeptAndItsResultReturned() {
    writeBaseline();
    String result =
        inA(
            uow -> {
              writeEverything(uow);
              return "done";
            });
    assertEquals("done", result);
    runA(
        uow -> {
          assertEquals(2L, uow.customers().count());
          assertEquals(
              "Changed", uow.customers().find(KEPT.id()).orElseThrow().value().legalName());
          assertEquals(2L, uow.customers().find(KEPT.id()).orElseThrow().version());
          assertEquals(1L, uow.invoices().count());
          assertEquals(1L, uow.relationshipProfiles().count());
          assertEquals(Optional.of(T0.plusSeconds(3600)), uow.dueWork().dueAt("due-kept"));
          assertEquals(Optional.empty(), uow.dueWork().dueAt("due-cancel"));
          assertEquals(2L, uow.dueWork().size());
        });
  }

  @Test
  void readsInsideAUnitOfWorkSeeItsOwnWrites() {
    runA(
        uow -> {
          Customer c = StoreSamples.customer("cust-1");
          uow.customers().insert(c);
          assertEquals(Optional.of(new Versioned<>(c, 1)), uow.customers().find(c.id()));
          assertEquals(List.of(new Versioned<>(c, 1)), uow.customers().list(Page.first(10)));
          assertEquals(1L, uow.customers().count());
          Customer c2 = ImmutableCustomer.copyOf(c).withLegalName("Renamed");
          uow.customers().update(c2, 1);
          assertEquals(Optional.of(new Versioned<>(c2, 2)), uow.customers().find(c.id()));
          uow.customers().delete(c.id(), 2);
          assertEquals(Optional.empty(), uow.customers().find(c.id()));
          assertEquals(0L, uow.customers().count());

          uow.dueWork().schedule("due-1", T0);
          assertEquals(Optional.of(T0), uow.dueWork().dueAt("due-1"));
          assertEquals(1L, uow.dueWork().size());
          List<Lease> leases = uow.dueWork().claim(T0, 5, "node-1", Duration.ofMinutes(1));
          assertEquals(List.of("due-1"), leases.stream().map(Lease::key).toList());
          assertEquals(List.of(), uow.dueWork().claim(T0, 5, "node-2", Duration.ofMinutes(1)));
          uow.dueWork().complete(leases.get(0));
          assertEquals(0L, uow.dueWork().size());
        });
  }

  @Test
  void aUnitOfWorkCannotBeUsedAfterItCommits() {
    AtomicReference<UnitOfWork> kept = new AtomicReference<>();
    runA(kept::set);
    assertEndedUnitOfWorkRefusesUse(kept.get());
  }

  @Test
  void aUnitOfWorkCannotBeUsedAfterItRollsBack() {
    AtomicReference<UnitOfWork> kept = new AtomicReference<>();
    assertThrows(
        DeliberateFailure.class,
        () ->
            runA(
                uow -> {
                  kept.set(uow);
                  throw new DeliberateFailure("roll back");
                }));
    assertEndedUnitOfWorkRefusesUse(kept.get());
  }

  private void assertEndedUnitOfWorkRefusesUse(UnitOfWork ended) {
    Customer late = StoreSamples.customer("cust-late");
    assertThrows(IllegalStateException.class, () -> ended.customers().find(late.id()));
    assertThrows(IllegalStateException.class, () -> ended.customers().insert(late));
    assertThrows(IllegalStateException.class, () -> ended.invoices().count());
    assertThrows(IllegalStateException.class, () -> ended.dueWork().schedule("due-late", T0));
    assertNothingWrittenLate();
  }

  @Test
  void repositoriesTakenFromAUnitOfWorkCannotBeUsedAfterItEnds() {
    AtomicReference<Repository<CustomerId, Customer>> customers = new AtomicReference<>();
    AtomicReference<InvoiceRepository> invoices = new AtomicReference<>();
    AtomicReference<DueWorkQueue> queue = new AtomicReference<>();
    runA(
        uow -> {
          customers.set(uow.customers());
          invoices.set(uow.invoices());
          queue.set(uow.dueWork());
        });
    Customer late = StoreSamples.customer("cust-late");
    assertThrows(IllegalStateException.class, () -> customers.get().insert(late));
    assertThrows(IllegalStateException.class, () -> customers.get().find(late.id()));
    assertThrows(
        IllegalStateException.class,
        () -> invoices.get().insert(StoreSamples.invoice("inv-late", "cust-late")));
    assertThrows(IllegalStateException.class, () -> queue.get().schedule("due-late", T0));
    assertThrows(
        IllegalStateException.class,
        () -> queue.get().claim(T0, 1, "node-late", Duration.ofMinutes(1)));
    assertNothingWrittenLate();
  }

  private void assertNothingWrittenLate() {
    runA(
        uow -> {
          assertEquals(0L, uow.customers().count(), "a late write reached the store");
          assertEquals(0L, uow.invoices().count(), "a late write reached the store");
          assertEquals(0L, uow.dueWork().size(), "a late write reached the store");
        });
  }

  @Test
  void nestingAUnitOfWorkOfTheSameTenantThrowsAndLeavesTheOuterOneWorking() {
    assertNestingRefused(TENANT_A);
  }

  @Test
  void nestingAUnitOfWorkOfAnotherTenantThrowsAndLeavesTheOuterOneWorking() {
    assertNestingRefused(TENANT_B);
  }

  private void assertNestingRefused(TenantId inner) {
    AtomicBoolean innerRan = new AtomicBoolean();
    runA(
        uow -> {
          uow.customers().insert(StoreSamples.customer("cust-before"));
          TenantStore innerStore = store.tenant(inner);
          assertThrows(
              IllegalStateException.class,
              () -> innerStore.inTransaction(nested -> innerRan.getAndSet(true)));
          Consumer<UnitOfWork> nestedRun = nested -> innerRan.set(true);
          assertThrows(IllegalStateException.class, () -> innerStore.run(nestedRun));
          uow.customers().insert(StoreSamples.customer("cust-after"));
        });
    assertFalse(innerRan.get(), "the nested work must not run");
    assertEquals(2L, countA(uow -> uow.customers().count()));
    // The thread is free again for a new unit of work of either tenant.
    assertEquals(0L, (long) store.tenant(inner).<Long>inTransaction(uow -> uow.invoices().count()));
  }

  @Test
  void aThreadCanStartNewUnitsOfWorkAfterOneFailed() {
    assertThrows(
        DeliberateFailure.class,
        () ->
            runA(
                uow -> {
                  throw new DeliberateFailure("first");
                }));
    runA(uow -> uow.customers().insert(KEPT));
    assertEquals(1L, countA(uow -> uow.customers().count()));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anotherUnitOfWorkNeverSeesWritesThatAreRolledBack() throws Exception {
    // The reader starts while the writer's work is still running. A store may make it wait until
    // the writer ends (it then sees the rollback) or let it read the state before the writer
    // started; either way it must not see the uncommitted customer.
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch readerDone = new CountDownLatch(1);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () ->
                assertThrows(
                    DeliberateFailure.class,
                    () ->
                        runA(
                            uow -> {
                              uow.customers().insert(StoreSamples.customer("cust-dirty"));
                              uow.dueWork().schedule("due-dirty", T0);
                              written.countDown();
                              await(readerDone, 300);
                              throw new DeliberateFailure("roll back after the reader started");
                            })));
    assertTrue(written.await(20, TimeUnit.SECONDS));
    CompletableFuture<List<Object>> reader =
        CompletableFuture.supplyAsync(
            () ->
                inA(
                    uow ->
                        List.of(
                            uow.customers().find(new CustomerId("cust-dirty")),
                            uow.customers().count(),
                            uow.dueWork().dueAt("due-dirty"))));
    List<Object> seen;
    try {
      seen = reader.get(20, TimeUnit.SECONDS);
    } finally {
      readerDone.countDown();
    }
    writer.get(20, TimeUnit.SECONDS);
    assertEquals(List.of(Optional.empty(), 0L, Optional.empty()), seen);
  }

  private static void await(CountDownLatch latch, long millis) {
    try {
      latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void runCommitsLikeInTransaction() {
    store.tenant(TENANT_A).run(uow -> uow.customers().insert(KEPT));
    assertEquals(
        Optional.of(new Versioned<>(KEPT, 1)), inA(uow -> uow.customers().find(KEPT.id())));
  }
}
