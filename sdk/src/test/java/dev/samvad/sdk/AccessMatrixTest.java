package dev.samvad.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.sdk.JsonRoute.CustomerScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route × every role: the route answers 403 {@code PERMISSION_DENIED} exactly when the tables
 * of {@code docs/security.md} say the role lacks the route's permission (or reaches only assigned
 * customers on a portfolio route), and the denial is audited. The tables themselves must equal the
 * code: a new route, permission or role change without its documented row fails here.
 */
class AccessMatrixTest {
  private static final Path DOC = Path.of("..", "docs", "security.md");
  private static final Pattern ROUTE_ROW =
      Pattern.compile(
          "^\\| (GET|POST|PUT) \\| `(/api/v1/[^`]*)` \\| (?:`([A-Z_]+)`|—) \\| ([a-z]+) \\|$");
  private static final Pattern ROLE_ROW =
      Pattern.compile("^\\| `([A-Z_]+)` \\|((?: [a-z, —]+ \\|){4})$");

  /** One documented route. */
  record DocRoute(String method, String path, Optional<Permission> permission, String customer) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static SecurityFixture fixture;

  @BeforeAll
  static void seed() {
    fixture = new SecurityFixture();
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  static List<DocRoute> documentedRoutes() throws IOException {
    List<DocRoute> rows = new ArrayList<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher m = ROUTE_ROW.matcher(line.strip());
      if (m.matches()) {
        rows.add(
            new DocRoute(
                m.group(1),
                m.group(2),
                Optional.ofNullable(m.group(3)).map(Permission::valueOf),
                m.group(4)));
      }
    }
    return rows;
  }

