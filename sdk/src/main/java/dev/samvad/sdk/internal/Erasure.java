package dev.samvad.sdk.internal;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.consent.ConsentEntry;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.Repository;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.sdk.ErasureReport;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DPDP right of erasure: a customer's personal data goes, the financial records stay linked to
 * a pseudonym, and nothing can be sent to them again.
 */
final class Erasure {
  private final TenantId tenant;
  private final TenantStore store;
  private final CampaignRuntime runtime;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;
  private final Runnable forgetCaches;
  private final java.util.function.Consumer<CustomerId> forgetCustomer;

  Erasure(
      TenantId tenant,
      TenantStore store,
      CampaignRuntime runtime,
      Clock clock,
      AuditSink audit,
      String actor,
      Runnable forgetCaches,
      java.util.function.Consumer<CustomerId> forgetCustomer) {
    this.tenant = tenant;
    this.store = store;
    this.runtime = runtime;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
    this.forgetCaches = forgetCaches;
    this.forgetCustomer = forgetCustomer;
  }

  /**
   * Erases the customer's personal data: contacts, names, address, GSTIN and business details (the
   * customer becomes {@value DataRights#PSEUDONYM} under the same id), interactions, cultural and
   * relationship profiles, campaigns and their executions (rendered messages, tasks, notes). Their
   * running campaign is stopped first, and consent is withdrawn on every channel (source {@code
   * erasure}) so nothing is ever sent again. Invoices and payments stay, linked to the pseudonymous
   * customer; the consent ledger stays as the record of what was agreed.
   *
   * @param reason {@code request} or {@code purpose-ended}
   * @param note why, for the audit trail (no personal data; at most 200 characters)
   * @throws NotFoundException when the customer is unknown
   * @throws InvalidInputException naming {@code reason} or {@code note}
   */
  ErasureReport erase(CustomerId customer, String reason, String note) {
    if (!DataRights.REASONS.contains(reason)) {
      throw new InvalidInputException(
          "reason", "must be one of " + DataRights.REASONS + ", was '" + reason + "'");
    }
    if (note.isBlank() || note.length() > ConsentEntry.MAX_TEXT) {
      throw new InvalidInputException(
          "note", "must be 1 to " + ConsentEntry.MAX_TEXT + " characters");
    }
    store.inTransaction(uow -> DataRights.requireCustomer(uow, customer));
    runtime
        .activeFor(tenant, customer)
        .ifPresent(
            state ->
                runtime.apply(
                    tenant,
                    state.campaignId(),
                    new Event.Manual(
                        "erase-" + customer.value(),
                        ManualAction.STOP,
                        actor,
                        "personal data erased (" + reason + ")")));
    Instant now = clock.instant();
    ErasureReport report =
        store.inTransaction(
            uow -> {
              Map<String, Integer> removed = new LinkedHashMap<>();
              int campaigns = 0;
              int executions = 0;
              for (Versioned<CampaignRecord> row : uow.campaigns().byCustomer(customer)) {
                CampaignId id = row.value().id();
                for (Versioned<ExecutionRecord> e : uow.executions().byCampaign(id)) {
                  uow.dueWork().cancel("x:" + e.value().id().value());
                  uow.executions().delete(e.value().id(), e.version());
                  executions++;
                }
                uow.dueWork().cancel("c:" + id.value());
                uow.campaigns().delete(id, row.version());
                campaigns++;
              }
              for (Versioned<ExecutionRecord> e :
                  uow.executions().byCampaign(new CampaignId("samvad-receipts"))) {
                if (e.value().customerId().equals(customer)) {
                  uow.executions().delete(e.value().id(), e.version());
                }
              }
              int interactions = 0;
              for (List<Versioned<Interaction>> batch = DataRights.interactions(uow, customer);
                  !batch.isEmpty();
                  batch = DataRights.interactions(uow, customer)) {
                for (Versioned<Interaction> i : batch) {
                  uow.interactions().delete(i.value().id(), i.version());
                  interactions++;
                }
              }
              int profiles = deleteProfile(uow.culturalProfiles(), customer);
              profiles += deleteProfile(uow.relationshipProfiles(), customer);
              Versioned<Customer> stored = uow.customers().find(customer).orElseThrow();
              uow.customers().update(pseudonym(stored.value()), stored.version());
              for (ChannelKind channel : ChannelKind.values()) {
                ConsentRecord ledger = ConsentDesk.ledger(uow, customer);
                Optional<ConsentEntry> last = ledger.latest(channel);
                if (last.isEmpty() || last.get().action() != ConsentEntry.Action.WITHDRAWN) {
                  Instant at =
                      last.isPresent() && last.get().at().isAfter(now) ? last.get().at() : now;
                  ConsentDesk.append(
                      uow,
                      customer,
                      ConsentEntry.withdrawn(channel, at, "erasure", Optional.of(reason)));
                }
              }
              removed.put("campaigns", campaigns);
              removed.put("executions", executions);
              removed.put("interactions", interactions);
              removed.put("profiles", profiles);
              removed.put("customerDetails", 1);
              Map<String, Integer> kept = new LinkedHashMap<>();
              kept.put("invoices", uow.invoices().byCustomer(customer).size());
              kept.put("payments", uow.payments().byCustomer(customer).size());
              Map<String, String> details = new LinkedHashMap<>();
              details.put("reason", reason);
              details.put("note", note);
              removed.forEach((k, v) -> details.put("removed." + k, Integer.toString(v)));
              audit.append(
                  new AuditEntry(
                      tenant,
                      actor,
                      "customer.erase",
                      "customer:" + customer.value(),
                      now,
                      details));
              return new ErasureReport(customer, reason, now, removed, kept);
            });
    forgetCustomer.accept(customer);
    forgetCaches.run();
    return report;
  }

  /** The customer with nothing left that identifies a person or the business. */
  static Customer pseudonym(Customer c) {
    ImmutableCustomer.Builder b =
        ImmutableCustomer.builder().id(c.id()).legalName(DataRights.PSEUDONYM);
    c.creditPeriodDays().ifPresent(b::creditPeriodDays);
    return b.build();
  }

  private static int deleteProfile(Repository<CustomerId, ProfileDocument> repo, CustomerId c) {
    Optional<Versioned<ProfileDocument>> row = repo.find(c);
    row.ifPresent(r -> repo.delete(c, r.version()));
    return row.isPresent() ? 1 : 0;
  }
}
