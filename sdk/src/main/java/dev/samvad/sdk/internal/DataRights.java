package dev.samvad.sdk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.consent.ConsentEntry;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.Repository;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.orchestration.runtime.ExecutionStatus;
import dev.samvad.sdk.ErasureReport;
import dev.samvad.sdk.RetentionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The data rights of one tenant's customers (DPDP Act 2023) on behalf of one actor: export
 * everything held about a customer, erase their personal data while keeping the financial records
 * pseudonymised, and purge what has outlived its retention period. Each is audited.
 */
public final class DataRights {
  /** The reasons an erasure may give. */
  public static final List<String> REASONS = List.of("request", "purpose-ended");

  /** The legal name an erased customer keeps, so their invoices still have a customer. */
  public static final String PSEUDONYM = "Erased customer";

  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
  private static final int BATCH = 500;
  private static final ObjectMapper JSON = SamvadJson.newMapper();

  private final TenantId tenant;
  private final TenantStore store;
  private final CampaignRuntime runtime;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;
  private final Runnable forgetCaches;
  private final java.util.function.Consumer<CustomerId> forgetCustomer;

  public DataRights(
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

  // ------------------------------------------------------------------ export

  /**
   * Everything Samvad holds about the customer as one JSON object: the customer with contacts, the
   * consent ledger, invoices, payments, interactions, profiles, campaigns with their tasks,
   * executions (rendered messages), and — when the audit sink can be read — the audit entries about
   * the customer.
   *
   * @throws NotFoundException when the customer is unknown
   */
  public ObjectNode export(CustomerId customer) {
    Instant now = clock.instant();
    ObjectNode doc =
        store.inTransaction(
            uow -> {
              Customer c = requireCustomer(uow, customer);
              ObjectNode out = JSON.createObjectNode();
              out.put("format", "samvad-customer-export/1");
              out.put("tenantId", tenant.value());
              out.put("customerId", customer.value());
              out.put("exportedAt", now.toString());
              out.set("customer", JSON.valueToTree(c));
              out.set("consents", JSON.valueToTree(ConsentDesk.ledger(uow, customer)));
              out.set("invoices", values(uow.invoices().byCustomer(customer)));
              out.set("payments", values(uow.payments().byCustomer(customer)));
              out.set("interactions", values(interactions(uow, customer)));
              out.set("culturalProfile", profile(uow.culturalProfiles(), customer));
              out.set("relationshipProfile", profile(uow.relationshipProfiles(), customer));
              ArrayNode campaigns = out.putArray("campaigns");
              ArrayNode tasks = out.putArray("tasks");
              ArrayNode executions = out.putArray("executions");
              for (Versioned<CampaignRecord> row : uow.campaigns().byCustomer(customer)) {
                CampaignRecord r = row.value();
                ObjectNode campaign = campaigns.addObject();
                campaign.put("id", r.id().value());
                campaign.put("name", r.name());
                campaign.put("playbook", r.type());
                campaign.put("status", r.status());
                campaign.put("createdAt", r.createdAt().toString());
                JsonNode state = tree(r.json());
                campaign.set("state", state);
                state.path("tasks").forEach(tasks::add);
                for (Versioned<ExecutionRecord> e : uow.executions().byCampaign(r.id())) {
                  executions.add(execution(e.value()));
                }
              }
              return out;
            });
    if (audit instanceof InMemoryAuditSink readable) {
      ArrayNode entries = doc.putArray("auditTrail");
      String target = "customer:" + customer.value();
      for (AuditEntry e : readable.entries(tenant)) {
        if (e.target().equals(target) || customer.value().equals(e.details().get("customer"))) {
          entries.add(JSON.valueToTree(e));
        }
      }
    } else {
      doc.put(
          "auditTrail",
          "kept by the host's audit sink: entries with target customer:" + customer.value());
    }
    record("customer.export", customer, Map.of());
    return doc;
  }

  // ------------------------------------------------------------------ erasure

  /**
   * Erases the customer's personal data: contacts, names, address, GSTIN and business details (the
   * customer becomes {@value #PSEUDONYM} under the same id), interactions, cultural and
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
  public ErasureReport erase(CustomerId customer, String reason, String note) {
    if (!REASONS.contains(reason)) {
      throw new InvalidInputException(
          "reason", "must be one of " + REASONS + ", was '" + reason + "'");
    }
    if (note.isBlank() || note.length() > ConsentEntry.MAX_TEXT) {
      throw new InvalidInputException(
          "note", "must be 1 to " + ConsentEntry.MAX_TEXT + " characters");
    }
    store.inTransaction(uow -> requireCustomer(uow, customer));
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
              for (List<Versioned<Interaction>> batch = interactions(uow, customer);
                  !batch.isEmpty();
                  batch = interactions(uow, customer)) {
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
    ImmutableCustomer.Builder b = ImmutableCustomer.builder().id(c.id()).legalName(PSEUDONYM);
    c.creditPeriodDays().ifPresent(b::creditPeriodDays);
    return b.build();
  }

  // ------------------------------------------------------------------ retention

  /**
   * Removes what has outlived {@code policy} at {@code now}: blanks the text of old interactions,
   * deletes old profiles and the settled executions of old messages. Works in batches of {@value
   * #BATCH}, one unit of work each; time grows with the tenant's data.
   */
  public Map<RetentionPolicy.DataKind, Integer> purge(RetentionPolicy policy, Instant now) {
    Map<RetentionPolicy.DataKind, Integer> purged = new EnumMap<>(RetentionPolicy.DataKind.class);
    Instant textCutoff = now.minus(policy.period(RetentionPolicy.DataKind.MESSAGE_TEXT));
    purged.put(
        RetentionPolicy.DataKind.MESSAGE_TEXT,
        sweep(
            UnitOfWork::interactions,
            i -> i.occurredAt().isBefore(textCutoff) && !i.text().isEmpty(),
            (uow, row) ->
                uow.interactions()
                    .update(ImmutableInteraction.copyOf(row.value()).withText(""), row.version())));
    Instant profileCutoff = now.minus(policy.period(RetentionPolicy.DataKind.PROFILES));
    Predicate<ProfileDocument> oldProfile = p -> p.analysedAt().isBefore(profileCutoff);
    int profiles =
        sweep(
            UnitOfWork::culturalProfiles,
            oldProfile,
            (uow, row) -> uow.culturalProfiles().delete(row.value().customerId(), row.version()));
    profiles +=
        sweep(
            UnitOfWork::relationshipProfiles,
            oldProfile,
            (uow, row) ->
                uow.relationshipProfiles().delete(row.value().customerId(), row.version()));
    purged.put(RetentionPolicy.DataKind.PROFILES, profiles);
    Instant executionCutoff = now.minus(policy.period(RetentionPolicy.DataKind.EXECUTION_CONTENT));
    purged.put(
        RetentionPolicy.DataKind.EXECUTION_CONTENT,
        sweep(
            UnitOfWork::executions,
            e ->
                e.createdAt().isBefore(executionCutoff)
                    && !e.campaignId().value().startsWith("samvad-")
                    && settled(e.status()),
            (uow, row) -> uow.executions().delete(row.value().id(), row.version())));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("at", now.toString());
    purged.forEach((k, v) -> details.put(k.name(), Integer.toString(v)));
    audit.append(
        new AuditEntry(
            tenant, actor, "data.purge", "tenant:" + tenant.value(), clock.instant(), details));
    if (purged.values().stream().anyMatch(n -> n > 0)) {
      forgetCaches.run();
    }
    return purged;
  }

  private static boolean settled(String status) {
    try {
      return ExecutionStatus.valueOf(status).isSettled();
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  /** Changes one stored row inside a unit of work. */
  @FunctionalInterface
  private interface RowChange<V> {
    void apply(UnitOfWork uow, Versioned<V> row);
  }

  /** Walks a repository in id order, a batch per unit of work, changing the rows that match. */
  private <K, V> int sweep(
      java.util.function.Function<UnitOfWork, Repository<K, V>> repository,
      Predicate<V> expired,
      RowChange<V> change) {
    int count = 0;
    Optional<String> after = Optional.empty();
    while (true) {
      Optional<String> from = after;
      record Batch(int changed, Optional<String> last) {}
      Batch batch =
          store.inTransaction(
              uow -> {
                List<Versioned<V>> rows = repository.apply(uow).list(new Page(from, BATCH));
                int changed = 0;
                for (Versioned<V> row : rows) {
                  if (expired.test(row.value())) {
                    change.apply(uow, row);
                    changed++;
                  }
                }
                return new Batch(
                    changed,
                    rows.size() < BATCH
                        ? Optional.empty()
                        : Optional.of(idText(rows.get(rows.size() - 1).value())));
              });
      count += batch.changed();
      if (batch.last().isEmpty()) {
        return count;
      }
      after = batch.last();
    }
  }

  private static String idText(Object value) {
    if (value instanceof Interaction i) {
      return i.id().value();
    }
    if (value instanceof ProfileDocument p) {
      return p.customerId().value();
    }
    if (value instanceof ExecutionRecord e) {
      return e.id().value();
    }
    throw new IllegalStateException("no id for " + value.getClass());
  }

  // ------------------------------------------------------------------ helpers

  private static List<Versioned<Interaction>> interactions(UnitOfWork uow, CustomerId customer) {
    return uow.interactions().byCustomer(customer, EARLIEST, LATEST, BATCH);
  }

  private static int deleteProfile(Repository<CustomerId, ProfileDocument> repo, CustomerId c) {
    Optional<Versioned<ProfileDocument>> row = repo.find(c);
    row.ifPresent(r -> repo.delete(c, r.version()));
    return row.isPresent() ? 1 : 0;
  }

  private static Customer requireCustomer(UnitOfWork uow, CustomerId customer) {
    return uow.customers()
        .find(customer)
        .map(Versioned::value)
        .orElseThrow(() -> new NotFoundException("customer", customer.value()));
  }

  private static ArrayNode values(List<? extends Versioned<?>> rows) {
    ArrayNode out = JSON.createArrayNode();
    rows.forEach(r -> out.add(JSON.valueToTree(r.value())));
    return out;
  }

  private static JsonNode profile(Repository<CustomerId, ProfileDocument> repo, CustomerId c) {
    return repo.find(c)
        .<JsonNode>map(
            r -> {
              ObjectNode p = JSON.createObjectNode();
              p.put("analysedAt", r.value().analysedAt().toString());
              p.put("schemaVersion", r.value().schemaVersion());
              p.set("document", tree(r.value().json()));
              return p;
            })
        .orElse(JSON.nullNode());
  }

  private static ObjectNode execution(ExecutionRecord e) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", e.id().value());
    out.put("campaignId", e.campaignId().value());
    out.put("channel", e.channel().name());
    out.put("status", e.status());
    out.put("createdAt", e.createdAt().toString());
    out.set("document", tree(e.json()));
    return out;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored document is not JSON", e);
    }
  }

  private void record(String action, CustomerId customer, Map<String, String> details) {
    audit.append(
        new AuditEntry(
            tenant, actor, action, "customer:" + customer.value(), clock.instant(), details));
  }
}
