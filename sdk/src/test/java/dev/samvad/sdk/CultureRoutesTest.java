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
    ApiClient globex =
        new ApiClient(
            samvad.jsonApi(), Principal.of(new TenantId("globex"), "raj", Role.ADMINISTRATOR));
    assertProblem(globex.get(PROFILE + "C-104"), 404, "NOT_FOUND");
  }

  private static final String ADAPT = "/api/v1/cultural-intelligence/adapt-content";
  private static final String VALIDATE = "/api/v1/cultural-intelligence/validate-approach";

  @Test
  void adaptContentWritesTheReminderInTheCustomersLanguageWithEveryFact() {
    assertOk(api.call("POST", ANALYZE, Samples.culturalAnalysisJson("acme")), 200);
    String body =
        """
        {"tenantId": "acme", "customerId": "C-104",
         "content": {"subject": "Payment due", "body": "Please pay invoice INV-7 now.",
                     "channel": "sms", "urgency": "medium"},
         "context": {"communicationType": "payment_reminder", "relationshipStage": "established",
                     "businessContext": "textile season"},
         "facts": {"sellerName": "Acme Fabrics", "customerName": "Ganesh Traders",
                   "invoiceNumber": "INV-7", "amount": {"amount": "125000.50"},
                   "dueDate": "2026-09-15", "upiVpa": "acme@okaxis", "upiPayeeName": "Acme Fabrics"}}
        """;
    JsonNode answer = assertOk(api.call("POST", ADAPT, body), 200);
    assertEquals("GENTLE_OVERDUE", answer.at("/intent").asText());
    assertEquals("SMS", answer.at("/channel").asText());
    assertEquals("mr", answer.at("/adaptedContent/templateLanguage").asText());
    String text = answer.at("/adaptedContent/text").asText();
    assertTrue(text.contains("INV-7") && text.contains("1,25,000.50"), text);
    assertTrue(answer.at("/adaptedFindings").isArray());
    assertFalse(answer.at("/timing/allowed").asText().isEmpty());
    assertEquals("context.businessContext", answer.at("/unusedFields/0").asText());
  }

  @Test
  void adaptContentWithoutFactsStillPlansAndSaysWhatIsMissing() {
    JsonNode answer =
        assertOk(
            api.call(
                "POST",
                ADAPT,
                "{\"customerId\":\"C-9\",\"context\":{\"communicationType\":\"final_notice\"}}"),
            200);
    assertEquals(
        "FIRM_OVERDUE", answer.at("/plan/intent").asText(), "a first message is never final");
    assertTrue(
        answer.at("/adaptedContent").isNull() || answer.at("/adaptedContent").isMissingNode());
    assertFalse(answer.at("/notes/0").asText().isEmpty());
    assertProblem(
        api.call(
            "POST", ADAPT, "{\"customerId\":\"C-9\",\"context\":{\"communicationType\":\"spam\"}}"),
        400,
        "INVALID_INPUT",
        "context.communicationType");
    assertProblem(
        api.call("POST", ADAPT, "{\"customerId\":\"C-9\"}"),
        400,
        "MISSING_FIELD",
        "context.communicationType");
  }

  @Test
  void validateApproachBlocksAThreatAtNightAndPassesAPoliteNoteByDay() {
    assertOk(api.call("POST", ANALYZE, Samples.culturalAnalysisJson("acme")), 200);
    String threat =
        """
        {"customerId": "C-104",
         "content": {"body": "Payment nahi kiya to ghar aayenge aur police complaint karenge", "channel": "sms"},
         "context": {"communicationType": "payment_reminder"},
         "sendAt": "2026-10-06T22:30:00+05:30"}
        """;
    JsonNode blocked = assertOk(api.call("POST", VALIDATE, threat), 200);
    assertFalse(blocked.at("/allowed").asBoolean());
    String codes = blocked.at("/findings").toString();
    assertTrue(codes.contains("OUTSIDE_LEGAL_WINDOW"), codes);
    assertTrue(
        blocked.at("/earliestPermitted").asText().startsWith("2026-10-07T08:00"),
        blocked.toString());

    String polite =
        """
        {"customerId": "C-104",
         "content": {"body": "नमस्कार, बीजक INV-7 ची रक्कम थकीत आहे. कृपया लवकर भरणा करावा.", "channel": "sms"},
         "context": {"communicationType": "payment_reminder"},
         "sendAt": "2026-10-06T11:00:00+05:30"}
        """;
    JsonNode passed = assertOk(api.call("POST", VALIDATE, polite), 200);
    assertTrue(passed.at("/allowed").asBoolean(), passed.toString());
    assertProblem(
        api.call(
            "POST",
            VALIDATE,
            "{\"customerId\":\"C-104\",\"context\":{\"communicationType\":\"payment_reminder\"}}"),
        400,
        "MISSING_FIELD",
        "content");
  }
}
