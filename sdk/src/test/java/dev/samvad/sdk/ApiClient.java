package dev.samvad.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.TenantId;
import dev.samvad.api.json.SamvadJson;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Calls a {@link JsonApi} the way a host's web layer would, and reads the answers. */
final class ApiClient {
  static final ObjectMapper JSON = SamvadJson.newMapper();
  static final TenantId ACME = new TenantId("acme");

  private final JsonApi api;
  private final @Nullable Principal principal;

  ApiClient(JsonApi api, @Nullable Principal principal) {
    this.api = api;
    this.principal = principal;
  }

  static ApiClient acme(Samvad samvad) {
    return new ApiClient(samvad.jsonApi(), Principal.of(ACME, "asha", Role.ADMINISTRATOR));
  }

  JsonResponse call(String method, String path, String body) {
    return api.handle(JsonRequest.of(method, path, body, principal));
  }

  JsonResponse call(String method, String path, Map<String, String> headers, String body) {
    return api.handle(new JsonRequest(method, path, headers, body, principal));
  }

  JsonResponse get(String path) {
    return call("GET", path, "");
  }

  static JsonNode json(JsonResponse response) {
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  /** Asserts the full error model and returns the error body. */
  static JsonNode assertProblem(
      JsonResponse response, int status, String code, Optional<String> field) {
    JsonNode body = json(response);
    assertEquals(status, response.status(), response.body());
    assertTrue(body.isObject(), response.body());
    assertEquals(status, body.path("status").asInt(), response.body());
    assertEquals(code, body.path("code").asText(), response.body());
    assertTrue(body.path("message").isTextual(), response.body());
    assertFalse(body.path("message").asText().isBlank(), response.body());
    if (field.isPresent()) {
      assertEquals(field.get(), body.path("field").asText(null), response.body());
    } else {
      assertTrue(body.path("field").isMissingNode(), response.body());
    }
    String correlationId = body.path("correlationId").asText("");
    assertFalse(correlationId.isBlank(), response.body());
    assertEquals(Optional.of(correlationId), response.header("x-correlation-id"));
    assertEquals(Optional.of("application/json; charset=utf-8"), response.header("content-type"));
    return body;
  }

  static JsonNode assertProblem(JsonResponse response, int status, String code, String field) {
    return assertProblem(response, status, code, Optional.of(field));
  }

  static JsonNode assertProblem(JsonResponse response, int status, String code) {
    return assertProblem(response, status, code, Optional.empty());
  }

  static JsonNode assertOk(JsonResponse response, int status) {
    assertEquals(status, response.status(), response.body());
    assertEquals(Optional.of("application/json; charset=utf-8"), response.header("Content-Type"));
    assertTrue(response.header("X-Correlation-Id").isPresent());
    return json(response);
  }
}
