package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static dev.samvad.sdk.SecurityFixture.ACME;
import static dev.samvad.sdk.SecurityFixture.ORCH;
import static dev.samvad.sdk.SecurityFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.PermissionDeniedException;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.orchestration.runtime.TaskQuery;
import dev.samvad.sdk.JsonRoute.CustomerScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attribute rules: a relationship manager reaches only the customers assigned to them, and only
 * an administrator reads the message text of another team's customer — through the JSON API and
 * through {@link TenantSession}, with every denial and every sensitive read audited.
 */
class AttributeRulesTest {
  private static SecurityFixture fixture;

  private final Principal ravi = user("ravi", Role.RELATIONSHIP_MANAGER);
  private final Principal cora = user("cora", Role.COMMUNICATION_COORDINATOR);
  private final Principal admin = Principal.of(ACME, "root", Role.ADMINISTRATOR);

  @BeforeAll
  static void seed() {
    fixture = new SecurityFixture();
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private AuditEntry lastAudit() {
    List<AuditEntry> entries = fixture.audit.entries(ACME);
    return entries.get(entries.size() - 1);
  }

  private void assertDenied(JsonResponse response, String target, String rule) {
    assertProblem(response, 403, "PERMISSION_DENIED");
    AuditEntry denial = lastAudit();
    assertEquals("access.denied", denial.action(), denial.toString());
    assertEquals(target, denial.target(), denial.toString());
    assertEquals(rule, denial.details().get("rule"), denial.toString());
  }

  private static List<String> ids(JsonNode list, String field) {
    return StreamSupport.stream(list.spliterator(), false).map(n -> n.at(field).asText()).toList();
  }

  @Test
  void aRelationshipManagerReadsOnlyAssignedCustomers() {
    ApiClient api = fixture.as(ravi);
    assertOk(api.get("/api/v1/customers/C-1"), 200);
    assertDenied(api.get("/api/v1/customers/C-2"), "customer:C-2", "assignment");
    assertTrue(lastAudit().actor().equals("user:ravi"));
    // A customer that does not exist is refused the same way: the answer says nothing of it.
    assertDenied(api.get("/api/v1/customers/C-999"), "customer:C-999", "assignment");

    JsonNode page = assertOk(api.get("/api/v1/customers"), 200);
    assertEquals(List.of("C-1"), ids(page.get("customers"), "/id"));
    JsonNode first = assertOk(api.get("/api/v1/customers?limit=1"), 200);
    assertEquals("C-1", first.path("nextAfter").asText());
    JsonNode rest = assertOk(api.get("/api/v1/customers?limit=1&after=C-1"), 200);
    assertEquals(List.of(), ids(rest.get("customers"), "/id"));

    JsonNode all = assertOk(fixture.as(admin).get("/api/v1/customers"), 200);
    assertEquals(List.of("C-1", "C-2", "C-3"), ids(all.get("customers"), "/id"));
  }

  @Test
  void everyCustomerRouteRefusesAnUnassignedCustomer() {
    ApiClient api = fixture.as(ravi);
    List<String> checked = new ArrayList<>();
    for (JsonRoute route : fixture.samvad.jsonRoutes()) {
      if (route.permission().isEmpty()
          || !Role.RELATIONSHIP_MANAGER.permissions().contains(route.permission().get())) {
        continue;
      }
      CustomerScope scope = route.customer();
      if (scope != CustomerScope.PATH
          && scope != CustomerScope.BODY
          && scope != CustomerScope.RESOURCE) {
        continue;
      }
      // Refused calls carry a body good enough to reach the customer check; our own customer's
      // calls carry one the endpoint refuses with a 400, so nothing of C-1 changes.
      String refused =
          switch (scope) {
            case BODY -> "{\"customerId\":\"C-2\"}";
            case RESOURCE ->
                route.path().endsWith("/complete")
                    ? "{\"outcome\":\"RESOLVED\"}"
                    : "{\"action\":\"PAUSE\",\"reason\":\"test\"}";
            default -> "{}";
          };
      String harmless = scope == CustomerScope.BODY ? "{\"customerId\":\"C-1\"}" : "{}";
      boolean get = route.method().equals("GET");
      JsonResponse other =
          api.call(
              route.method(),
              SecurityFixture.path(route.path(), fixture.c2),
              get ? "" : route.path().endsWith("/claim") ? "{}" : refused);
      assertDenied(other, "customer:C-2", "assignment");
      JsonResponse own =
          api.call(
              route.method(), SecurityFixture.path(route.path(), fixture.c1), get ? "" : harmless);
      assertNotEquals(403, own.status(), route + ": " + own.body());
      checked.add(route.method() + " " + route.path());
    }
    assertTrue(checked.size() >= 15, checked.toString());
  }

  @Test
  void aBodyWithoutACustomerIsTheWholePortfolio() {
    assertDenied(
        fixture
            .as(ravi)
            .call("POST", "/api/v1/relationship-intelligence/analyze", "{\"customerId\":5}"),
        "operation:POST /api/v1/relationship-intelligence/analyze",
        "portfolio");
  }

  @Test
  void withoutAssignedCustomersAManagerReachesNobody() {
    ApiClient api =
        fixture.as(
            Principal.of(ACME, "new-joiner", Role.RELATIONSHIP_MANAGER)
                .withAttribute(Principal.TEAMS, "north"));
    assertEquals(0, assertOk(api.get("/api/v1/customers"), 200).get("customers").size());
    assertDenied(api.get("/api/v1/customers/C-1"), "customer:C-1", "assignment");
    assertEquals(0, assertOk(api.get(ORCH + "/tasks"), 200).get("tasks").size());
  }

  @Test
  void theTaskInboxShowsAManagerOnlyTheirCustomersTasks() {
    JsonNode mine = assertOk(fixture.as(ravi).get(ORCH + "/tasks"), 200).get("tasks");
    assertEquals(List.of("C-1"), ids(mine, "/customerId"));
    JsonNode everyone = assertOk(fixture.as(cora).get(ORCH + "/tasks"), 200).get("tasks");
    assertEquals(3, everyone.size(), everyone.toString());
  }

  @Test
  void rolesAddUpButAssignmentStaysWithTheManagersPermissions() {
    ApiClient both = fixture.as(user("asha", Role.RELATIONSHIP_MANAGER, Role.CULTURAL_ANALYST));
    assertOk(both.get("/api/v1/customers/C-2"), 200); // the analyst reads every customer
    assertDenied(
        both.get(ORCH + "/campaigns/" + fixture.c2.campaign()), "customer:C-2", "assignment");
    assertOk(both.get(ORCH + "/campaigns/" + fixture.c1.campaign()), 200);
  }

  @Test
  void onlyAnAdministratorReadsAnotherTeamsMessages() {
    ApiClient coordinator = fixture.as(cora); // team north
    assertOk(coordinator.get(ORCH + "/executions/" + fixture.c1.execution()), 200);
    AuditEntry read = lastAudit();
    assertEquals("message.read", read.action());
    assertEquals("customer:C-1", read.target());
    assertEquals("user:cora", read.actor());
    assertDenied(
        coordinator.get(ORCH + "/executions/" + fixture.c2.execution()), "customer:C-2", "team");
    assertOk(coordinator.get(ORCH + "/executions/" + fixture.c3.execution()), 200); // no team
    // The coordinator still runs the south customer's campaign; only the text is withheld.
    assertOk(coordinator.get(ORCH + "/campaigns/" + fixture.c2.campaign()), 200);

    assertOk(fixture.as(admin).get(ORCH + "/executions/" + fixture.c2.execution()), 200);
    ApiClient teamless = fixture.as(Principal.of(ACME, "tara", Role.COMMUNICATION_COORDINATOR));
    assertDenied(
        teamless.get(ORCH + "/executions/" + fixture.c1.execution()), "customer:C-1", "team");
  }

  @Test
  void executeWithholdsTheTextOfAnotherTeamsMessages() {
    try (SecurityFixture own = new SecurityFixture()) {
      withheld(own);
    }
  }

  private void withheld(SecurityFixture fixture) {
    ApiClient root = fixture.as(admin);
    for (SecurityFixture.Ids ids : List.of(fixture.c2, fixture.c3)) {
      assertOk(
          root.call(
              "POST",
              ORCH + "/campaigns/" + ids.campaign() + "/actions",
              "{\"action\":\"RESUME\",\"reason\":\"dispute settled by phone\"}"),
          200);
    }
    JsonNode south =
        assertOk(fixture.as(cora).call("POST", ORCH + "/execute", "{\"customerId\":\"C-2\"}"), 200);
    assertEquals(0, south.get("queued").size(), south.toString());
    JsonNode open =
        assertOk(fixture.as(cora).call("POST", ORCH + "/execute", "{\"customerId\":\"C-3\"}"), 200);
    assertEquals(0, open.get("queuedWithheld").asInt(), open.toString());
  }

  @Test
  void sessionsForPeopleFollowTheSameRules() {
    TenantSession session = fixture.samvad.session(ravi);
    assertTrue(session.customer(new CustomerId("C-1")).isPresent());
    assertEquals("customer.read", lastAudit().action());
    PermissionDeniedException denied =
        assertThrows(
            PermissionDeniedException.class, () -> session.customer(new CustomerId("C-2")));
    assertEquals(ErrorCode.PERMISSION_DENIED, denied.code());
    assertEquals("access.denied", lastAudit().action());
    assertEquals("user:ravi", lastAudit().actor());
    assertEquals(List.of("C-1"), session.customers().stream().map(c -> c.id().value()).toList());
    assertEquals(
        List.of("C-1"),
        session.tasks(TaskQuery.open()).stream().map(t -> t.customerId().value()).toList());
    assertEquals(
        1,
        session
            .interactions(
                new CustomerId("C-1"), Instant.EPOCH, fixture.clock.instant().plusSeconds(1))
            .size());
    assertEquals("interaction.read", lastAudit().action());
    assertThrows(
        PermissionDeniedException.class,
        () -> session.putInvoice(Samples.invoice("I-9", "C-1", "INV-9", 100)));
    assertThrows(
        PermissionDeniedException.class,
        () -> session.campaign(new CampaignId(fixture.c2.campaign())));

    TenantSession coordinator = fixture.samvad.session(cora);
    coordinator.execution(new ExecutionId(fixture.c1.execution()));
    assertThrows(
        PermissionDeniedException.class,
        () -> coordinator.execution(new ExecutionId(fixture.c2.execution())));
    assertThrows(
        PermissionDeniedException.class,
        () -> coordinator.executions(new CampaignId(fixture.c2.campaign())));

    TenantSession nobody = fixture.samvad.session(Principal.of(ACME, "guest"));
    assertThrows(PermissionDeniedException.class, nobody::customers);

    // The host's own session may do everything, audited as the host.
    TenantSession host = fixture.samvad.tenant(ACME);
    assertFalse(host.executions(new CampaignId(fixture.c2.campaign())).isEmpty());
    assertEquals("host", lastAudit().actor());
  }

  @Test
  void theTrailOfAllThisIsAnIntactChain() {
    fixture.as(ravi).get("/api/v1/customers/C-2");
    assertTrue(fixture.audit.verify(ACME).intact(), fixture.audit.verify(ACME).toString());
  }
}
