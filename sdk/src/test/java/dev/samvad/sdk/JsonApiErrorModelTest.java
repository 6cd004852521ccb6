package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.ACME;
import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.TenantId;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.TenantStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad-input case of the JSON API gets its own precise answer in the one error model. */
class JsonApiErrorModelTest {
  private static final String CUSTOMER = "/api/v1/customers/C-1";
  private static final String ANALYZE = "/api/v1/cultural-intelligence/analyze";

  private final Samvad samvad = Samvad.builder().maxRequestBytes(1000).build();
  private final ApiClient api = ApiClient.acme(samvad);

  @AfterEach
  void close() {
    samvad.close();
  }

  private static String customerWith(String extraFields) {
    return "{\"id\":\"C-1\",\"legalName\":\"Ganesh Traders\"" + extraFields + "}";
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    JsonNode body =
        assertProblem(
            api.call("PUT", CUSTOMER, "{\n  \"id\": \"C-1\",,\n}"), 400, "MALFORMED_JSON");
    assertTrue(body.get("message").asText().contains("line 2, column"), body.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": ", "{\"a\":1} trailing", "{'single': 1}", "\"unterminated"})
  void everyKindOfBrokenJsonIsMalformed(String text) {
    assertProblem(api.call("POST", ANALYZE, text), 400, "MALFORMED_JSON");
  }

  @Test
  void duplicateKeysAreMalformed() {
    assertProblem(
        api.call("POST", ANALYZE, "{\"customerId\":\"C-1\",\"customerId\":\"C-2\"}"),
        400,
        "MALFORMED_JSON");
  }

  @Test
  void emptyBodyOnPostIsMalformed() {
    assertProblem(api.call("POST", ANALYZE, ""), 400, "MALFORMED_JSON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"text\"", "42", "true", "null"})
  void bodyThatIsNotAnObjectIsWrongType(String text) {
    assertProblem(api.call("POST", ANALYZE, text), 400, "WRONG_TYPE");
  }

  @Test
  void wrongTypeNamesTheFieldPath() {
    assertProblem(
        api.call(
            "PUT",
            CUSTOMER,
            customerWith(",\"contacts\":[{\"name\":\"Asha\",\"phone\":9820012345}]")),
        400,
        "WRONG_TYPE",
        "contacts[0].phone");
    assertProblem(
        api.call("POST", ANALYZE, "{\"customerId\":\"C-1\",\"customerData\":{\"location\":5}}"),
        400,
        "WRONG_TYPE",
        "customerData.location");
    assertProblem(
        api.call("PUT", CUSTOMER, customerWith(",\"creditPeriodDays\":\"30\"")),
        400,
        "WRONG_TYPE",
        "creditPeriodDays");
    assertProblem(
        api.call("PUT", CUSTOMER, customerWith(",\"creditPeriodDays\":30.5")),
        400,
        "WRONG_TYPE",
        "creditPeriodDays");
    JsonNode language =
        assertProblem(
            api.call("PUT", CUSTOMER, customerWith(",\"statedLanguage\":5")),
            400,
            "WRONG_TYPE",
            "statedLanguage");
    assertTrue(language.get("message").asText().contains("must be a string"), language.toString());
    assertProblem(
        api.call("PUT", CUSTOMER, "{\"id\":{},\"legalName\":\"X\"}"), 400, "WRONG_TYPE", "id");
    assertProblem(
        api.call("PUT", CUSTOMER, customerWith(",\"contacts\":{\"name\":\"Asha\"}")),
        400,
        "WRONG_TYPE",
        "contacts");
    assertProblem(
        api.call(
            "POST",
            ANALYZE,
            "{\"customerId\":\"C-1\",\"behavioralData\":{\"preferredChannels\":\"EMAIL\"}}"),
        400,
        "WRONG_TYPE",
        "behavioralData.preferredChannels");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertProblem(api.call("PUT", CUSTOMER, "{\"id\":\"C-1\"}"), 400, "MISSING_FIELD", "legalName");
    assertProblem(
        api.call("PUT", CUSTOMER, customerWith(",\"contacts\":[{\"phone\":\"9820012345\"}]")),
        400,
        "MISSING_FIELD",
        "contacts[0].name");
    assertProblem(
        api.call("POST", ANALYZE, "{\"customerData\":{}}"), 400, "MISSING_FIELD", "customerId");
    assertProblem(
        api.call("POST", ANALYZE, "{\"customerId\":null}"), 400, "MISSING_FIELD", "customerId");
    assertProblem(
        api.call("PUT", CUSTOMER, "{\"id\":\"C-1\",\"legalName\":null}"),
        400,
        "MISSING_FIELD",
        "legalName");
  }

