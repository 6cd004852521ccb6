package dev.samvad.sdk;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.channel.OutboxChannel;
import dev.samvad.orchestration.runtime.TaskQuery;
import dev.samvad.orchestration.runtime.TaskView;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One tenant with three customers, each with an invoice, a running campaign, a sent message and an
 * open task: C-1 (team north), C-2 (team south) and C-3 (no team). For the access-control tests.
 */
final class SecurityFixture implements AutoCloseable {
  static final TenantId ACME = ApiClient.ACME;
  static final String ORCH = "/api/v1/communication-orchestration";
  static final Map<String, String> TEAMS = Map.of("C-1", "north", "C-2", "south");

  final SteppableClock clock = SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
  final InMemoryAuditSink audit = new InMemoryAuditSink();
  final Samvad samvad;

  /** Per customer: its campaign, first message and task. */
  record Ids(String customer, String campaign, String execution, String task) {}

  final Ids c1;
  final Ids c2;
  final Ids c3;

  SecurityFixture() {
    this(Samvad.DEFAULT_MAX_REQUEST_BYTES);
  }

  SecurityFixture(int maxRequestBytes) {
    this(maxRequestBytes, null);
  }

  /** The fixture over {@code store} (which the caller closes), or a new in-memory one if null. */
  SecurityFixture(int maxRequestBytes, @Nullable SamvadStore store) {
    Samvad.Builder b =
        Samples.campaignReady(clock, OutboxChannel.to(new StringWriter(), clock, 10_000))
            .auditSink(audit)
            .maxRequestBytes(maxRequestBytes)
            .customerTeams((tenant, customer) -> Optional.ofNullable(TEAMS.get(customer.value())));
    if (store != null) {
      b.store(store);
    }
    samvad = b.build();
    TenantSession host = samvad.tenant(ACME);
    for (String id : new String[] {"C-1", "C-2", "C-3"}) {
      host.putCustomer(customer(id));
      host.putInvoice(Samples.invoice("I-" + id, id, "INV-" + id, 50_000));
      host.startCampaign(new CustomerId(id), "standard-b2b");
    }
    Instant end = clock.instant().plus(Duration.ofDays(3));
    while (clock.instant().isBefore(end)) {
      samvad.runDue(clock.instant());
      clock.advance(Duration.ofMinutes(30));
    }
    for (String id : new String[] {"C-1", "C-2", "C-3"}) {
      host.recordInteraction(
          ImmutableInteraction.builder()
              .id(new InteractionId("M-" + id))
              .customerId(new CustomerId(id))
              .channel(ChannelKind.EMAIL)
              .direction(Direction.INBOUND)
              .text("We have not received the goods, the quantity is short.")
              .occurredAt(clock.instant())
              .build());
      host.receiveReply(
          new CustomerId(id),
          "We have not received the goods for INV-" + id + ", the quantity is short.",
          ChannelKind.EMAIL,
          clock.instant());
    }
    c1 = ids(host, "C-1");
    c2 = ids(host, "C-2");
    c3 = ids(host, "C-3");
  }

  /** A customer with a contact to send to. */
  private static Customer customer(String id) {
    try {
      return ApiClient.JSON.readValue(Samples.customerJson(id), Customer.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Ids ids(TenantSession host, String customer) {
    CampaignId campaign = host.activeCampaign(new CustomerId(customer)).orElseThrow().campaignId();
    String execution = host.executions(campaign).get(0).executionId().value();
    String task =
        host.tasks(TaskQuery.open().page(0, TaskQuery.MAX_LIMIT)).stream()
            .filter(t -> t.customerId().value().equals(customer))
            .map(TaskView::task)
            .findFirst()
            .orElseThrow()
            .id();
    return new Ids(customer, campaign.value(), execution, task);
  }

  ApiClient as(Principal principal) {
    return new ApiClient(samvad.jsonApi(), principal);
  }

  /** A principal of acme with {@code roles}, assigned C-1 and in team north. */
  static Principal user(String id, Role... roles) {
    return Principal.of(ACME, id, roles)
        .withAttribute(Principal.ASSIGNED_CUSTOMERS, "C-1")
        .withAttribute(Principal.TEAMS, "north");
  }

  /** A concrete path for {@code template} addressing {@code ids}' customer and resources. */
  static String path(String template, Ids ids) {
    return template
        .replace("{customerId}", ids.customer())
        .replace("{campaignId}", ids.campaign())
        .replace("{executionId}", ids.execution())
        .replace("{taskId}", ids.task());
  }

  @Override
  public void close() {
    samvad.close();
  }
}
