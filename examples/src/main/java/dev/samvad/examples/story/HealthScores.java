package dev.samvad.examples.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.sdk.JsonApi;
import dev.samvad.sdk.JsonRequest;
import dev.samvad.sdk.JsonResponse;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each customer's relationship health, asked of Samvad the way a host would: {@code POST
 * /api/v1/relationship-intelligence/analyze}. The analysis is also stored, so the campaigns' tone
 * is bounded by the same score.
 */
public final class HealthScores {
  /** The route asked. */
  public static final String PATH = "/api/v1/relationship-intelligence/analyze";

  private static final ObjectMapper JSON = SamvadJson.newMapper();

  private HealthScores() {}

  /** The 0–100 health score of every customer in {@code customers}, in that order. */
  public static Map<CustomerId, Double> of(
      JsonApi api, TenantId tenant, List<CustomerId> customers) {
    Map<CustomerId, Double> scores = new LinkedHashMap<>();
    for (CustomerId customer : customers) {
      scores.put(customer, score(api, tenant, customer));
    }
    return scores;
  }

  private static double score(JsonApi api, TenantId tenant, CustomerId customer) {
    return analyze(api, tenant, customer).path("analysis").path("health").path("score").asDouble();
  }

  /**
   * The whole answer of {@link #PATH} for one customer, asked as an administrator of {@code
   * tenant}; anything but a 200 is an {@link IllegalStateException} with Samvad's message.
   */
  public static JsonNode analyze(JsonApi api, TenantId tenant, CustomerId customer) {
    JsonResponse response =
        api.handle(
            JsonRequest.of(
                "POST",
                PATH,
                "{\"customerId\": \"" + customer.value() + "\"}",
                Principal.of(tenant, "demo", Role.ADMINISTRATOR)));
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("analyze answered unreadable JSON", e);
    }
    if (response.status() != 200) {
      throw new IllegalStateException(
          "analyze answered " + response.status() + ": " + body.path("message").asText());
    }
    return body;
  }
}
