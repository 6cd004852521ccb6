package dev.samvad.benchmarks;

import dev.samvad.api.TenantId;
import dev.samvad.api.llm.ReadReply;
import dev.samvad.api.llm.ReplyReading;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.deepseek.DeepSeekConfig;
import dev.samvad.deepseek.DeepSeekLanguageModel;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.HybridResult;
import dev.samvad.sdk.Samvad;
import dev.samvad.sdk.TenantSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * What the language model costs a caller when it is down, on one thread, against a MockWebServer on
 * the loopback interface.
 *
 * <ul>
 *   <li>{@link #breakerOpen}: {@code DeepSeekLanguageModel.run} with the circuit breaker open, each
 *       call a new reply (no cache hit). The teardown fails the run if any request reached the
 *       server after the breaker opened.
 *   <li>{@link #hybridApiHanging}: {@code TenantSession.readReply} under the hybrid policy with a
 *       server that accepts the request and never answers, deadline {@value #DEADLINE_MS} ms, the
 *       breaker set never to open (so every call waits out the hang). Compare its percentiles with
 *       {@link #hybridRulesOnly} (the same call with no model): the difference is the added
 *       latency.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LlmFallbackBenchmark -f 1 -wi 1 -w 5s
 * -i 2 -r 10s}
 */
@State(Scope.Benchmark)
@Threads(1)
public class LlmFallbackBenchmark {
  static final int DEADLINE_MS = 50;
  private static final TenantId TENANT = new TenantId("bench");
  private static final String REPLY = "Sir kal tak 50k bhej dunga, baaki next week. Thoda time do";
  private static final Instant AT = Instant.parse("2026-11-29T06:00:00Z");

  private MockWebServer openServer;
  private MockWebServer hangingServer;
  private DeepSeekLanguageModel openModel;
  private int requestsWhenOpened;
  private Samvad hanging;
  private Samvad rulesOnly;
  private TenantSession hangingSession;
  private TenantSession rulesSession;
  private long next;

  private static DeepSeekConfig config(MockWebServer server) {
    return DeepSeekConfig.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("sk-bench")
        .model("bench-model")
        .maxRetries(0)
        .build();
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    openServer = new MockWebServer();
    openServer.enqueue(
        new MockResponse().setResponseCode(503).setBody("{\"error\":{\"message\":\"down\"}}"));
    openServer.start();
    openModel =
        DeepSeekLanguageModel.builder(config(openServer))
            .circuitBreaker(1, Duration.ofDays(1))
            .build();
    LlmOutcome<ReplyReading> first = openModel.run(task(-1), Duration.ofSeconds(5));
    if (!openModel.circuitOpen()) {
      throw new IllegalStateException("breaker did not open: " + first);
    }
    requestsWhenOpened = openServer.getRequestCount();

    hangingServer = new MockWebServer();
    hangingServer.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
          }
        });
    hangingServer.start();
    DeepSeekLanguageModel hangingModel =
        DeepSeekLanguageModel.builder(config(hangingServer))
            .circuitBreaker(Integer.MAX_VALUE, Duration.ofSeconds(1))
            .build();
    hanging =
        Samvad.builder()
            .languageModel(hangingModel)
            .languageModelDeadline(Duration.ofMillis(DEADLINE_MS))
            .build();
    rulesOnly = Samvad.builder().build();
    hangingSession = hanging.tenant(TENANT);
    rulesSession = rulesOnly.tenant(TENANT);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    int during = openServer.getRequestCount() - requestsWhenOpened;
    hanging.close();
    rulesOnly.close();
    openServer.shutdown();
    hangingServer.shutdown();
    if (during != 0) {
      throw new IllegalStateException(during + " network calls with the breaker open");
    }
    System.out.println("\nnetwork calls with the breaker open: " + during);
  }

  private static ReadReply task(long n) {
    return new ReadReply(TENANT, REPLY + " #" + n, LocalDate.of(2026, 11, 29), Optional.empty());
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public LlmOutcome<ReplyReading> breakerOpen() {
    return openModel.run(task(next++), Duration.ofMillis(DEADLINE_MS));
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public HybridResult<ReplyAnalysis> hybridApiHanging() {
    // A new text each call: an identical call still in flight would be joined, not waited out.
    HybridResult<ReplyAnalysis> r =
        hangingSession.readReply(ReplyText.of(REPLY + " #" + next++, AT));
    if (r.path() != HybridResult.Path.RULES) {
      throw new IllegalStateException("a hanging API answered: " + r.path());
    }
    return r;
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public HybridResult<ReplyAnalysis> hybridRulesOnly() {
    return rulesSession.readReply(ReplyText.of(REPLY + " #" + next++, AT));
  }
}
