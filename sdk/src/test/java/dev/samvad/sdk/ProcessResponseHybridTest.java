package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.spi.LanguageModel;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.channel.OutboxChannel;
import dev.samvad.culture.UpiPayee;
import dev.samvad.deepseek.DeepSeekConfig;
import dev.samvad.deepseek.DeepSeekLanguageModel;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /process-response} reads the reply under the hybrid policy like the rest of the SDK:
 * the DeepSeek adapter (against a MockWebServer speaking its wire format) reads a short-delivery
 * complaint the rules read as an ordinary reply, and the campaign acts on the model's reading;
 * without a model the rules answer and say so.
 */
class ProcessResponseHybridTest {
  private static final String BASE = "/api/v1/communication-orchestration";
  private static final Instant START = Instant.parse("2025-05-05T04:30:00Z");
  // The rules miss this Tamil complaint ("less came than we ordered"): see docs/text-analysis.md.
  private static final String COMPLAINT = "எங்களுக்கு ஆர்டர் பண்ணதை விட கம்மியா தான் வந்தது";
  private static final String DISPUTE_READING =
      "{\"language\":\"ta\",\"confidence\":0.9,"
          + "\"intents\":[{\"intent\":\"DISPUTE\",\"score\":0.9}],"
          + "\"entities\":{\"promisedDates\":[],\"amounts\":[],"
          + "\"paymentReferences\":[],\"callbackTimes\":[],\"disputeReasons\":[]},"
          + "\"polarity\":-0.5,\"emotions\":{\"FRUSTRATION\":0.6,\"SATISFACTION\":0.0,"
          + "\"URGENCY\":0.2,\"CONFUSION\":0.0,\"TRUST\":0.1},\"commitment\":\"NONE\"}";

  private final SteppableClock clock = SteppableClock.startingAt(START);
  private MockWebServer server;
  private Samvad samvad;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    if (samvad != null) {
      samvad.close();
    }
    server.shutdown();
  }

  private ApiClient api(LanguageModel model) {
    OutboxChannel channel = OutboxChannel.to(new StringWriter(), clock, 10_000);
    Samvad.Builder b =
        Samvad.builder()
            .clock(clock)
            .holdOutShare(0)
            .languageModel(model)
            .languageModelDeadline(Duration.ofSeconds(5))
            .collectionSettings(
                t ->
                    CollectionSettings.of(
                        "Acme Supplies", new UpiPayee("acme@okbank", "Acme Supplies")));
    for (ChannelKind kind : ChannelKind.values()) {
      b.channel(kind, channel);
    }
    samvad = b.build();
    ApiClient api = ApiClient.acme(samvad);
    assertOk(api.call("PUT", "/api/v1/customers/C-1", Samples.customerJson("C-1")), 201);
    assertOk(
        api.call("POST", "/api/v1/invoices", Samples.invoiceJson("I-1", "C-1", "INV-001", 50_000)),
        201);
    assertOk(
        api.call(
            "POST",
            BASE + "/campaigns",
            "{\"tenantId\":\"acme\",\"customerId\":\"C-1\",\"campaignType\":\"PAYMENT_FOLLOW_UP\"}"),
        201);
    return api;
  }

  private LanguageModel deepSeek() {
    return DeepSeekLanguageModel.builder(
            DeepSeekConfig.builder()
                .baseUrl(server.url("/").toString())
                .apiKey("sk-test")
                .model("deepseek-v4-flash")
                .maxRetries(0)
                .build())
        .build();
  }

  private static MockResponse answer(String content) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("object", "chat.completion");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    root.putObject("usage").put("prompt_tokens", 800).put("completion_tokens", 160);
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody(root.toString());
  }

  private static JsonNode processResponse(ApiClient api) {
    return assertOk(
        api.call(
            "POST",
            BASE + "/process-response",
            "{\"tenantId\":\"acme\",\"customerId\":\"C-1\",\"response\":{\"content\":\""
                + COMPLAINT
                + "\",\"channel\":\"whatsapp\",\"timestamp\":\"2025-05-05T18:00:00+05:30\"}}"),
        200);
  }

  @Test
  void theModelsReadingDecidesWhatTheCampaignDoes() {
    ApiClient api = api(deepSeek());
    server.enqueue(answer(DISPUTE_READING));

    JsonNode answer = processResponse(api);

    assertEquals(1, server.getRequestCount(), "the reply went to the model");
    assertEquals("LLM", answer.path("answeredBy").path("path").asText(), answer.toString());
    assertEquals("DISPUTE", answer.path("trigger").asText(), answer.toString());
    assertEquals("PAUSED", answer.path("campaign").path("status").asText(), answer.toString());
  }

  @Test
  void withoutAModelTheRulesReadItAndSaySo() {
    ApiClient api = api(LanguageModel.none());

    JsonNode answer = processResponse(api);

    assertEquals("RULES", answer.path("answeredBy").path("path").asText(), answer.toString());
    assertEquals(
        "NO_MODEL",
        answer.path("answeredBy").path("fallback").path("reason").asText(),
        answer.toString());
    assertEquals("OTHER_REPLY", answer.path("trigger").asText(), answer.toString());
    assertEquals(0, server.getRequestCount());
  }
}
