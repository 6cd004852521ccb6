package dev.samvad.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.samvad.api.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

/**
 * Tenant isolation through the JSON API, as a property any store can run. Tenant B is the {@link
 * SecurityFixture}'s tenant (acme: customers, invoices, campaigns, sent messages, replies, tasks).
 * Each try, fresh tenants call random routes with random bodies as principals of random roles
 * (administrators included) and attributes, naming B's real ids — customers, campaigns, messages,
 * tasks — in paths, bodies and even in its {@code assignedCustomers}.
 *
 * <p>Every call is made twice, by two fresh tenants with the same history: once with B's ids, once
 * with ids of the same shape that nobody has ever used (their twins), by a principal whose
 * attributes are renamed the same way. The two tenants' own states evolve alike, so with the ids
 * and tenant names written as placeholders the two answers — status, headers other than the
 * correlation id, and body — must be identical: B's data changes nothing that A can observe, and A
 * cannot tell B's ids from unused ones. No answer contains text only B holds, and at the end of
 * each try B's data is exactly what it was.
 *
 * <p>Adding a route needs nothing here (routes come from {@link Samvad#jsonRoutes()}); a body that
 * reaches deeper into a new route is one line in {@link #BODIES}.
 */
final class JsonApiIsolationCheck {

  /** Text only tenant B holds. */
  static final List<String> B_DATA =
      List.of(
          "Shree Ganesh",
          "ganeshtraders",
          "INV-C-",
          "quantity is short",
          "not received the goods",
          "Mangaldas");

  /**
   * Bodies, with placeholders for the ids the call names. One line per body; every body is tried on
   * every route.
   */
  static final List<String> BODIES =
      List.of(
          "{}",
          "{\"customerId\":\"{customerId}\"}",
          "{\"tenantId\":\"acme\",\"customerId\":\"{customerId}\"}",
          "{\"customerId\":\"{customerId}\",\"campaignType\":\"PAYMENT_FOLLOW_UP\"}",
          "{\"customerId\":\"{customerId}\",\"campaignId\":\"{campaignId}\"}",
          "{\"customerId\":\"{customerId}\",\"executionId\":\"{executionId}\",\"response\":"
              + "{\"content\":\"Paid today, UTR 412345678901\",\"channel\":\"email\","
              + "\"timestamp\":\"2025-05-05T10:00:00+05:30\"}}",
          "{\"action\":\"PAUSE\",\"reason\":\"probe\"}",
          "{\"status\":\"ACTIVE\",\"reason\":\"probe\"}",
          "{\"outcome\":\"RESOLVED\"}",
          "{\"id\":\"{customerId}\",\"legalName\":\"Intruder Traders\",\"contacts\":[{\"name\":"
              + "\"Desk\",\"email\":\"desk@intruder.example.in\"}]}",
          "{\"id\":\"I-{customerId}\",\"customerId\":\"{customerId}\",\"number\":\"A/{customerId}\","
              + "\"issueDate\":\"2025-04-10\",\"dueDate\":\"2025-05-10\","
              + "\"amount\":{\"paise\":100000},\"tax\":{\"paise\":0}}",
          "{\"id\":\"P-{customerId}\",\"customerId\":\"{customerId}\",\"amount\":{\"paise\":1000},"
              + "\"receivedOn\":\"2025-05-02\",\"mode\":\"UPI\",\"reference\":\"UPI4021887766\","
              + "\"allocations\":[{\"invoiceId\":\"I-{customerId}\",\"amount\":{\"paise\":1000}}]}",
          "{\"id\":\"M-{customerId}\",\"customerId\":\"{customerId}\",\"channel\":\"WHATSAPP\","
              + "\"direction\":\"INBOUND\",\"text\":\"Where is the invoice?\","
              + "\"occurredAt\":\"2025-05-03T09:30:00Z\"}",
          "{\"customerId\":\"{customerId}\",\"communications\":[{\"content\":\"paid\","
              + "\"channel\":\"sms\",\"timestamp\":\"2025-05-05T10:00:00+05:30\"}]}");