  @Test
  void invalidValuesAreNamed() {
    assertProblem(
        api.call(
            "PUT",
            CUSTOMER,
            customerWith(",\"contacts\":[{\"name\":\"Asha\",\"phone\":\"12345\"}]")),
        400,
        "INVALID_INPUT",
        "contacts[0].phone");
    assertProblem(
        api.call(
            "PUT",
            CUSTOMER,
            customerWith(
                ",\"address\":{\"line1\":\"12 MG Road\",\"city\":\"Pune\",\"pin\":\"0110\"}")),
        400,
        "INVALID_INPUT",
        "address.pin");
    assertProblem(
        api.call("PUT", CUSTOMER, customerWith(",\"gstin\":\"27AAPFU0939F1ZX\"")),
        400,
        "INVALID_INPUT",
        "gstin");
    JsonNode size =
        assertProblem(
            api.call("PUT", CUSTOMER, customerWith(",\"size\":\"HUGE\"")),
            400,
            "INVALID_INPUT",
            "size");
    assertTrue(size.get("message").asText().contains("MICRO"), size.toString());
    assertProblem(
        api.call("PUT", CUSTOMER, customerWith(",\"creditPeriodDays\":900")),
        400,
        "INVALID_INPUT",
        "creditPeriodDays");
    assertProblem(
        api.call(
            "POST",
            ANALYZE,
            "{\"customerId\":\"C-1\",\"communicationHistory\":[{\"timestamp\":\"yesterday\"}]}"),
        400,
        "INVALID_INPUT",
        "communicationHistory[0].timestamp");
    assertProblem(
        api.call("POST", ANALYZE, "{\"customerId\":\"not ok!\"}"),
        400,
        "INVALID_INPUT",
        "customerId");
  }

  @Test
  void invalidNestedMoneyNamesItsField() {
    String invoice =
        Samples.invoiceJson("I-1", "C-1", "INV/25/1", 1000)
            .replace("{\"paise\": 0}", "{\"paise\": 0, \"currency\": \"XYZ\"}");
    assertProblem(
        api.call("POST", "/api/v1/invoices", invoice), 400, "INVALID_INPUT", "tax.currency");
  }

  @Test
  void ruleAcrossFieldsNamesTheField() {
    String invoice =
        Samples.invoiceJson("I-1", "C-1", "INV/25/1", 1000)
            .replace("\"dueDate\": \"2025-05-10\"", "\"dueDate\": \"2025-03-01\"");
    assertProblem(api.call("POST", "/api/v1/invoices", invoice), 400, "INVALID_INPUT", "dueDate");
  }

  @Test
  void unknownFieldsAreRefusedByName() {
    JsonNode body =
        assertProblem(
            api.call("PUT", CUSTOMER, customerWith(",\"legalname\":\"typo\"")),
            400,
            "INVALID_INPUT",
            "legalname");
    assertTrue(body.get("message").asText().contains("legalName"), body.toString());
  }

