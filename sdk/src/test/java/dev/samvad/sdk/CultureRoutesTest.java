package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.spi.SteppableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CultureRoutesTest {
  private static final String ANALYZE = "/api/v1/cultural-intelligence/analyze";
  private static final String PROFILE = "/api/v1/cultural-intelligence/profile/";

  private final InMemoryAuditSink audit = new InMemoryAuditSink();
  private final Samvad samvad =
      Samvad.builder()
          .auditSink(audit)
          .clock(SteppableClock.startingAt(Instant.parse("2026-10-05T04:30:00Z")))
          .build();
  private final ApiClient api = ApiClient.acme(samvad);

  @AfterEach
  void close() {
    samvad.close();
  }

  @Test
  void briefShapedAnalysisAnswersWithEvidenceConfidenceAndAdvice() {
    JsonNode body = assertOk(api.call("POST", ANALYZE, Samples.culturalAnalysisJson("acme")), 200);
    JsonNode profile = body.at("/analysis/profile");
    assertEquals("MAHARASHTRA", profile.at("/state/value").asText());
    assertEquals("mr", profile.at("/primaryLanguage/value").asText());
    assertEquals("STATED", profile.at("/primaryLanguage/evidence/0/source").asText());
    assertEquals("WHATSAPP", profile.at("/preferredChannels/value/0").asText());
    assertTrue(profile.at("/confidence").asDouble() > 0);
    assertEquals("mr", body.at("/analysis/reminderPlan/language").asText());
    assertFalse(body.at("/analysis/nextReminderWindow/allowed").asText().isEmpty());
    assertEquals("behavioralData.responsePatterns", body.at("/unusedFields/0").asText());
    assertEquals(1, audit.entries(new TenantId("acme")).size());
  }

  @Test
  void storedProfileReadsBackAndAnUpdateAddsReplies() {
    assertOk(api.call("POST", ANALYZE, Samples.culturalAnalysisJson("acme")), 200);
    JsonNode read = assertOk(api.get(PROFILE + "C-104"), 200);
    assertEquals(1, read.at("/version").asLong());
    assertEquals("mr", read.at("/profile/primaryLanguage/value").asText());

    String update =
        """
        {"customerData": {"language": "hi"},
         "communicationHistory": [
           {"channel": "sms", "response": "Kal tak payment kar denge, thoda time dijiye",
            "timestamp": "2026-10-04T19:00:00+05:30"}]}
        """;
    JsonNode updated = assertOk(api.call("PUT", PROFILE + "C-104", update), 200);
    assertEquals(2, updated.at("/analysis/version").asLong());
    assertEquals("hi", updated.at("/analysis/profile/primaryLanguage/value").asText());
    assertEquals(
        "hi",
        assertOk(api.get(PROFILE + "C-104"), 200).at("/profile/primaryLanguage/value").asText());
  }

  @Test
  void ledgerFactsFeedTheProfile() {
    assertOk(api.call("PUT", "/api/v1/customers/C-1", Samples.customerJson("C-1")), 201);
    JsonNode body = assertOk(api.call("POST", ANALYZE, "{\"customerId\":\"C-1\"}"), 200);
    JsonNode profile = body.at("/analysis/profile");
    assertEquals("GSTIN", profile.at("/state/evidence/0/source").asText());
    assertEquals("mr", profile.at("/primaryLanguage/value").asText());
  }

  @Test
  void badFactsAreNamed() {
    assertProblem(
        api.call(
            "POST",
            ANALYZE,
            "{\"customerId\":\"C-1\",\"customerData\":{\"language\":\"klingon\"}}"),
        400,
        "INVALID_INPUT",
        "customerData.language");
    assertProblem(
        api.call(
            "POST", ANALYZE, "{\"customerId\":\"C-1\",\"customerData\":{\"state\":\"Atlantis\"}}"),
        400,
        "INVALID_INPUT",
        "customerData.state");
    assertProblem(
        api.call("POST", ANALYZE, "{\"customerId\":\"C-1\",\"customerData\":{\"pin\":\"012345\"}}"),
        400,
        "INVALID_INPUT",
        "customerData.pin");
    assertProblem(
        api.call(
            "POST",
            ANALYZE,
            "{\"customerId\":\"C-1\",\"customerData\":{\"gstin\":\"27AAPFU0939F1ZX\"}}"),
        400,
        "INVALID_INPUT",
        "customerData.gstin");
    assertProblem(
        api.call(
            "POST",
            ANALYZE,
            "{\"customerId\":\"C-1\",\"behavioralData\":{\"preferredChannels\":[\"pigeon\"]}}"),
        400,
        "INVALID_INPUT",
        "behavioralData.preferredChannels[0]");
    assertProblem(
        api.call(
            "POST",
            ANALYZE,
            "{\"customerId\":\"C-1\",\"behavioralData\":{\"timePreferences\":[\"whenever\"]}}"),
        400,
        "INVALID_INPUT",
        "behavioralData.timePreferences[0]");
    assertProblem(
        api.call(
            "POST",
            ANALYZE,
            "{\"customerId\":\"C-1\",\"communicationHistory\":[{\"channel\":\"sms\",\"response\":\"ok ji\"}]}"),
        400,
        "MISSING_FIELD",
        "communicationHistory[0].timestamp");
    assertProblem(api.get(PROFILE + "C-1"), 404, "NOT_FOUND");
  }

  @Test
  void anotherTenantSeesNoProfile() {
    assertOk(api.call("POST", ANALYZE, Samples.culturalAnalysisJson("acme")), 200);
    ApiClient globex = new ApiClient(samvad.jsonApi(), Principal.of(new TenantId("globex"), "raj"));
    assertProblem(globex.get(PROFILE + "C-104"), 404, "NOT_FOUND");
  }
}
