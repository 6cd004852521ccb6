package dev.samvad.deepseek;

import static dev.samvad.deepseek.LlmFixtures.ACME;
import static dev.samvad.deepseek.LlmFixtures.DEADLINE;
import static dev.samvad.deepseek.LlmFixtures.GLOBEX;
import static dev.samvad.deepseek.LlmFixtures.READING;
import static dev.samvad.deepseek.LlmFixtures.REPLY;
import static dev.samvad.deepseek.LlmFixtures.SUNDAY;
import static dev.samvad.deepseek.LlmFixtures.answer;
import static dev.samvad.deepseek.LlmFixtures.answered;
import static dev.samvad.deepseek.LlmFixtures.failed;
import static dev.samvad.deepseek.LlmFixtures.json;
import static dev.samvad.deepseek.LlmFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.llm.ReadReply;
import dev.samvad.api.llm.ReplyReading;
import dev.samvad.api.spi.InMemoryEventSink;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmOutcome.FailureKind;
import dev.samvad.api.spi.LlmUsage;
import dev.samvad.api.spi.SamvadEvent;
import dev.samvad.api.spi.SteppableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Breaker, bulkhead, cache and coalescing, budgets, and switching a tenant off. */
class LanguageModelResilienceTest {
  private MockWebServer server;
  private SteppableClock clock;
  private final InMemoryEventSink events = new InMemoryEventSink();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    clock = LlmFixtures.clock();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private DeepSeekLanguageModel.Builder model() {
    return LlmFixtures.model(server, clock, events, 0);
  }

  private static ReadReply read(int i) {
    return LlmFixtures.read(REPLY + " #" + i);
  }