  @Test
  void unknownRoute() {
    assertProblem(api.get("/api/v1/nothing-here"), 404, "UNKNOWN_ROUTE");
    assertProblem(api.get("/api/v2/customers"), 404, "UNKNOWN_ROUTE");
    assertProblem(api.call("POST", "/", "{}"), 404, "UNKNOWN_ROUTE");
  }

  @Test
  void wrongMethodListsTheAllowedOnes() {
    JsonResponse response = api.call("DELETE", CUSTOMER, "");
    assertProblem(response, 405, "METHOD_NOT_ALLOWED");
    assertEquals(Optional.of("GET, PUT"), response.header("allow"));
    assertEquals(
        Optional.of("POST"),
        api.call("GET", ANALYZE, "").header("Allow"),
        "GET on a POST-only route");
  }

  @Test
  void bodyOverTheCapCountsUtf8Bytes() {
    // 400 rupee signs are 400 chars but 1,200 UTF-8 bytes: over the 1,000-byte cap.
    String body = "{\"customerId\":\"C-1\",\"x\":\"" + "₹".repeat(400) + "\"}";
    assertTrue(body.length() < 1000);
    JsonNode problem = assertProblem(api.call("POST", ANALYZE, body), 413, "PAYLOAD_TOO_LARGE");
    assertTrue(problem.get("message").asText().contains("1000 bytes"), problem.toString());
  }

  @Test
  void defaultCapIsTwoMebibytes() {
    try (Samvad defaults = Samvad.builder().build()) {
      ApiClient client = ApiClient.acme(defaults);
      String justOver = "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
      assertProblem(client.call("POST", ANALYZE, justOver), 413, "PAYLOAD_TOO_LARGE");
    }
    assertEquals(2 * 1024 * 1024, Samvad.DEFAULT_MAX_REQUEST_BYTES);
  }

