package dev.samvad.deepseek;

import static dev.samvad.deepseek.LlmFixtures.ACME;
import static dev.samvad.deepseek.LlmFixtures.DEADLINE;
import static dev.samvad.deepseek.LlmFixtures.READING;
import static dev.samvad.deepseek.LlmFixtures.REPLY;
import static dev.samvad.deepseek.LlmFixtures.answer;
import static dev.samvad.deepseek.LlmFixtures.answered;
import static dev.samvad.deepseek.LlmFixtures.body;
import static dev.samvad.deepseek.LlmFixtures.failed;
import static dev.samvad.deepseek.LlmFixtures.json;
import static dev.samvad.deepseek.LlmFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.api.llm.ReplyReading;
import dev.samvad.api.spi.InMemoryEventSink;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmOutcome.FailureKind;
import dev.samvad.api.spi.LlmTask;
import dev.samvad.api.spi.LlmUsage;
import dev.samvad.api.spi.SteppableClock;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading replies: the request on the wire and the validation of what comes back. */
class DeepSeekLanguageModelTest {
  private MockWebServer server;
  private SteppableClock clock;
  private final InMemoryEventSink events = new InMemoryEventSink();
  private DeepSeekLanguageModel model;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    clock = LlmFixtures.clock();
    model = LlmFixtures.model(server, clock, events, 2).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void aValidReadingIsAnsweredInTheRuleSchemaWithItsUsage() {
    server.enqueue(answer(READING));

    LlmOutcome.Answered<ReplyReading> a = answered(model.run(read(REPLY), DEADLINE));

    assertFalse(a.repaired());
    assertEquals(new LlmUsage(812, 768, 164, 131), a.usage());
    ReplyReading r = a.value();
    assertEquals(LanguageForm.HINGLISH, r.language());
    assertEquals(ReplyReading.Intent.PROMISE_TO_PAY, r.intents().get(0).intent());
    assertEquals(LocalDate.of(2026, 11, 30), r.entities().promisedDates().get(0).date());
    assertEquals(
        Money.ofRupees(50_000),
        Money.of(r.entities().amounts().get(0).rupees(), Money.INR, "rupees"));
    assertEquals(ReplyReading.Commitment.FIRM, r.commitment());
    assertEquals(0.6, r.emotions().get(ReplyReading.Emotion.TRUST));
    assertEquals(1, model.usage(ACME).calls());
    assertEquals(976, model.usage(ACME).usage().promptTokens() + 164);
  }

  @Test
  void requestIsJsonModeWithoutSchemaOrToolsFixedInstructionsFirstAndTheReplyLastInsideDelimiters()
      throws Exception {
    server.enqueue(answer(READING));

    answered(model.run(read(REPLY), DEADLINE));

    JsonNode body = body(server.takeRequest());
    assertEquals(LlmFixtures.MODEL, body.path("model").asText());
    assertEquals("json_object", body.path("response_format").path("type").asText());
    assertFalse(body.toString().contains("json_schema"));
    assertFalse(body.has("tools"));
    assertFalse(body.has("tool_choice"));
    assertEquals("disabled", body.path("thinking").path("type").asText());
    assertEquals(1200, body.path("max_tokens").asInt());
    JsonNode messages = body.path("messages");
    assertEquals(2, messages.size());
    assertEquals("system", messages.get(0).path("role").asText());
    String system = messages.get(0).path("content").asText();
    assertTrue(system.toLowerCase().contains("json"));
    assertFalse(system.contains(REPLY), "no customer text in the fixed instructions");
    String user = messages.get(1).path("content").asText();
    assertTrue(user.toLowerCase().contains("json"));
    String nonce = nonce(user);
    String fenced =
        "<<<UNTRUSTED_TEXT " + nonce + ">>>\n" + REPLY + "\n<<<END_UNTRUSTED_TEXT " + nonce + ">>>";
    assertTrue(user.endsWith(fenced), "customer text is last, between the delimiters: " + user);
    assertEquals(user.indexOf(REPLY), user.lastIndexOf(REPLY), "the reply appears once");
    assertTrue(user.contains("2026-11-29 (Sunday)"));
  }

  static String nonce(String user) {
    int open = user.lastIndexOf("<<<UNTRUSTED_TEXT ");
    return user.substring(open + "<<<UNTRUSTED_TEXT ".length(), user.indexOf(">>>", open));
  }

