package dev.samvad.api.store;

import static dev.samvad.api.store.StoreSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.Invoice;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tenants never see each other's data, and {@link SamvadStore#tenants()} lists the ones that wrote.
 *
 * <p>Part of {@link StoreContract}; subclass that rather than this.
 */
public abstract class TenantIsolationContract extends StoreTestSupport {

  private static final CustomerId CUSTOMER = new CustomerId("cust-1");
  private static final Customer CUSTOMER_VALUE = StoreSamples.customer("cust-1");
  private static final Invoice INVOICE = StoreSamples.invoice("inv-1", "cust-1");

  /** Writes one value of every kind, two due items and one lease for tenant A. */
  private Lease writeEverythingForA() {
    runA(
        uow -> {
          uow.customers().insert(CUSTOMER_VALUE);
          uow.invoices().insert(INVOICE);
          uow.payments().insert(StoreSamples.payment("pay-1", "cust-1", StoreSamples.ISSUED));
          uow.interactions().insert(StoreSamples.interaction("msg-1", "cust-1", T0));
          uow.culturalProfiles().insert(StoreSamples.profile("cust-1", 0));
          uow.relationshipProfiles().insert(StoreSamples.profile("cust-1", 0));
          uow.campaigns().insert(StoreSamples.campaign("camp-1", "cust-1", T0));
          uow.executions().insert(StoreSamples.execution("exe-1", "camp-1", "cust-1", T0));
          uow.dueWork().schedule("camp-1", T0);
          uow.dueWork().schedule("camp-2", T0);
        });
    return inA(uow -> uow.dueWork().claim(T0, 1, "node-a", Duration.ofHours(1))).get(0);
  }

  @Test
  void nothingWrittenForOneTenantIsVisibleToAnother() {
    writeEverythingForA();
    inB(
        uow -> {
          for (RepositoryFixture<?, ?> f : RepositoryFixture.all()) {
            assertEquals(0L, f.in(uow).count(), f.name() + " count");
            assertEquals(List.of(), f.in(uow).list(Page.first(100)), f.name() + " list");
          }
          assertEquals(Optional.empty(), uow.customers().find(CUSTOMER));
          assertEquals(Optional.empty(), uow.invoices().find(INVOICE.id()));
          assertEquals(Optional.empty(), uow.culturalProfiles().find(CUSTOMER));
          assertEquals(Optional.empty(), uow.relationshipProfiles().find(CUSTOMER));
          assertEquals(
              Optional.empty(), uow.invoices().byNumber(INVOICE.number(), INVOICE.financialYear()));
          assertEquals(List.of(), uow.invoices().byCustomer(CUSTOMER));
          assertEquals(List.of(), uow.payments().byCustomer(CUSTOMER));
          assertEquals(
              List.of(), uow.interactions().byCustomer(CUSTOMER, T0, T0.plusSeconds(60), 10));
          assertEquals(List.of(), uow.campaigns().byCustomer(CUSTOMER));
          assertEquals(List.of(), uow.executions().byCampaign(new CampaignId("camp-1")));
          assertEquals(Optional.empty(), uow.dueWork().dueAt("camp-1"));
          assertEquals(0L, uow.dueWork().size());
          assertEquals(
              List.of(),
              uow.dueWork().claim(T0.plus(Duration.ofDays(1)), 10, "node-b", Duration.ofHours(1)));
          return null;
        });
  }

  @Test
  void anotherTenantMayUseTheSameIdsNumbersAndKeys() {
    writeEverythingForA();
    Customer bsCustomer = ImmutableCustomer.copyOf(CUSTOMER_VALUE).withLegalName("B's own");
    inB(
        uow -> {
          for (RepositoryFixture<?, ?> f : RepositoryFixture.all()) {
            insertSample(uow, f, "same-id");
          }
          assertEquals(new Versioned<>(bsCustomer, 1), uow.customers().insert(bsCustomer));
          assertEquals(new Versioned<>(INVOICE, 1), uow.invoices().insert(INVOICE));
          uow.dueWork().schedule("camp-1", T0.plusSeconds(30));
          return null;
        });
    runA(
        uow -> {
          assertEquals(
              Optional.of(new Versioned<>(CUSTOMER_VALUE, 1)), uow.customers().find(CUSTOMER));
          assertEquals(Optional.of(T0), uow.dueWork().dueAt("camp-1"));
          assertEquals(Optional.empty(), uow.customers().find(new CustomerId("same-id")));
        });
    // B's item is B's own: free to claim although A's item with the same key is leased.
    List<Lease> bLeases =
        inB(uow -> uow.dueWork().claim(T0.plusSeconds(30), 10, "node-b", Duration.ofHours(1)));
    assertEquals(List.of("camp-1"), bLeases.stream().map(Lease::key).toList());
  }

  private static <K, V> void insertSample(UnitOfWork uow, RepositoryFixture<K, V> f, String id) {
    V value = f.sample(id);
    assertEquals(new Versioned<>(value, 1), f.in(uow).insert(value), f.name());
  }

