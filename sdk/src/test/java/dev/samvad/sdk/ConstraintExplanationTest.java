package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.llm.Explanation;
import dev.samvad.api.spi.LanguageModel;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmTask;
import dev.samvad.api.spi.LlmUsage;
import dev.samvad.api.spi.SteppableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /constraint-integration/analyze} explains its analysis under the hybrid policy: the
 * rules' text always, the model's added only when it answers valid within the deadline and states
 * only the analysis's numbers; {@code answeredBy} says which. The model is the real DeepSeek
 * adapter against a MockWebServer, or a host's own model.
 */
class ConstraintExplanationTest {
  private static final String ANALYZE = "/api/v1/constraint-integration/analyze";
  private static final Instant AT = Instant.parse("2026-06-30T06:30:00Z");
  // one unpaid invoice of ₹1,18,000: the closing receivables the analysis states
  private static final String VALID =
      "{\"summary\":\"₹1,18,000.00 is still open and overdue.\","
          + "\"points\":[\"Call the customer about the oldest invoice first.\"]}";

  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  /** Analyses a one-invoice ledger with {@code model}; the explanation, after the common checks. */
  private JsonNode analyze(LanguageModel model, Duration deadline) {
    try (Samvad samvad =
        Samvad.builder()
            .clock(SteppableClock.startingAt(AT))
            .languageModel(model)
            .languageModelDeadline(deadline)
            .build()) {
      TenantSession acme = samvad.tenant(ApiClient.ACME);
      acme.putCustomer(Samples.customer("C-1"));
      acme.putInvoice(Samples.invoice("I-1", "C-1", "S/25/001", 1_18_000));
      JsonNode body = assertOk(ApiClient.acme(samvad).call("POST", ANALYZE, "{}"), 200);
      assertEquals(
          1_18_000_00L, body.at("/analysis/kpis/closingReceivables/paise").asLong(), "the figure");
      assertEquals(body.at("/analysis/summary").asText(), body.at("/explanation/rules").asText());
      assertTrue(body.at("/explanation/rules").asText().length() > 0);
      return body.at("/explanation");
    }
  }

  @Test
  void aValidExplanationInTimeIsAddedToTheRulesOwn() throws InterruptedException {
    server.enqueue(DeepSeekMock.answer(VALID));

    JsonNode e = analyze(DeepSeekMock.model(server), Duration.ofSeconds(5));

    assertEquals("LLM", e.at("/answeredBy/path").asText(), e.toString());
    assertTrue(e.at("/answeredBy/fallback").isMissingNode(), e.toString());
    assertEquals("₹1,18,000.00 is still open and overdue.", e.at("/model/summary").asText());
    assertEquals(1, e.at("/model/points").size());
    RecordedRequest sent = server.takeRequest();
    assertTrue(sent.getBody().readUtf8().contains("1,18,000"), "the figures are sent");
  }

  @Test
  void anExplanationStatingANumberTheAnalysisDoesNotIsRejected() {
    server.enqueue(DeepSeekMock.answer(VALID.replace("1,18,000.00", "2,40,000.00")));

    JsonNode e = analyze(DeepSeekMock.model(server), Duration.ofSeconds(5));

    assertEquals("RULES", e.at("/answeredBy/path").asText(), e.toString());
    assertEquals("INVALID_OUTPUT", e.at("/answeredBy/fallback/reason").asText());
    assertTrue(e.at("/model").isMissingNode(), e.toString());
  }

  @Test
  void aHostModelsExplanationIsFactCheckedBySamvadToo() {
    LanguageModel host =
        new LanguageModel() {
          @Override
          public <R> LlmOutcome<R> run(LlmTask<R> task, Duration deadline) {
            Explanation made = new Explanation("DSO is 412 days.", List.of());
            return new LlmOutcome.Answered<>(task.resultType().cast(made), LlmUsage.NONE, false);
          }
        };

    JsonNode e = analyze(host, Duration.ofSeconds(5));

    assertEquals("RULES", e.at("/answeredBy/path").asText(), e.toString());
    assertEquals("INVALID_OUTPUT", e.at("/answeredBy/fallback/reason").asText());
    assertTrue(e.at("/answeredBy/fallback/detail").asText().contains("number"), e.toString());
  }

  @Test
  void aHangingApiLeavesTheRulesExplanationAlone() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    JsonNode e = analyze(DeepSeekMock.model(server), Duration.ofMillis(300));

    assertEquals("RULES", e.at("/answeredBy/path").asText(), e.toString());
    assertEquals("TIMEOUT", e.at("/answeredBy/fallback/reason").asText());
    assertTrue(e.at("/model").isMissingNode(), e.toString());
  }

  @Test
  void withoutAModelTheRulesExplainAndSaySo() {
    JsonNode e = analyze(LanguageModel.none(), Duration.ofSeconds(5));

    assertEquals("RULES", e.at("/answeredBy/path").asText(), e.toString());
    assertEquals("NO_MODEL", e.at("/answeredBy/fallback/reason").asText());
  }
}