  @Test
  void theFixedInstructionsAreTheSameBytesOnEveryCallAndTheNonceIsNew() throws Exception {
    server.enqueue(answer(READING));
    server.enqueue(answer(READING.replace("kal tak", "Kal tak")));
    model.run(read(REPLY), DEADLINE);
    model.run(read(REPLY.replace("Sir", "Ji")), DEADLINE);

    JsonNode first = body(server.takeRequest()).path("messages");
    JsonNode second = body(server.takeRequest()).path("messages");
    assertEquals(first.get(0).path("content").asText(), second.get(0).path("content").asText());
    String n1 = nonce(first.get(1).path("content").asText());
    String n2 = nonce(second.get(1).path("content").asText());
    assertEquals(24, n1.length());
    assertFalse(n1.equals(n2));
  }

  @Test
  void thinkingIsConfiguredPerTask() throws Exception {
    DeepSeekLanguageModel thinking =
        LlmFixtures.model(server, clock, events, 0)
            .thinking(LlmTask.Kind.READ_REPLY, true)
            .maxTokens(LlmTask.Kind.READ_REPLY, 6000)
            .build();
    server.enqueue(answer(READING));

    answered(thinking.run(read(REPLY), DEADLINE));

    JsonNode body = body(server.takeRequest());
    assertEquals("enabled", body.path("thinking").path("type").asText());
    assertEquals(6000, body.path("max_tokens").asInt());
  }

  @Test
  void customerTextIsNfkcNormalisedAndCapped() throws Exception {
    DeepSeekLanguageModel capped =
        LlmFixtures.model(server, clock, events, 0).maxInputChars(40).build();
    server.enqueue(answer("{}"));

    capped.run(read("ｋａｌ ｔａｋ ５０ｋ " + "x".repeat(500)), DEADLINE);

    String user = body(server.takeRequest()).path("messages").get(1).path("content").asText();
    assertTrue(user.contains("\nkal tak 50k " + "x".repeat(28) + "\n"), user);
    assertFalse(user.contains("x".repeat(41)));
  }

  @Test
  void fencedJsonIsRepairedOnce() {
    server.enqueue(answer("```json\n" + READING + "\n```"));

    LlmOutcome.Answered<ReplyReading> a = answered(model.run(read(REPLY), DEADLINE));

    assertTrue(a.repaired());
    assertEquals(ReplyReading.Intent.PROMISE_TO_PAY, a.value().intents().get(0).intent());
  }

  @Test
  void proseWrappedJsonIsRepairedOnce() {
    server.enqueue(
        answer(
            "Here is the analysis you asked for:\n" + READING + "\nLet me know if you need more."));

    assertTrue(answered(model.run(read(REPLY), DEADLINE)).repaired());
  }

  @Test
  void anUnknownEnumValueIsInvalidOutputAndNotRepaired() {
    server.enqueue(answer(READING.replace("\"PROMISE_TO_PAY\"", "\"PROMISED_PAYMENT\"")));

    LlmOutcome.Failed<ReplyReading> f = failed(model.run(read(REPLY), DEADLINE));

    assertEquals(FailureKind.INVALID_OUTPUT, f.kind());
    assertTrue(f.detail().contains("intents"), f.detail());
    assertFalse(f.detail().contains("PROMISED_PAYMENT"), "details never quote the output");
    assertEquals(1, model.usage(ACME).calls(), "an invalid answer is still paid for");
  }

  @Test
  void unknownAndMissingFieldsAndOutOfRangeValuesAreInvalid() {
    String[] broken = {
      READING.replace("\"commitment\":\"FIRM\"}", "\"commitment\":\"FIRM\",\"status\":\"PAID\"}"),
      READING.replace("\"confidence\":0.9,", ""),
      READING.replace("\"polarity\":0.3", "\"polarity\":3"),
      READING.replace("\"TRUST\":0.6", "\"TRUST\":\"high\""),
      READING.replace(",\"TRUST\":0.6", ""),
      READING.replace(
          "\"intents\":[{\"intent\":\"PROMISE_TO_PAY\",\"score\":0.95}]", "\"intents\":[]"),
      READING.replace("\"language\":\"hi-Latn-x-mixed\"", "\"language\":\"klingon\""),
      "[" + READING + "]",
      READING + READING,
    };
    for (String content : broken) {
      server.enqueue(answer(content));
      LlmOutcome.Failed<ReplyReading> f =
          failed(model.run(read(REPLY + content.length()), DEADLINE));
      assertEquals(FailureKind.INVALID_OUTPUT, f.kind(), content);
    }
  }