  @Test
  void updatesDeletesAndLeasesCannotReachAnotherTenantsData() {
    Lease aLease = writeEverythingForA();
    Customer changed = ImmutableCustomer.copyOf(CUSTOMER_VALUE).withLegalName("Hijacked");
    assertThrows(NotFoundException.class, () -> inB(uow -> uow.customers().update(changed, 1)));
    assertThrows(
        NotFoundException.class,
        () ->
            inB(
                uow -> {
                  uow.invoices().delete(INVOICE.id(), 1);
                  return null;
                }));
    assertFalse(testB(uow -> uow.dueWork().cancel("camp-2")));
    assertConflict(
        ErrorCode.LEASE_LOST,
        () ->
            inB(
                uow -> {
                  uow.dueWork().complete(aLease);
                  return null;
                }));
    runA(
        uow -> {
          assertEquals(
              Optional.of(new Versioned<>(CUSTOMER_VALUE, 1)), uow.customers().find(CUSTOMER));
          assertEquals(Optional.of(new Versioned<>(INVOICE, 1)), uow.invoices().find(INVOICE.id()));
          assertEquals(Optional.of(T0), uow.dueWork().dueAt("camp-2"));
          assertEquals(2L, uow.dueWork().size());
          uow.dueWork().complete(aLease);
          assertEquals(1L, uow.dueWork().size());
        });
  }

  @Test
  void aLeaseOfOneTenantIsLostInAnotherEvenForTheSameKeyAndOwner() {
    // Lease tokens are "unique per claim", so a lease claimed in tenant A cannot settle tenant
    // B's item even when key, owner and due time coincide (campaign ids are per tenant and may
    // well coincide; one node sweeps every tenant).
    runA(uow -> uow.dueWork().schedule("camp-1", T0));
    inB(
        uow -> {
          uow.dueWork().schedule("camp-1", T0);
          return null;
        });
    Lease aLease = inA(uow -> uow.dueWork().claim(T0, 1, "node-1", Duration.ofHours(1))).get(0);
    Lease bLease = inB(uow -> uow.dueWork().claim(T0, 1, "node-1", Duration.ofHours(1))).get(0);
    assertConflict(
        ErrorCode.LEASE_LOST,
        () ->
            inB(
                uow -> {
                  uow.dueWork().complete(aLease);
                  return null;
                }));
    assertEquals(1L, (long) inB(uow -> uow.dueWork().size()), "B's item must still exist");
    inB(
        uow -> {
          uow.dueWork().complete(bLease);
          return null;
        });
    runA(uow -> uow.dueWork().complete(aLease));
  }

  @Test
  void aTenantStoreIsScopedToItsTenantAndCheapToGetAgain() {
    assertEquals(TENANT_A, store.tenant(TENANT_A).tenantId());
    store.tenant(TENANT_A).run(uow -> uow.customers().insert(CUSTOMER_VALUE));
    // A fresh TenantStore for an equal id sees the same data.
    TenantStore again = store.tenant(new TenantId("tenant-a"));
    assertEquals(
        Optional.of(new Versioned<>(CUSTOMER_VALUE, 1)),
        again.inTransaction(uow -> uow.customers().find(CUSTOMER)));
  }

  @Test
  void tenantsListsEveryTenantThatWroteInIdOrder() {
    assertEquals(List.of(), store.tenants());
    store.tenant(new TenantId("t-b")).run(uow -> uow.customers().insert(CUSTOMER_VALUE));
    // A tenant with nothing but due work must be listed: runtimes sweep tenants for due work.
    store.tenant(new TenantId("t-a")).run(uow -> uow.dueWork().schedule("camp-1", T0));
    store
        .tenant(new TenantId("T-z"))
        .run(uow -> uow.interactions().insert(StoreSamples.interaction("msg-1", "cust-1", T0)));
    assertEquals(
        List.of(new TenantId("T-z"), new TenantId("t-a"), new TenantId("t-b")), store.tenants());
  }

  @Test
  void aTenantThatOnlyReadIsNotListed() {
    store.tenant(new TenantId("t-writer")).run(uow -> uow.customers().insert(CUSTOMER_VALUE));
    store.tenant(new TenantId("t-reader")).run(uow -> uow.customers().find(CUSTOMER));
    store.tenant(new TenantId("t-idle"));
    assertEquals(List.of(new TenantId("t-writer")), store.tenants());
  }

  @Test
  void aTenantWhoseOnlyWorkRolledBackIsNotListed() {
    store.tenant(new TenantId("t-writer")).run(uow -> uow.customers().insert(CUSTOMER_VALUE));
    assertThrows(
        DeliberateFailure.class,
        () ->
            store
                .tenant(new TenantId("t-rolled-back"))
                .run(
                    uow -> {
                      uow.customers().insert(CUSTOMER_VALUE);
                      throw new DeliberateFailure("nothing of this is written");
                    }));
    assertEquals(List.of(new TenantId("t-writer")), store.tenants());
  }
}