  @Test
  void theBreakerOpensAfterConsecutiveFailuresAndThenMakesNoNetworkCall() {
    DeepSeekLanguageModel model = model().circuitBreaker(3, Duration.ofSeconds(30)).build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "error-503.json"));
      assertEquals(FailureKind.UNAVAILABLE, failed(model.run(read(i), DEADLINE)).kind());
    }
    assertTrue(model.circuitOpen());

    for (int i = 3; i < 10; i++) {
      LlmOutcome.Failed<ReplyReading> f = failed(model.run(read(i), DEADLINE));
      assertEquals(FailureKind.CIRCUIT_OPEN, f.kind());
    }
    assertEquals(3, server.getRequestCount(), "no request while open");
  }

  @Test
  void theBreakerLetsOneTrialThroughAfterItsWaitAndClosesWhenItSucceeds() {
    DeepSeekLanguageModel model = model().circuitBreaker(2, Duration.ofSeconds(30)).build();
    server.enqueue(json(500, "error-500.json"));
    server.enqueue(json(500, "error-500.json"));
    model.run(read(1), DEADLINE);
    model.run(read(2), DEADLINE);
    clock.advance(Duration.ofSeconds(29));
    assertEquals(FailureKind.CIRCUIT_OPEN, failed(model.run(read(3), DEADLINE)).kind());

    clock.advance(Duration.ofSeconds(1));
    server.enqueue(answer(READING.replace("kal tak", "kal tak").replace("\"50k\"", "\"50k\"")));
    answered(model.run(LlmFixtures.read(REPLY), DEADLINE));

    assertFalse(model.circuitOpen());
    server.enqueue(answer(READING));
    answered(model.run(LlmFixtures.read(REPLY + " ok"), DEADLINE));
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void aFailedTrialOpensTheBreakerForAnotherWait() {
    DeepSeekLanguageModel model = model().circuitBreaker(1, Duration.ofSeconds(10)).build();
    server.enqueue(json(503, "error-503.json"));
    model.run(read(1), DEADLINE);
    clock.advance(Duration.ofSeconds(10));
    server.enqueue(json(503, "error-503.json"));
    assertEquals(FailureKind.UNAVAILABLE, failed(model.run(read(2), DEADLINE)).kind());

    assertEquals(FailureKind.CIRCUIT_OPEN, failed(model.run(read(3), DEADLINE)).kind());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void invalidOutputDoesNotOpenTheBreaker() {
    DeepSeekLanguageModel model = model().circuitBreaker(2, Duration.ofSeconds(30)).build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer("not json at all"));
      assertEquals(FailureKind.INVALID_OUTPUT, failed(model.run(read(i), DEADLINE)).kind());
    }

    assertFalse(model.circuitOpen(), "the service answered; the answer was poor");
  }

  @Test
  void anIdenticalCallIsServedFromTheCacheWithoutARequestOrUsage() {
    DeepSeekLanguageModel model = model().build();
    server.enqueue(answer(READING));

    LlmOutcome.Answered<ReplyReading> first = answered(model.run(read(REPLY), DEADLINE));
    LlmOutcome.Answered<ReplyReading> second =
        answered(model.run(read("  " + REPLY + "\u200b "), DEADLINE)); // same normalised input

    assertEquals(1, server.getRequestCount());
    assertEquals(first.value(), second.value());
    assertEquals(LlmUsage.NONE, second.usage());
    assertEquals(1, model.usage(ACME).calls());
  }

  private static ReadReply read(String text) {
    return LlmFixtures.read(text);
  }

  @Test
  void theCacheIsPerTenantAndPerInput() {
    DeepSeekLanguageModel model = model().build();
    server.enqueue(answer(READING));
    server.enqueue(answer(READING));
    server.enqueue(answer(READING));

    model.run(read(REPLY), DEADLINE);
    model.run(new ReadReply(GLOBEX, REPLY, SUNDAY, Optional.empty()), DEADLINE);
    model.run(new ReadReply(ACME, REPLY, SUNDAY.plusDays(1), Optional.empty()), DEADLINE);

    assertEquals(3, server.getRequestCount());
  }

  @Test
  void failuresAreNeverCached() {
    DeepSeekLanguageModel model = model().build();
    server.enqueue(json(503, "error-503.json"));
    server.enqueue(answer("{\"language\":\"martian\"}"));
    server.enqueue(answer(READING));

    failed(model.run(read(REPLY), DEADLINE));
    failed(model.run(read(REPLY), DEADLINE));
    answered(model.run(read(REPLY), DEADLINE));

    assertEquals(3, server.getRequestCount());
  }

  @Test
  void concurrentIdenticalCallsMakeExactlyOneRequest() throws Exception {
    DeepSeekLanguageModel model = model().build();
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(holdUntil(release, answer(READING)));
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<LlmOutcome<ReplyReading>>> futures = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        futures.add(pool.submit(() -> model.run(read(REPLY), DEADLINE)));
      }
      server.takeRequest(5, TimeUnit.SECONDS); // the leader is in flight
      release.countDown();
      int withUsage = 0;
      for (Future<LlmOutcome<ReplyReading>> f : futures) {
        LlmOutcome.Answered<ReplyReading> a = answered(f.get(10, TimeUnit.SECONDS));
        if (!a.usage().equals(LlmUsage.NONE)) {
          withUsage++;
        }
      }
      assertEquals(1, server.getRequestCount());
      assertEquals(1, withUsage, "only the caller that made the request reports usage");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void callersWaitingOnAFailingCallShareItsFailureButTheNextCallTriesAgain() throws Exception {
    DeepSeekLanguageModel model = model().build();
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(holdUntil(release, json(503, "error-503.json")));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LlmOutcome<ReplyReading>>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(pool.submit(() -> model.run(read(REPLY), DEADLINE)));
      }
      server.takeRequest(5, TimeUnit.SECONDS);
      release.countDown();
      for (Future<LlmOutcome<ReplyReading>> f : futures) {
        failed(f.get(10, TimeUnit.SECONDS));
      }
      int afterStorm = server.getRequestCount();
      failed(model.run(read(REPLY), DEADLINE));
      assertEquals(afterStorm + 1, server.getRequestCount(), "the failure was not cached");
    } finally {
      pool.shutdownNow();
    }
  }

  private static Dispatcher holdUntil(CountDownLatch release, MockResponse response) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        release.await(10, TimeUnit.SECONDS);
        return response;
      }
    };
  }

  @Test
  void theBulkheadFailsCallsBeyondItsLimitAtOnce() throws Exception {
    DeepSeekLanguageModel model = model().maxConcurrentCalls(1).build();
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(holdUntil(release, answer(READING)));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<LlmOutcome<ReplyReading>> inFlight =
          pool.submit(() -> model.run(read(REPLY), DEADLINE));
      server.takeRequest(5, TimeUnit.SECONDS);

      LlmOutcome.Failed<ReplyReading> f = failed(model.run(read(REPLY + " other"), DEADLINE));

      assertEquals(FailureKind.UNAVAILABLE, f.kind());
      assertTrue(f.detail().contains("bulkhead"), f.detail());
      release.countDown();
      answered(inFlight.get(10, TimeUnit.SECONDS));
      assertEquals(1, server.getRequestCount());
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 402})
  void unauthorisedOrOutOfBalanceSwitchesTheTenantOffAndPublishesAnEvent(int status) {
    DeepSeekLanguageModel model = model().build();
    server.enqueue(json(status, "error-" + status + ".json"));

    LlmOutcome.Failed<ReplyReading> first = failed(model.run(read(1), DEADLINE));
    LlmOutcome.Failed<ReplyReading> later = failed(model.run(read(2), DEADLINE));

    assertEquals(FailureKind.DISABLED, first.kind());
    assertEquals(FailureKind.DISABLED, later.kind());
    assertEquals(1, server.getRequestCount(), "no call once switched off");
    List<SamvadEvent> published = events.events(ACME);
    assertEquals(1, published.size());
    SamvadEvent e = published.get(0);
    assertEquals(DeepSeekLanguageModel.EVENT_DISABLED, e.type());
    assertEquals(String.valueOf(status), e.attributes().get("status"));
    assertFalse(e.attributes().toString().contains(LlmFixtures.KEY));
    assertTrue(model.usage(ACME).disabledBecause().isPresent());
    assertFalse(model.circuitOpen(), "a tenant's key problem is not a service failure");

    server.enqueue(answer(READING));
    answered(model.run(new ReadReply(GLOBEX, REPLY, SUNDAY, Optional.empty()), DEADLINE));

    model.enable(ACME);
    server.enqueue(answer(READING));
    answered(model.run(read(REPLY), DEADLINE));
  }

  @Test
  void aSpentTokenBudgetFailsFastOncePerDayWithAnEventAndResetsTheNextDay() {
    DeepSeekLanguageModel model = model().defaultCaps(TenantCaps.tokens(900)).build();
    server.enqueue(answer(READING));
    answered(model.run(read(REPLY), DEADLINE)); // 976 tokens: over the cap afterwards

    LlmOutcome.Failed<ReplyReading> f = failed(model.run(read(1), DEADLINE));
    failed(model.run(read(2), DEADLINE));

    assertEquals(FailureKind.BUDGET_EXHAUSTED, f.kind());
    // 04:00Z is 09:30 in Asia/Kolkata: the budget day resets at midnight there, 14 h 30 min later
    assertEquals(Optional.of(Duration.ofHours(14).plusMinutes(30)), f.retryAfter());
    assertEquals(1, server.getRequestCount());
    assertEquals(1, events.events(ACME).size());
    assertEquals(DeepSeekLanguageModel.EVENT_BUDGET_EXHAUSTED, events.events(ACME).get(0).type());
    answered(model.run(read(REPLY), DEADLINE)); // a cached answer costs nothing: still served

    server.enqueue(answer(READING));
    answered(model.run(new ReadReply(GLOBEX, REPLY, SUNDAY, Optional.empty()), DEADLINE));

    clock.advance(Duration.ofDays(1));
    server.enqueue(answer(READING));
    answered(model.run(read(REPLY + " new day"), DEADLINE));
  }

  @Test
  void costIsCountedFromUsageWithThePriceTableAndCappedPerTenant() {
    PriceTable prices =
        new PriceTable(
            Currency.getInstance("USD"),
            new BigDecimal("0.07"),
            new BigDecimal("0.56"),
            new BigDecimal("1.68"));
    DeepSeekLanguageModel model =
        model()
            .prices(prices)
            .caps(ACME, new TenantCaps(Long.MAX_VALUE, new BigDecimal("0.0003")))
            .build();
    server.enqueue(answer(READING));

    answered(model.run(read(REPLY), DEADLINE));

    // 768 hits at 0.07, 44 misses at 0.56, 164 output at 1.68 per million tokens:
    // (53.76 + 24.64 + 275.52) / 1,000,000.
    BigDecimal expected = new BigDecimal("0.00035392");
    assertEquals(0, expected.compareTo(model.usage(ACME).cost()), model.usage(ACME).toString());
    assertEquals(FailureKind.BUDGET_EXHAUSTED, failed(model.run(read(1), DEADLINE)).kind());
  }
}
