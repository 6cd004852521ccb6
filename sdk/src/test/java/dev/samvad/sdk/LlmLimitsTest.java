package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.api.spi.LanguageModel;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmTask;
import dev.samvad.api.spi.LlmUsage;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.deepseek.TenantCaps;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.HybridResult.Path;
import dev.samvad.sdk.HybridResult.Reason;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Samvad's own quota on language-model use ({@link LlmLimits}): checked before any model is asked,
 * a spent quota answers from the rules with the time until the model is asked again, and the
 * DeepSeek adapter's daily budget says when its day resets.
 */
class LlmLimitsTest {
  private static final Instant AT = Instant.parse("2026-11-29T06:00:00Z"); // 11:30 in India
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId GLOBEX = new TenantId("globex");
  private static final String READING =
      "{\"language\":\"hi-Latn-x-mixed\",\"confidence\":0.9,"
          + "\"intents\":[{\"intent\":\"PARTIAL_PAYMENT_OFFER\",\"score\":0.9}],"
          + "\"entities\":{\"promisedDates\":[],\"amounts\":[],"
          + "\"paymentReferences\":[],\"callbackTimes\":[],\"disputeReasons\":[]},"
          + "\"polarity\":0.3,\"emotions\":{\"FRUSTRATION\":0.0,\"SATISFACTION\":0.1,"
          + "\"URGENCY\":0.0,\"CONFUSION\":0.0,\"TRUST\":0.6},\"commitment\":\"FIRM\"}";

  private final SteppableClock clock = SteppableClock.startingAt(AT);
  private Samvad samvad;
  private MockWebServer server;

  @AfterEach
  void stop() throws IOException {
    if (samvad != null) {
      samvad.close();
    }
    if (server != null) {
      server.shutdown();
    }
  }

  /** A host's model that answers every reading task validly and counts its calls. */
  private static final class CountingModel implements LanguageModel {
    final AtomicInteger calls = new AtomicInteger();
    private final LlmUsage usage;

    CountingModel(LlmUsage usage) {
      this.usage = usage;
    }

