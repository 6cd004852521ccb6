package dev.samvad.sdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.sdk.ErasureReport;
import dev.samvad.sdk.RetentionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The data rights of one tenant's customers (DPDP Act 2023) on behalf of one actor: export
 * everything held about a customer ({@link CustomerExport}), erase their personal data while
 * keeping the financial records pseudonymised ({@link Erasure}), and purge what has outlived its
 * retention period ({@link RetentionPurge}). Each is audited.
 */
public final class DataRights {
  /** The reasons an erasure may give. */
  public static final List<String> REASONS = List.of("request", "purpose-ended");

  /** The legal name an erased customer keeps, so their invoices still have a customer. */
  public static final String PSEUDONYM = "Erased customer";

  /** Rows per unit of work when walking a tenant's data. */
  static final int BATCH = 500;

  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

  private final CustomerExport export;
  private final Erasure erasure;
  private final RetentionPurge purge;

  public DataRights(
      TenantId tenant,
      TenantStore store,
      CampaignRuntime runtime,
      Clock clock,
      AuditSink audit,
      String actor,
      Runnable forgetCaches,
      java.util.function.Consumer<CustomerId> forgetCustomer) {
    this.export = new CustomerExport(tenant, store, clock, audit, actor);
    this.erasure =
        new Erasure(tenant, store, runtime, clock, audit, actor, forgetCaches, forgetCustomer);
    this.purge = new RetentionPurge(tenant, store, clock, audit, actor, forgetCaches);
  }

  /**
   * Everything Samvad holds about the customer as one JSON object; see {@link
   * CustomerExport#export}.
   *
   * @throws NotFoundException when the customer is unknown
   */
  public ObjectNode export(CustomerId customer) {
    return export.export(customer);
  }

  /**
   * Erases the customer's personal data; see {@link Erasure#erase}.
   *
   * @throws NotFoundException when the customer is unknown
   * @throws InvalidInputException naming {@code reason} or {@code note}
   */
  public ErasureReport erase(CustomerId customer, String reason, String note) {
    return erasure.erase(customer, reason, note);
  }

  /** Applies {@code policy} at {@code now}; see {@link RetentionPurge#purge}. */
  public Map<RetentionPolicy.DataKind, Integer> purge(RetentionPolicy policy, Instant now) {
    return purge.purge(policy, now);
  }

  static Customer requireCustomer(UnitOfWork uow, CustomerId customer) {
    return uow.customers()
        .find(customer)
        .map(Versioned::value)
        .orElseThrow(() -> new NotFoundException("customer", customer.value()));
  }

  /** The customer's interactions, earliest first, at most {@value #BATCH}. */
  static List<Versioned<Interaction>> interactions(UnitOfWork uow, CustomerId customer) {
    return uow.interactions().byCustomer(customer, EARLIEST, LATEST, BATCH);
  }
}
