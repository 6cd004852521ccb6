package dev.samvad.sdk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/** Whatever a caller sends, the JSON API answers in its error model and never fails itself. */
class JsonApiRobustnessProperties {
  private static final Samvad SAMVAD = Samvad.builder().maxRequestBytes(4096).build();
  private static final ApiClient API = ApiClient.acme(SAMVAD);

  @AfterContainer
  static void close() {
    SAMVAD.close();
  }

  @Property(tries = 2000)
  void neverThrowsNeverFails(
      @ForAll("targets") Tuple.Tuple2<String, String> target,
      @ForAll("bodies") String body,
      @ForAll("contentTypes") String contentType) {
    Map<String, String> headers =
        contentType.isEmpty() ? Map.of() : Map.of("Content-Type", contentType);
    JsonResponse response = API.call(target.get1(), target.get2(), headers, body);
    Statistics.collect(response.status());
    assertNotEquals(500, response.status(), response.body());
    assertTrue(response.header("X-Correlation-Id").isPresent());
    if (!response.isSuccessful()) {
      JsonNode error = ApiClient.json(response);
      assertTrue(error.isObject(), response.body());
      assertTrue(error.path("code").isTextual(), response.body());
      assertTrue(error.path("message").isTextual(), response.body());
      assertFalse(error.path("correlationId").asText("").isEmpty(), response.body());
      assertFalse(response.body().contains("Exception"), response.body());
      assertFalse(response.body().contains("\tat "), response.body());
    }
  }

  /** Mostly a real route with its own method and a random id; sometimes anything at all. */
  @Provide
  Arbitrary<Tuple.Tuple2<String, String>> targets() {
    Arbitrary<String> routes =
        Arbitraries.of(
            "PUT /api/v1/customers/{id}",
            "GET /api/v1/customers/{id}",
            "GET /api/v1/customers",
            "GET /api/v1/customers?limit={id}&after={id}",
            "GET /api/v1/customers/{id}/invoices",
            "POST /api/v1/invoices",
            "POST /api/v1/payments",
            "POST /api/v1/interactions",
            "POST /api/v1/cultural-intelligence/analyze",
            "GET /api/v1/cultural-intelligence/profile/{id}",
            "POST /api/v1/relationship-intelligence/analyze-sentiment",
            "PUT /api/v1/communication-orchestration/campaigns/{id}",
            "GET /api/v1/communication-orchestration/executions/{id}",
            "POST /api/v1/constraint-integration/generate-insights",
            "POST /api/v1/auth/login");
    Arbitrary<String> ids =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars("-_.:")
                .ofMinLength(1)
                .ofMaxLength(70),
            Arbitraries.strings().ofMaxLength(20),
            Arbitraries.strings().withChars("%0123456789abcdefABCDEFzZ/+?&=").ofMaxLength(12));
    Arbitrary<Tuple.Tuple2<String, String>> real =
        Combinators.combine(routes, ids)
            .as(
                (route, id) -> {
                  int space = route.indexOf(' ');
                  return Tuple.of(
                      route.substring(0, space), route.substring(space + 1).replace("{id}", id));
                });
    Arbitrary<String> methods =
        Arbitraries.oneOf(
            Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "get", ""),
            Arbitraries.strings().ofMaxLength(8));
    Arbitrary<String> paths =
        Arbitraries.oneOf(real.map(Tuple.Tuple2::get2), Arbitraries.strings().ofMaxLength(40));
    Arbitrary<Tuple.Tuple2<String, String>> anything =
        Combinators.combine(methods, paths).as(Tuple::of);
    return Arbitraries.frequencyOf(Tuple.of(4, real), Tuple.of(1, anything));
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> values =
        Arbitraries.of(
            "1",
            "-1.5",
            "1e400",
            "99999999999999999999999",
            "true",
            "null",
            "\"\"",
            "\"C-1\"",
            "\"\\ud800\"",
            "[]",
            "{}",
            "[null]",
            "{\"paise\":1}",
            "{\"amount\":\"1.234\"}",
            "\"2025-13-40\"",
            "\"UPI\"");
    Arbitrary<String> fields =
        Arbitraries.of(
            "id",
            "tenantId",
            "customerId",
            "legalName",
            "contacts",
            "amount",
            "tax",
            "allocations",
            "number",
            "issueDate",
            "dueDate",
            "customerData",
            "communicationHistory",
            "occurredAt",
            "channel",
            "x");
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
        Arbitraries.strings().ofMaxLength(60),
        Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+ntrufals\\ ").ofMaxLength(60),
        Arbitraries.strings().ofMinLength(4000).ofMaxLength(5000),
        objects,
        values,
        Arbitraries.just(""));
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "application/json", "text/plain", "application/vnd+json;x=y", ";"),
        Arbitraries.strings().ofMaxLength(20));
  }
}