  private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]*");
  private static final Pattern HEX_RUN = Pattern.compile("[0-9a-f]{4,}");
  private static final AtomicInteger TENANTS = new AtomicInteger();

  private JsonApiIsolationCheck() {}

  /**
   * One call of tenant A.
   *
   * @param route index into the route table
   * @param body index into {@link #BODIES}
   * @param customer which of B's customers (0 to 2) the call names
   * @param resource whose campaign, message and task (0 to 2) it names
   * @param roles the principal's roles
   * @param assigned which of B's customers (bits 0 to 2) its {@code assignedCustomers} names
   * @param teams its {@code teams}
   */
  record Step(
      int route,
      int body,
      int customer,
      int resource,
      Set<Role> roles,
      int assigned,
      Set<String> teams) {}

  static Arbitrary<List<Step>> sequences(int routes, int maxSteps) {
    Arbitrary<Integer> three = Arbitraries.integers().between(0, 2);
    Arbitrary<Set<Role>> roles = Arbitraries.of(Role.class).set().ofMaxSize(Role.values().length);
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, routes - 1),
                Arbitraries.integers().between(0, BODIES.size() - 1),
                three,
                three,
                roles,
                Arbitraries.integers().between(0, 7),
                Arbitraries.of("north", "south").set())
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(maxSteps);
  }

  /** What a property class over one store needs: its fixture, the generator and the check. */
  abstract static class Sequences {
    private final Supplier<SecurityFixture> fixture;
    private final int maxSteps;

    /**
     * @param fixture the store's fixture, set up before the first try
     * @param maxSteps the longest sequence
     */
    Sequences(Supplier<SecurityFixture> fixture, int maxSteps) {
      this.fixture = fixture;
      this.maxSteps = maxSteps;
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
      return JsonApiIsolationCheck.sequences(fixture.get().samvad.jsonRoutes().size(), maxSteps);
    }

    void check(List<Step> steps, long seed) {
      JsonApiIsolationCheck.check(fixture.get(), steps, seed);
    }
  }

  /** B's ids and, for one try, their never-used twins. */
  static final class Names {
    final List<String> real = new ArrayList<>();
    final List<String> twins = new ArrayList<>();

    Names(SecurityFixture fixture, Random random) {
      List<SecurityFixture.Ids> all = List.of(fixture.c1, fixture.c2, fixture.c3);
      List<Character> letters = new ArrayList<>();
      for (char c = 'D'; c <= 'Z'; c++) {
        letters.add(c);
      }
      java.util.Collections.shuffle(letters, random);
      for (int i = 0; i < all.size(); i++) {
        SecurityFixture.Ids ids = all.get(i);
        add(ids.customer(), letters.get(i) + ids.customer().substring(1));
        add(ids.campaign(), twin(ids.campaign(), random));
        add(ids.execution(), twin(ids.execution(), random));
        add(ids.task(), twin(ids.task(), random));
      }
    }

    private void add(String id, String twin) {
      assertNotEquals(id, twin);
      real.add(id);
      twins.add(twin);
    }

    /** The same id with every run of hex digits replaced by random ones: same shape, never used. */
    private static String twin(String id, Random random) {
      Matcher m = HEX_RUN.matcher(id);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < m.group().length(); i++) {
          hex.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        m.appendReplacement(out, hex.toString());
      }
      m.appendTail(out);
      return out.toString();
    }

    /** Index of B's customer {@code c}, its campaign, message and task in {@link #real}. */
    static int customer(int c) {
      return 4 * c;
    }
  }

  /** Runs one try: {@code steps} by a fresh tenant, each call twice; then checks B is unchanged. */
  static void check(SecurityFixture fixture, List<Step> steps, long seed) {
    List<JsonRoute> routes = fixture.samvad.jsonRoutes();
    String before = snapshotOfB(fixture);
    Names names = new Names(fixture, new Random(seed));
    // Two fresh tenants with the same history, renamed: one names B's ids, the other the twins.
    int n = TENANTS.incrementAndGet();
    TenantId namingB = new TenantId("intruder-" + n + "-b");
    TenantId namingTwins = new TenantId("intruder-" + n + "-t");
    for (Step step : steps) {
      JsonRoute route = routes.get(step.route());
      String withB = answer(fixture, namingB, route, step, names.real, names);
      String withTwins = answer(fixture, namingTwins, route, step, names.twins, names);
      assertEquals(withTwins, withB, route + " " + step);
    }
    assertEquals(before, snapshotOfB(fixture), "tenant B's data changed");
  }

  /** The normalised answer to one call naming {@code ids} (B's real ids or their twins). */
  private static String answer(
      SecurityFixture fixture,
      TenantId tenantA,
      JsonRoute route,
      Step step,
      List<String> ids,
      Names names) {
    Principal principal = Principal.of(tenantA, "mallory", step.roles().toArray(new Role[0]));
    List<String> assigned = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      if ((step.assigned() & (1 << c)) != 0) {
        assigned.add(ids.get(Names.customer(c)));
      }
    }
    principal =
        principal
            .withAttribute(Principal.ASSIGNED_CUSTOMERS, assigned.toArray(new String[0]))
            .withAttribute(Principal.TEAMS, step.teams().toArray(new String[0]));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("{customerId}", ids.get(Names.customer(step.customer())));
    values.put("{campaignId}", ids.get(Names.customer(step.resource()) + 1));
    values.put("{executionId}", ids.get(Names.customer(step.resource()) + 2));
    values.put("{taskId}", ids.get(Names.customer(step.resource()) + 3));
    String path = fill(route.path(), values);
    String body = route.method().equals("GET") ? "" : fill(BODIES.get(step.body()), values);
    JsonResponse response = fixture.as(principal).call(route.method(), path, body);
    assertNotEquals(500, response.status(), response.body());
    for (String data : B_DATA) {
      assertFalse(response.body().contains(data), data + " leaked: " + response.body());
    }
    Map<String, String> headers = new TreeMap<>();
    response
        .headers()
        .forEach(
            (name, value) -> {
              if (!name.equalsIgnoreCase("X-Correlation-Id")) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
              }
            });
    String text =
        response.status()
            + " "
            + headers
            + " "
            + response.body().replaceAll("\"correlationId\":\"[^\"]*\"", "");
    text = text.replace(tenantA.value(), "{tenant}");
    // Longest first: a task's or message's id may contain its campaign's.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparing((Integer i) -> -names.real.get(i).length()));
    for (int i : order) {
      // Whole ids only: a twin such as R-1 also occurs inside words such as GSTR-1.
      text =
          Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(ids.get(i)) + "(?![A-Za-z0-9])")
              .matcher(text)
              .replaceAll(Matcher.quoteReplacement("{id" + i + "}"));
    }
    return UUID_LIKE.matcher(text).replaceAll("{uuid}");
  }

  private static String fill(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  /** Everything B's administrator can read about B's customers, campaigns, messages and tasks. */
  private static String snapshotOfB(SecurityFixture fixture) {
    ApiClient b = fixture.as(Principal.of(SecurityFixture.ACME, "auditor", Role.values()));
    StringBuilder all = new StringBuilder();
    List<String> paths = new ArrayList<>();
    paths.add("/api/v1/customers");
    paths.add(SecurityFixture.ORCH + "/tasks?status=all");
    for (SecurityFixture.Ids ids : List.of(fixture.c1, fixture.c2, fixture.c3)) {
      paths.add("/api/v1/customers/" + ids.customer());
      paths.add("/api/v1/customers/" + ids.customer() + "/invoices");
      paths.add(SecurityFixture.ORCH + "/campaigns/" + ids.campaign());
      paths.add(SecurityFixture.ORCH + "/executions/" + ids.execution());
    }
    for (String path : paths) {
      JsonResponse r = b.get(path);
      assertEquals(200, r.status(), path + ": " + r.body());
      all.append(path).append(" -> ").append(r.body()).append('\n');
    }
    return all.toString();
  }
}