  /** Per role, per permission: the cell of the roles table ("all", "assigned", "—"…). */
  static Map<Role, Map<Permission, String>> documentedRoles() throws IOException {
    Map<Role, Map<Permission, String>> table = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      table.put(role, new EnumMap<>(Permission.class));
    }
    List<Role> columns =
        List.of(
            Role.CULTURAL_ANALYST,
            Role.RELATIONSHIP_MANAGER,
            Role.COMMUNICATION_COORDINATOR,
            Role.ADMINISTRATOR);
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher m = ROLE_ROW.matcher(line.strip());
      if (m.matches()) {
        String[] cells = m.group(2).split("\\|");
        Permission permission = Permission.valueOf(m.group(1));
        for (int i = 0; i < columns.size(); i++) {
          table.get(columns.get(i)).put(permission, cells[i].strip());
        }
      }
    }
    return table;
  }

  @Test
  void theDocumentedRoutesAreExactlyTheRouteTable() throws IOException {
    List<String> documented =
        documentedRoutes().stream()
            .map(r -> r.method() + " " + r.path() + " " + r.permission() + " " + r.customer())
            .toList();
    List<String> actual =
        fixture.samvad.jsonRoutes().stream()
            .map(
                r ->
                    r.method()
                        + " "
                        + r.path()
                        + " "
                        + r.permission()
                        + " "
                        + r.customer().name().toLowerCase(Locale.ROOT))
            .toList();
    assertEquals(actual, documented, "docs/security.md's route table and the route table differ");
  }

  @Test
  void everyRouteButTheAuthStubsNeedsAPermission() {
    for (JsonRoute route : fixture.samvad.jsonRoutes()) {
      boolean anonymous = route.path().startsWith("/api/v1/auth/");
      assertEquals(anonymous, route.permission().isEmpty(), route.toString());
      assertEquals(anonymous, route.customer() == CustomerScope.NONE, route.toString());
    }
  }

  @Test
  void theDocumentedRolesAreExactlyTheCode() throws IOException {
    Map<Role, Map<Permission, String>> table = documentedRoles();
    for (Role role : Role.values()) {
      Map<Permission, String> cells = table.get(role);
      assertEquals(EnumSet.allOf(Permission.class), cells.keySet(), role + ": one row each");
      Set<Permission> granted = EnumSet.noneOf(Permission.class);
      cells.forEach(
          (permission, cell) -> {
            if (!cell.equals("—")) {
              granted.add(permission);
              assertEquals(
                  role.assignedCustomersOnly(),
                  cell.startsWith("assigned"),
                  role + " " + permission + ": " + cell);
              boolean team =
                  permission == Permission.MESSAGE_TEXT_READ && role != Role.ADMINISTRATOR;
              assertEquals(team, cell.endsWith("team"), role + " " + permission + ": " + cell);
            }
          });
      assertEquals(granted, role.permissions(), role.name());
    }
  }

  static Stream<Arguments> routesAndRoles() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (DocRoute route : documentedRoutes()) {
      for (Role role : Role.values()) {
        cases.add(Arguments.of(route, Optional.of(role)));
      }
      cases.add(Arguments.of(route, Optional.empty()));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("routesAndRoles")
  void allowedExactlyAsDocumented(DocRoute route, Optional<Role> role) throws IOException {
    boolean allowed = role.isEmpty() ? route.permission().isEmpty() : allowed(route, role.get());
    // Assigned C-1 and in its team, so only the role decides.
    Principal principal =
        role.isEmpty()
            ? Principal.of(SecurityFixture.ACME, "nobody")
            : SecurityFixture.user(role.get().name().toLowerCase(Locale.ROOT), role.get());
    int before = fixture.audit.entries(SecurityFixture.ACME).size();
    JsonResponse response =
        fixture
            .as(principal)
            .call(
                route.method(),
                SecurityFixture.path(route.path(), fixture.c1),
                route.method().equals("GET") ? "" : "{\"customerId\":\"C-1\"}");
    JsonNode body = ApiClient.json(response);
    if (allowed) {
      assertNotEquals(403, response.status(), response.body());
      assertNotEquals(401, response.status(), response.body());
      assertNotEquals(500, response.status(), response.body());
    } else {
      ApiClient.assertProblem(response, 403, "PERMISSION_DENIED");
      assertTrue(body.path("message").asText().contains(route.permission().orElseThrow().name()));
      List<AuditEntry> entries = fixture.audit.entries(SecurityFixture.ACME);
      AuditEntry last = entries.get(entries.size() - 1);
      assertEquals(before + 1, entries.size(), "one audit entry for the denial");
      assertEquals("access.denied", last.action());
      assertEquals("user:" + principal.userId(), last.actor());
      assertEquals(route.permission().orElseThrow().name(), last.details().get("permission"));
      assertFalse(response.body().contains("Shree Ganesh"), response.body());
    }
  }

  /** The documented answer: the role has the permission, and reaches far enough for the route. */
  private static boolean allowed(DocRoute route, Role role) throws IOException {
    if (route.permission().isEmpty()) {
      return true;
    }
    String cell = documentedRoles().get(role).get(route.permission().get());
    if (cell.equals("—")) {
      return false;
    }
    return !(route.customer().equals("portfolio") && cell.startsWith("assigned"));
  }

  /** Bodies that cannot be read at all: no caller can be authorised by a customer in them. */
  static final List<String> UNREADABLE_BODIES =
      List.of("not json", "[]", "{\"customerId\":\"C-1\"", "{\"tenantId\":5}");

  /** Readable bodies without a valid {@code customerId}. */
  static final List<String> NO_CUSTOMER_BODIES =
      List.of("{}", "{\"customerId\":5}", "{\"customerId\":\"C 1\"}", "{\"customerId\":null}");

  /**
   * The routes that take a body and on which an attribute rule limits a relationship manager (the
   * permission reaches only assigned customers and the route names a customer), with a body each.
   */
  static Stream<Arguments> attributeRoutesAndBodies(List<String> bodies) throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (DocRoute route : documentedRoutes()) {
      boolean named = List.of("path", "body", "resource").contains(route.customer());
      if (route.method().equals("GET") || route.permission().isEmpty() || !named) {
        continue;
      }
      String cell = documentedRoles().get(Role.RELATIONSHIP_MANAGER).get(route.permission().get());
      if (cell.startsWith("assigned")) {
        bodies.forEach(body -> cases.add(Arguments.of(route, body)));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> attributeRoutesAndBadBodies() throws IOException {
    List<String> bodies = new ArrayList<>(UNREADABLE_BODIES);
    bodies.addAll(NO_CUSTOMER_BODIES);
    return attributeRoutesAndBodies(bodies);
  }

  static Stream<Arguments> attributeRoutesAndUnreadableBodies() throws IOException {
    return attributeRoutesAndBodies(UNREADABLE_BODIES);
  }

  /**
   * Authorisation by attribute comes before validation of the body: a relationship manager
   * addressing a customer they are not assigned (in the path, through the campaign or task in the
   * path, or — for a body route — by naming none validly) is refused 403 whatever the body, so a
   * 400 never tells them more than the refusal does.
   */
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("attributeRoutesAndBadBodies")
  void anAttributeRuleRefusesBeforeTheBodyIsValidated(DocRoute route, String body) {
    Principal ravi = SecurityFixture.user("ravi", Role.RELATIONSHIP_MANAGER);
    int before = fixture.audit.entries(SecurityFixture.ACME).size();
    JsonResponse response =
        fixture.as(ravi).call(route.method(), SecurityFixture.path(route.path(), fixture.c2), body);
    ApiClient.assertProblem(response, 403, "PERMISSION_DENIED");
    List<AuditEntry> entries = fixture.audit.entries(SecurityFixture.ACME);
    assertEquals(before + 1, entries.size(), "one audit entry for the denial");
    assertEquals("access.denied", entries.get(entries.size() - 1).action());
  }

  /**
   * Where the attribute rule is met (the manager's own customer in the path) or does not apply (an
   * administrator), an unreadable body is the 400 it always was.
   */
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("attributeRoutesAndUnreadableBodies")
  void withTheRuleMetOrNotApplyingAnUnreadableBodyIsA400(DocRoute route, String body) {
    Principal admin = SecurityFixture.user("admin", Role.ADMINISTRATOR);
    String own = SecurityFixture.path(route.path(), fixture.c1);
    JsonResponse answer = fixture.as(admin).call(route.method(), own, body);
    assertEquals(400, answer.status(), route + " " + body + ": " + answer.body());
    if (!route.customer().equals("body")) {
      Principal ravi = SecurityFixture.user("ravi", Role.RELATIONSHIP_MANAGER);
      assertEquals(
          400, fixture.as(ravi).call(route.method(), own, body).status(), route + " " + body);
    }
  }

  @Test
  void theMatrixCoversEveryRouteAndRole() throws IOException {
    Map<String, Integer> perRoute = new LinkedHashMap<>();
    routesAndRoles().forEach(a -> perRoute.merge(a.get()[0].toString(), 1, Integer::sum));
    assertEquals(fixture.samvad.jsonRoutes().size(), perRoute.size());
    perRoute.values().forEach(n -> assertEquals(Role.values().length + 1, n));
  }
}