  @Test
  void anEntityQuotingWordsThatAreNotInTheReplyIsRejected() {
    server.enqueue(answer(READING.replace("\"text\":\"50k\"", "\"text\":\"1 lakh\"")));

    LlmOutcome.Failed<ReplyReading> f = failed(model.run(read(REPLY), DEADLINE));

    assertEquals(FailureKind.INVALID_OUTPUT, f.kind());
    assertTrue(f.detail().contains("entities.amounts[0]"), f.detail());
  }

  @Test
  void aPromisedDateBeforeTheReplyIsRejected() {
    server.enqueue(answer(READING.replace("2026-11-30", "2026-11-01")));

    assertEquals(FailureKind.INVALID_OUTPUT, failed(model.run(read(REPLY), DEADLINE)).kind());
  }

  @Test
  void aUtrTheReplyDoesNotContainIsRejected() {
    String text = "paid yesterday by UPI, ref 412345678901";
    String reading =
        READING
            .replace(
                "\"promisedDates\":[{\"date\":\"2026-11-30\",\"firm\":true,\"basis\":\"RELATIVE_DAY\",\"text\":\"kal tak\"}]",
                "\"promisedDates\":[]")
            .replace(
                "\"amounts\":[{\"rupees\":50000,\"scope\":\"PART\",\"text\":\"50k\"}]",
                "\"amounts\":[]")
            .replace(
                "\"paymentReferences\":[]",
                "\"paymentReferences\":[{\"mode\":\"UPI\",\"kind\":\"UTR\",\"reference\":\"%s\",\"text\":\"ref 412345678901\"}]");
    server.enqueue(answer(String.format(reading, "412345678901")));
    server.enqueue(answer(String.format(reading, "999999999999")));

    answered(model.run(read(text), DEADLINE));
    LlmOutcome.Failed<ReplyReading> f =
        failed(model.run(read(text.replace("yesterday", "kal")), DEADLINE));

    assertTrue(f.detail().contains("reference"), f.detail());
  }

  @Test
  void truncatedJsonWithFinishReasonLengthIsRetriedThenInvalid() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "completion-truncated.json"));
    }

    LlmOutcome.Failed<ReplyReading> f = failed(model.run(read(REPLY), DEADLINE));

    assertEquals(FailureKind.INVALID_OUTPUT, f.kind());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void spacesOnlyContentIsInvalidOutput() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "completion-spaces.json"));
    }

    assertEquals(FailureKind.INVALID_OUTPUT, failed(model.run(read(REPLY), DEADLINE)).kind());
  }

  @Test
  void streamingAnswersAreValidatedTheSameWay() {
    DeepSeekLanguageModel streaming =
        LlmFixtures.model(server, clock, events, 0).stream(true).build();
    server.enqueue(
        new okhttp3.mockwebserver.MockResponse()
            .setHeader("Content-Type", "text/event-stream")
            .setChunkedBody(LlmFixtures.fixture("stream-ok.sse"), 64));

    // The recorded stream answers {"language":"hi-Latn","intents":["PROMISE_TO_PAY"]}: not the
    // schema.
    assertEquals(FailureKind.INVALID_OUTPUT, failed(streaming.run(read(REPLY), DEADLINE)).kind());
  }

  @Test
  void aServiceThatNeverAnswersTimesOutWithinTheDeadline() {
    server.enqueue(
        new okhttp3.mockwebserver.MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    LlmOutcome.Failed<ReplyReading> f =
        failed(model.run(read(REPLY), java.time.Duration.ofMillis(200)));

    assertEquals(FailureKind.TIMEOUT, f.kind());
  }

  @Test
  void aTaskTypeTheAdapterDoesNotKnowIsAFailureNotAnException() {
    LlmTask<String> odd =
        new LlmTask<>() {
          @Override
          public Kind kind() {
            return Kind.EXPLAIN_ANALYSIS;
          }

          @Override
          public TenantId tenant() {
            return ACME;
          }

          @Override
          public Class<String> resultType() {
            return String.class;
          }
        };

    assertEquals(FailureKind.UNAVAILABLE, failed(model.run(odd, DEADLINE)).kind());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void nothingPrintedCarriesTheKeyOrTheText() throws Exception {
    server.enqueue(answer(READING));
    LlmOutcome<ReplyReading> o = model.run(read(REPLY), DEADLINE);
    RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);

    assertEquals("Bearer " + LlmFixtures.KEY, r.getHeader("Authorization"));
    assertFalse(model.toString().contains(LlmFixtures.KEY));
    assertFalse(read(REPLY).toString().contains("kal tak"));
    assertFalse(o.toString().contains("SECRET-REASONING"));
  }
}