  @Test
  void contentTypeOtherThanJsonIsRefused() {
    String body = Samples.culturalAnalysisJson("acme");
    assertProblem(
        api.call("POST", ANALYZE, Map.of("content-type", "text/plain"), body),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    assertOk(
        api.call("POST", ANALYZE, Map.of("Content-Type", "application/json; charset=utf-8"), body),
        200);
    assertOk(
        api.call("POST", ANALYZE, Map.of("CONTENT-TYPE", "application/problem+json"), body), 200);
  }

  @Test
  void tenantIdInTheBodyMustBeTheCallers() {
    assertProblem(
        api.call("POST", ANALYZE, Samples.culturalAnalysisJson("globex")),
        403,
        "TENANT_MISMATCH",
        "tenantId");
    assertProblem(
        api.call("PUT", CUSTOMER, customerWith(",\"tenantId\":\"globex\"")),
        403,
        "TENANT_MISMATCH",
        "tenantId");
    assertProblem(
        api.call("PUT", CUSTOMER, customerWith(",\"tenantId\":7")), 400, "WRONG_TYPE", "tenantId");
    // The caller's own tenant is accepted and stripped before the strict binding.
    assertOk(api.call("PUT", CUSTOMER, customerWith(",\"tenantId\":\"acme\"")), 201);
  }

  @Test
  void noPrincipalIsUnauthenticated() {
    ApiClient anonymous = new ApiClient(samvad.jsonApi(), null);
    assertProblem(anonymous.get(CUSTOMER), 401, "UNAUTHENTICATED");
    assertProblem(
        anonymous.call("POST", ANALYZE, Samples.culturalAnalysisJson("acme")),
        401,
        "UNAUTHENTICATED");
  }

  @Test
  void absentResourceIsNotFound() {
    assertProblem(api.get("/api/v1/customers/C-404"), 404, "NOT_FOUND");
    assertProblem(api.get("/api/v1/customers/C-404/invoices"), 404, "NOT_FOUND");
    assertProblem(
        api.call("POST", "/api/v1/invoices", Samples.invoiceJson("I-1", "C-404", "INV/1", 500)),
        404,
        "NOT_FOUND");
  }

  @Test
  void takenIdsAndNumbersConflict() {
    assertOk(api.call("PUT", CUSTOMER, customerWith("")), 201);
    assertOk(
        api.call("POST", "/api/v1/invoices", Samples.invoiceJson("I-1", "C-1", "INV/1", 500)), 201);
    assertProblem(
        api.call("POST", "/api/v1/invoices", Samples.invoiceJson("I-2", "C-1", "INV/1", 700)),
        409,
        "ALREADY_EXISTS");
    assertOk(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-1", "C-1", "I-1", 100)), 201);
    assertProblem(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-1", "C-1", "I-1", 100)),
        409,
        "ALREADY_EXISTS");
  }

  @Test
  void bodyOnGetIsIgnoredOnlyWhenEmpty() {
    assertOk(api.call("PUT", CUSTOMER, customerWith("")), 201);
    assertOk(api.call("GET", CUSTOMER, "  \n"), 200);
    assertProblem(api.call("GET", CUSTOMER, "{}"), 400, "INVALID_INPUT");
  }

  @Test
  void badPathParameterIsNamed() {
    assertProblem(
        api.get("/api/v1/cultural-intelligence/profile/bad%20id"),
        400,
        "INVALID_INPUT",
        "customerId");
    assertProblem(
        api.get("/api/v1/communication-orchestration/campaigns/" + "x".repeat(65)),
        400,
        "INVALID_INPUT",
        "campaignId");
  }

  @Test
  void badQueryIsNamed() {
    assertProblem(api.get("/api/v1/customers?limit=ten"), 400, "WRONG_TYPE", "limit");
    assertProblem(api.get("/api/v1/customers?limit=5000"), 400, "INVALID_INPUT", "limit");
    assertProblem(api.get("/api/v1/customers?after=%zz"), 400, "INVALID_INPUT", "query");
  }

  @Test
  void correlationIdIsTheCallersWhenSafe() {
    JsonResponse response =
        api.call("GET", "/nowhere", Map.of("x-correlation-id", "req-42.a_b"), "");
    JsonNode body = assertProblem(response, 404, "UNKNOWN_ROUTE");
    assertEquals("req-42.a_b", body.get("correlationId").asText());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "has space",
        "semi;colon",
        "new\nline",
        "",
        "0123456789012345678901234567890123456789012345678901234567890123456789"
      })
  void unsafeCorrelationIdIsReplaced(String unsafe) {
    JsonResponse response = api.call("GET", "/nowhere", Map.of("X-Correlation-Id", unsafe), "");
    JsonNode body = assertProblem(response, 404, "UNKNOWN_ROUTE");
    String id = body.get("correlationId").asText();
    assertNotEquals(unsafe, id);
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
  }

  @Test
  void successEchoesTheCorrelationId() {
    JsonResponse response =
        api.call("PUT", CUSTOMER, Map.of("X-CORRELATION-ID", "abc-123"), customerWith(""));
    assertOk(response, 201);
    assertEquals(Optional.of("abc-123"), response.header("X-Correlation-Id"));
  }

  @Test
  void executeForAnUnknownCampaignIsNotFound() {
    JsonNode body =
        assertProblem(
            api.call(
                "POST",
                "/api/v1/communication-orchestration/execute",
                "{\"tenantId\":\"acme\",\"customerId\":\"C-1\",\"campaignId\":\"K-1\"}"),
            404,
            "NOT_FOUND");
    assertTrue(body.get("message").asText().contains("K-1"), body.toString());
  }

  @Test
  void everyBriefEndpointIsRouted() {
    List<String> posts =
        List.of(
            "/api/v1/communication-orchestration/campaigns",
            "/api/v1/communication-orchestration/execute",
            "/api/v1/communication-orchestration/process-response");
    assertProblem(api.call("POST", posts.get(0), "{\"customerId\":\"C-1\"}"), 404, "NOT_FOUND");
    assertProblem(
        api.call("POST", posts.get(1), "{\"customerId\":\"C-1\"}"),
        400,
        "INVALID_INPUT",
        "campaignId");
    assertProblem(
        api.call("POST", posts.get(2), "{\"customerId\":\"C-1\"}"),
        400,
        "MISSING_FIELD",
        "response");
    for (String path : posts) {
      assertProblem(api.call("POST", path, "{oops"), 400, "MALFORMED_JSON");
    }
    List<String> gets =
        List.of(
            "/api/v1/communication-orchestration/campaigns/K-1",
            "/api/v1/communication-orchestration/executions/E-1");
    for (String path : gets) {
      assertProblem(api.get(path), 404, "NOT_FOUND");
    }
    assertProblem(api.get("/api/v1/cultural-intelligence/profile/C-1"), 404, "NOT_FOUND");
    assertProblem(api.get("/api/v1/relationship-intelligence/health/C-1"), 404, "NOT_FOUND");
    for (String path :
        List.of(
            "/api/v1/relationship-intelligence/analyze",
            "/api/v1/relationship-intelligence/predict-behavior")) {
      assertProblem(api.call("POST", path, "{oops"), 400, "MALFORMED_JSON");
    }
    assertProblem(api.get("/api/v1/constraint-integration/constraints/C-1"), 404, "NOT_FOUND");
    assertProblem(
        api.call("POST", "/api/v1/constraint-integration/analyze", "{oops"), 400, "MALFORMED_JSON");
    assertProblem(
        api.call("PUT", "/api/v1/cultural-intelligence/profile/C-1", "{}"), 404, "NOT_FOUND");
    assertProblem(
        api.call("PUT", "/api/v1/communication-orchestration/campaigns/K-1", "{}"),
        400,
        "MISSING_FIELD",
        "action");
  }

  @Test
  void authRoutesSayAuthenticationIsTheHostsJob() {
    ApiClient anonymous = new ApiClient(samvad.jsonApi(), null);
    for (String path : List.of("/api/v1/auth/login", "/api/v1/auth/refresh")) {
      JsonNode body =
          assertProblem(
              anonymous.call("POST", path, "{\"username\":\"asha\",\"password\":\"x\"}"),
              501,
              "NOT_IMPLEMENTED");
      String message = body.get("message").asText();
      assertTrue(message.contains("host") && message.contains("Principal"), message);
      assertProblem(api.call("POST", path, "{}"), 501, "NOT_IMPLEMENTED");
    }
  }

  @Test
  void unexpectedFailureIsInternalWithoutItsText() {
    SamvadStore broken =
        new SamvadStore() {
          @Override
          public TenantStore tenant(TenantId tenant) {
            throw new IllegalStateException("secret detail: db password is hunter2");
          }

          @Override
          public List<TenantId> tenants() {
            return List.of();
          }
        };
    try (Samvad failing = Samvad.builder().store(broken).build()) {
      JsonResponse response = ApiClient.acme(failing).get(CUSTOMER);
      JsonNode body = assertProblem(response, 500, "INTERNAL");
      assertFalse(response.body().contains("secret"), response.body());
      assertFalse(response.body().contains("IllegalStateException"), response.body());
      assertTrue(
          body.get("message").asText().contains(body.get("correlationId").asText()),
          response.body());
    }
  }

  @Test
  void nullRequestAndNullPartsAreAnswered() {
    assertEquals(400, samvad.jsonApi().handle(null).status());
    JsonResponse response =
        samvad
            .jsonApi()
            .handle(
                new JsonRequest(
                    null, null, null, null, Principal.of(ACME, "a", Role.ADMINISTRATOR)));
    assertProblem(response, 400, "INVALID_INPUT", "path");
  }

  @Test
  void closedSamvadIsUnavailable() {
    samvad.close();
    assertProblem(api.get(CUSTOMER), 503, "UNAVAILABLE");
  }
}
