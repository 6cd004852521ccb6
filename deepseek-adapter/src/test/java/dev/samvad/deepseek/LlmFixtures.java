package dev.samvad.deepseek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.api.llm.DraftMessage;
import dev.samvad.api.llm.ReadReply;
import dev.samvad.api.spi.InMemoryEventSink;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.SteppableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Wire fixtures and a model wired to a MockWebServer with a steppable clock. */
final class LlmFixtures {
  static final String KEY = "sk-test-DO-NOT-LOG-0123456789";
  static final String MODEL = "deepseek-v4-flash-config-test";
  static final ObjectMapper JSON = new ObjectMapper();
  static final TenantId ACME = new TenantId("acme");
  static final TenantId GLOBEX = new TenantId("globex");
  static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);
  static final Duration DEADLINE = Duration.ofSeconds(5);

  static final String REPLY = "Sir kal tak 50k bhej dunga, pakka.";

  /** A valid reading of {@link #REPLY}, as a model writes it. */
  static final String READING =
      "{\"language\":\"hi-Latn-x-mixed\",\"confidence\":0.9,"
          + "\"intents\":[{\"intent\":\"PROMISE_TO_PAY\",\"score\":0.95}],"
          + "\"entities\":{\"promisedDates\":[{\"date\":\"2026-11-30\",\"firm\":true,"
          + "\"basis\":\"RELATIVE_DAY\",\"text\":\"kal tak\"}],"
          + "\"amounts\":[{\"rupees\":50000,\"scope\":\"PART\",\"text\":\"50k\"}],"
          + "\"paymentReferences\":[],\"callbackTimes\":[],\"disputeReasons\":[]},"
          + "\"polarity\":0.3,"
          + "\"emotions\":{\"FRUSTRATION\":0.0,\"SATISFACTION\":0.1,\"URGENCY\":0.0,"
          + "\"CONFUSION\":0.0,\"TRUST\":0.6},"
          + "\"commitment\":\"FIRM\"}";

  private LlmFixtures() {}

  static String fixture(String name) {
    try (InputStream in = LlmFixtures.class.getResourceAsStream("/wire/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The recorded non-streaming response (with {@code reasoning_content} and cache usage: 812 prompt
   * tokens, 768 of them cache hits, 164 completion tokens) with its answer replaced by {@code
   * content}.
   */
  static MockResponse answer(String content) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(fixture("completion-reasoning-cache.json"));
      ((ObjectNode) root.path("choices").get(0).path("message")).put("content", content);
      return new MockResponse()
          .setHeader("Content-Type", "application/json")
          .setBody(JSON.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int code, String fixture) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(fixture(fixture));
  }

  static SteppableClock clock() {
    return SteppableClock.startingAt(Instant.parse("2026-11-29T04:00:00Z"));
  }

  static DeepSeekConfig config(MockWebServer server, int maxRetries) {
    return DeepSeekConfig.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(KEY)
        .model(MODEL)
        .callTimeout(Duration.ofSeconds(5))
        .maxRetries(maxRetries)
        .build();
  }

  /** A model over {@code server}: the clock moves only when the sleeper sleeps. */
  static DeepSeekLanguageModel.Builder model(
      MockWebServer server, SteppableClock clock, InMemoryEventSink events, int maxRetries) {
    return DeepSeekLanguageModel.builder(config(server, maxRetries))
        .clock(clock)
        .sleeper(clock::advance)
        .random(new Random(7))
        .nonces(new Random(11))
        .eventSink(events);
  }

  static ReadReply read(String text) {
    return new ReadReply(ACME, text, SUNDAY, Optional.empty());
  }

  static DraftMessage draft(String customerName) {
    return new DraftMessage(
        ACME,
        new DraftMessage.Plan(
            "GENTLE_OVERDUE",
            LanguageForm.ENGLISH,
            "SEMI_FORMAL",
            "GENTLE",
            "INDIRECT",
            "RELATIONSHIP"),
        new DraftMessage.Facts(
            "Kaveri Traders",
            customerName,
            Optional.of("Mr Rao"),
            new InvoiceNumber("INV/26-27/00042"),
            Money.ofRupees(118_000),
            LocalDate.of(2026, 10, 31),
            "31 October 2026",
            Optional.of("upi://pay?pa=kaveri@okaxis&pn=Kaveri%20Traders&am=118000.00"),
            List.of()),
        ChannelKind.SMS,
        "Dear Mr Rao, a gentle reminder: ₹1,18,000.00 on invoice INV/26-27/00042 was due on 31"
            + " October 2026. Pay: upi://pay?pa=kaveri@okaxis&pn=Kaveri%20Traders&am=118000.00"
            + " - Kaveri Traders");
  }

  static JsonNode body(RecordedRequest r) {
    try {
      return JSON.readTree(r.getBody().readUtf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <R> LlmOutcome.Answered<R> answered(LlmOutcome<R> outcome) {
    if (outcome instanceof LlmOutcome.Answered<R> a) {
      return a;
    }
    throw new AssertionError("expected an answer, got " + outcome);
  }

  static <R> LlmOutcome.Failed<R> failed(LlmOutcome<R> outcome) {
    if (outcome instanceof LlmOutcome.Failed<R> f) {
      return f;
    }
    throw new AssertionError("expected a failure, got " + outcome);
  }
}
