package dev.samvad.sdk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.api.model.Customer;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.Repository;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The DPDP right of access: everything Samvad holds about one customer, as one JSON object. */
final class CustomerExport {
  private static final ObjectMapper JSON = SamvadJson.newMapper();

  private final TenantId tenant;
  private final TenantStore store;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;

  CustomerExport(TenantId tenant, TenantStore store, Clock clock, AuditSink audit, String actor) {
    this.tenant = tenant;
    this.store = store;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
  }

  /**
   * Everything Samvad holds about the customer as one JSON object: the customer with contacts, the
   * consent ledger, invoices, payments, interactions, profiles, campaigns with their tasks,
   * executions (rendered messages), and — when the audit sink can be read — the audit entries about
   * the customer.
   *
   * @throws NotFoundException when the customer is unknown
   */
  ObjectNode export(CustomerId customer) {
    Instant now = clock.instant();
    ObjectNode doc =
        store.inTransaction(
            uow -> {
              Customer c = DataRights.requireCustomer(uow, customer);
              ObjectNode out = JSON.createObjectNode();
              out.put("format", "samvad-customer-export/1");
              out.put("tenantId", tenant.value());
              out.put("customerId", customer.value());
              out.put("exportedAt", now.toString());
              out.set("customer", JSON.valueToTree(c));
              out.set("consents", JSON.valueToTree(ConsentDesk.ledger(uow, customer)));
              out.set("invoices", values(uow.invoices().byCustomer(customer)));
              out.set("payments", values(uow.payments().byCustomer(customer)));
              out.set("interactions", values(DataRights.interactions(uow, customer)));
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