    @Override
    public <R> LlmOutcome<R> run(LlmTask<R> task, Duration deadline) {
      calls.incrementAndGet();
      try {
        R value = SamvadJson.newMapper().readValue(READING, task.resultType());
        return new LlmOutcome.Answered<>(value, usage, false);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  private Samvad build(LanguageModel model, LlmLimits limits) {
    samvad =
        Samvad.builder()
            .clock(clock)
            .languageModel(model)
            .languageModelDeadline(Duration.ofSeconds(5))
            .llmLimits(limits)
            .build();
    return samvad;
  }

  private HybridResult<ReplyAnalysis> read(TenantId tenant, String text) {
    return samvad.tenant(tenant).readReply(ReplyText.of(text, AT));
  }

  @Test
  void aSpentCallQuotaAnswersFromTheRulesWithoutCallingTheModelAndSaysWhenItWillAgain() {
    CountingModel model = new CountingModel(LlmUsage.NONE);
    build(model, LlmLimits.unlimited().calls(2, Duration.ofMinutes(1)));

    assertEquals(Path.LLM, read(ACME, "kal tak bhej dunga").path());
    assertEquals(Path.LLM, read(ACME, "parso bhej dunga").path());
    HybridResult<ReplyAnalysis> third = read(ACME, "next week pakka");

    assertEquals(2, model.calls.get());
    assertEquals(Path.RULES, third.path());
    assertEquals(Reason.BUDGET_EXHAUSTED, third.fallback().orElseThrow().reason());
    // two calls a minute refill one every 30 s
    assertEquals(Optional.of(Duration.ofSeconds(30)), third.retryAfter());
    assertEquals(
        ReplyAnalyzer.standard().analyze(ReplyText.of("next week pakka", AT)), third.value());

    clock.advance(Duration.ofSeconds(29));
    assertEquals(Path.RULES, read(ACME, "still no").path());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Path.LLM, read(ACME, "ab bhej dunga").path());
    assertEquals(3, model.calls.get());
  }

  @Test
  void aTokenQuotaCountsTheUsageTheModelReportsAndRefusesOnceOverdrawn() {
    CountingModel model = new CountingModel(new LlmUsage(800, 0, 200, 0)); // 1,000 a call
    build(model, LlmLimits.unlimited().tokens(1500, Duration.ofDays(1)));

    assertEquals(Path.LLM, read(ACME, "kal tak bhej dunga").path()); // 1,000 of 1,500
    assertEquals(Path.LLM, read(ACME, "parso bhej dunga").path()); // a token left: overdraws
    HybridResult<ReplyAnalysis> third = read(ACME, "next week pakka");

    assertEquals(2, model.calls.get());
    assertEquals(Reason.BUDGET_EXHAUSTED, third.fallback().orElseThrow().reason());
    assertTrue(third.fallback().orElseThrow().detail().contains("tokens"));
    // 2,000 spent of 1,500 a day: one token is back when 501 have refilled, at 57.6 s each
    assertEquals(Optional.of(Duration.ofSeconds(28_858)), third.retryAfter());
  }

  @Test
  void eachTenantHasItsOwnQuota() {
    CountingModel model = new CountingModel(LlmUsage.NONE);
    samvad =
        Samvad.builder()
            .clock(clock)
            .languageModel(model)
            .llmLimits(
                tenant ->
                    tenant.equals(ACME)
                        ? LlmLimits.unlimited().calls(1, Duration.ofDays(1))
                        : LlmLimits.unlimited())
            .build();

    read(ACME, "kal tak bhej dunga");
    assertEquals(Path.RULES, read(ACME, "parso bhej dunga").path());
    for (int i = 0; i < 3; i++) {
      assertEquals(Path.LLM, read(GLOBEX, "kal tak bhej dunga " + i).path());
    }
    assertEquals(4, model.calls.get());
  }

  @Test
  void theJsonApiAnswers200FromTheRulesWithRetryAfterSecondsInAnsweredBy() {
    CountingModel model = new CountingModel(LlmUsage.NONE);
    build(model, LlmLimits.unlimited().calls(1, Duration.ofHours(1)));
    String body =
        "{\"customerId\":\"C-1\",\"communications\":["
            + "{\"content\":\"kal tak bhej dunga\",\"timestamp\":\"2026-11-29T11:30:00+05:30\"},"
            + "{\"content\":\"parso pakka\",\"timestamp\":\"2026-11-29T11:31:00+05:30\"}]}";

    JsonResponse response =
        ApiClient.acme(samvad)
            .call("POST", "/api/v1/relationship-intelligence/analyze-sentiment", body);
    JsonNode answer = assertOk(response, 200);

    JsonNode first = answer.at("/results/0/answeredBy");
    JsonNode second = answer.at("/results/1/answeredBy");
    assertEquals("LLM", first.at("/path").asText(), first.toString());
    assertTrue(first.at("/retryAfterSeconds").isMissingNode(), first.toString());
    assertEquals("RULES", second.at("/path").asText(), second.toString());
    assertEquals("BUDGET_EXHAUSTED", second.at("/fallback/reason").asText());
    assertEquals(3600, second.at("/retryAfterSeconds").asLong(), second.toString());
    assertTrue(second.at("/fallback/retryAfter").isMissingNode(), second.toString());
    assertFalse(response.headers().containsKey("Retry-After"), "a 200 is not a refusal");
  }

  @Test
  void limitsAreValidatedNamingTheField() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> LlmLimits.unlimited().tokens(0, Duration.ofDays(1)));
    assertTrue(e.getMessage().contains("calls"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> Samvad.builder().llmLimits((LlmLimits) null));
  }

  @Test
  void theDeepSeekAdaptersSpentDailyBudgetSaysWhenItsDayResets() throws IOException {
    server = new MockWebServer();
    server.start();
    LanguageModel deepSeek =
        DeepSeekMock.builder(server)
            .clock(clock)
            .defaultCaps(TenantCaps.tokens(900)) // one answer (960 tokens) spends it
            .build();
    build(deepSeek, LlmLimits.unlimited());
    server.enqueue(DeepSeekMock.answer(READING));

    assertEquals(Path.LLM, read(ACME, "kal tak bhej dunga").path());
    HybridResult<ReplyAnalysis> spent = read(ACME, "parso pakka");

    assertEquals(Reason.BUDGET_EXHAUSTED, spent.fallback().orElseThrow().reason());
    // 11:30 in India: the budget day resets at midnight there, 12 h 30 min later
    assertEquals(Optional.of(Duration.ofMinutes(12 * 60 + 30)), spent.retryAfter());
    assertEquals(1, server.getRequestCount());
  }
}
