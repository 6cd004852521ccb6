package dev.samvad.deepseek;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.EventSink;
import dev.samvad.api.spi.LanguageModel;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmOutcome.FailureKind;
import dev.samvad.api.spi.LlmTask;
import dev.samvad.api.spi.LlmUsage;
import dev.samvad.api.spi.SamvadEvent;
import dev.samvad.deepseek.internal.CircuitBreaker;
import dev.samvad.deepseek.internal.JsonOutput;
import dev.samvad.deepseek.internal.PreparedTask;
import dev.samvad.deepseek.internal.TaskPrompts;
import dev.samvad.deepseek.internal.TenantBook;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LanguageModel} SPI over DeepSeek (or any OpenAI-compatible chat completions service):
 * typed tasks with versioned prompts, strict output validation, and the resilience a caller on a
 * deadline needs.
 *
 * <pre>{@code
 * LanguageModel llm = DeepSeekLanguageModel.builder(config)
 *     .eventSink(events)                                   // llm.disabled, llm.budget_exhausted
 *     .prices(new PriceTable(Currency.getInstance("USD"), hit, miss, out))
 *     .defaultCaps(TenantCaps.tokens(2_000_000))
 *     .build();
 * Samvad samvad = Samvad.builder().languageModel(llm).build();
 * }</pre>
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>{@link #run} never throws and returns within its deadline (plus scheduling slack): every
 *       failure is an {@link LlmOutcome.Failed} value.
 *   <li>Tasks: {@link dev.samvad.api.llm.ReadReply}, {@link dev.samvad.api.llm.DraftMessage},
 *       {@link dev.samvad.api.llm.ExplainAnalysis}. Each has a versioned prompt; fixed instructions
 *       go first and the untrusted text last, NFKC-normalised, capped and fenced between random
 *       nonce delimiters. JSON mode is always on; {@code json_schema} and tools are never sent.
 *   <li>Output is parsed strictly into the task's result record (closed enums, no unknown or
 *       missing fields); at most one repair (cutting the object out of a fence or prose) gives
 *       {@code Answered(repaired = true)}; anything else is {@code INVALID_OUTPUT}. A reading must
 *       quote words that are in the reply; a draft must state the exact amount, invoice number and
 *       due date and add no link, phone number or amount.
 *   <li>Circuit breaker: after {@code failureThreshold} service failures in a row (timeouts, 5xx,
 *       rate limits, I/O) calls fail with {@code CIRCUIT_OPEN} for {@code openFor}, making no
 *       network call; then one trial call decides. A bulkhead caps calls in flight ({@code
 *       UNAVAILABLE} beyond it, at once).
 *   <li>Cache: answers are kept per tenant, task kind, prompt version and normalised input;
 *       identical concurrent calls share one request; failures are never kept. A cached answer
 *       reports {@link LlmUsage#NONE}.
 *   <li>Per tenant: tokens and cost per day under the {@link PriceTable} and {@link TenantCaps}
 *       ({@code BUDGET_EXHAUSTED} once spent); HTTP 401 or 402 switches the model off for the
 *       tenant ({@code DISABLED} from then on, until {@link #enable}) and publishes a {@code
 *       llm.disabled} event.
 *   <li>The API key, prompts, answers and {@code reasoning_content} are never logged or stored.
 * </ul>
 *
 * <p>Thread-safe; build one per process and share it.
 */
public final class DeepSeekLanguageModel implements LanguageModel {
  private static final Logger LOG = LoggerFactory.getLogger(DeepSeekLanguageModel.class);
  private static final Pattern HTTP_STATUS = Pattern.compile("HTTP (\\d{3})");
  private static final String CIRCUIT_OPEN_DETAIL =
      "circuit open after repeated service failures; no call made";

  /** Event type published when 401 or 402 switches the model off for a tenant. */
  public static final String EVENT_DISABLED = "llm.disabled";

  /** Event type published the first time in a day that a tenant's budget is found spent. */
  public static final String EVENT_BUDGET_EXHAUSTED = "llm.budget_exhausted";

  private final DeepSeekClient client;
  private final Clock clock;
  private final ZoneId budgetZone;
  private final EventSink events;
  private final PriceTable prices;
  private final TenantCaps defaultCaps;
  private final Map<TenantId, TenantCaps> caps;
  private final Map<LlmTask.Kind, Boolean> thinking;
  private final Map<LlmTask.Kind, Integer> maxTokens;
  private final boolean stream;
  private final CircuitBreaker breaker;
  private final Semaphore bulkhead;
  private final int maxConcurrentCalls;
  private final AsyncCache<CacheKey, LlmOutcome<?>> cache;
  private final TaskPrompts prompts;
  private final JsonOutput json = new JsonOutput();
  private final TenantBook book = new TenantBook();

  /** What identifies one answer: never the nonce, always the tenant. */
  private record CacheKey(
      TenantId tenant, LlmTask.Kind kind, String prompt, boolean thinking, String input) {}

  private DeepSeekLanguageModel(Builder b) {
    this.clock = b.clock;
    this.client =
        b.client != null
            ? b.client
            : clientFor(b.config, b.okHttpClient, b.clock, b.sleeper, b.random);
    this.budgetZone = b.budgetZone;
    this.events = b.events;
    this.prices = b.prices;
    this.defaultCaps = b.defaultCaps;
    this.caps = Map.copyOf(b.caps);
    this.thinking = Map.copyOf(b.thinking);
    this.maxTokens = Map.copyOf(b.maxTokens);
    this.stream = b.stream;
    this.breaker = new CircuitBreaker(b.failureThreshold, b.openFor, b.clock);
    this.maxConcurrentCalls = b.maxConcurrentCalls;
    this.bulkhead = new Semaphore(b.maxConcurrentCalls);
    this.cache =
        Caffeine.newBuilder().maximumSize(b.cacheEntries).expireAfterWrite(b.cacheTtl).buildAsync();
    this.prompts = new TaskPrompts(b.nonces, b.maxInputChars);
  }

  private static DeepSeekClient clientFor(
      DeepSeekConfig config,
      @Nullable OkHttpClient http,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random) {
    DeepSeekClient.Builder b =
        DeepSeekClient.builder(config).clock(clock).sleeper(sleeper).random(random);
    if (http != null) {
      b.okHttpClient(http);
    }
    return b.build();
  }

  /** A builder over {@code config}; everything else has a default. */
  public static Builder builder(DeepSeekConfig config) {
    return new Builder(config);
  }

  @Override
  public <R> LlmOutcome<R> run(LlmTask<R> task, Duration deadline) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(deadline, "deadline");
    try {
      return runChecked(task, deadline);
    } catch (IllegalArgumentException e) {
      return failed(
          FailureKind.UNAVAILABLE, "task not supported: " + task.getClass().getSimpleName());
    } catch (RuntimeException e) {
      LOG.warn(
          "language model task {} failed unexpectedly: {}", task.kind(), e.getClass().getName());
      return failed(FailureKind.UNAVAILABLE, "internal error: " + e.getClass().getSimpleName());
    }
  }

  private <R> LlmOutcome<R> runChecked(LlmTask<R> task, Duration deadline) {
    if (deadline.isNegative() || deadline.isZero()) {
      return failed(FailureKind.TIMEOUT, "no time left before the deadline");
    }
    long giveUpAt = System.nanoTime() + deadline.toNanos();
    TenantBook.Account account = book.account(task.tenant());
    Optional<String> off = account.disabledBecause();
    if (off.isPresent()) {
      return failed(FailureKind.DISABLED, "switched off for this tenant: " + off.get());
    }
    PreparedTask<R> prepared = prompts.prepare(task);
    boolean think = thinking(task.kind());
    CacheKey key =
        new CacheKey(
            task.tenant(), task.kind(), prepared.prompt().id(), think, prepared.cacheInput());
    CompletableFuture<LlmOutcome<?>> cached = cache.getIfPresent(key);
    if (cached != null) {
      return follow(cached, task, giveUpAt);
    }
    Optional<LlmOutcome<R>> refused = refuseFast(task.tenant(), account);
    if (refused.isPresent()) {
      return refused.get(); // no entry made, no network call
    }
    CompletableFuture<LlmOutcome<?>> mine = new CompletableFuture<>();
    CompletableFuture<LlmOutcome<?>> shared = cache.asMap().putIfAbsent(key, mine);
    if (shared != null) {
      return follow(shared, task, giveUpAt);
    }
    LlmOutcome<R> outcome = failed(FailureKind.UNAVAILABLE, "internal error");
    try {
      outcome = lead(prepared, task.tenant(), account, think, deadline);
    } finally {
      if (!(outcome instanceof LlmOutcome.Answered<R>)) {
        cache.asMap().remove(key, mine); // before completing: a later caller never sees it
      }
      mine.complete(outcome);
    }
    return outcome;
  }

  /**
   * The refusals that need no network call and no cache entry: a spent budget, an open breaker.
   * (The breaker is only looked at here; {@code lead} takes the permit.)
   */
  private <R> Optional<LlmOutcome<R>> refuseFast(TenantId tenant, TenantBook.Account account) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, budgetZone);
    TenantCaps cap = caps.getOrDefault(tenant, defaultCaps);
    long tokens = account.tokens(today);
    if (tokens >= cap.maxTokensPerDay()
        || account.cost(today).compareTo(cap.maxCostPerDay()) >= 0) {
      if (account.announceExhaustion(today)) {
        publish(
            tenant,
            EVENT_BUDGET_EXHAUSTED,
            Map.of("day", today.toString(), "tokens", Long.toString(tokens)));
      }
      // the budget day resets at the next midnight of the budget zone: the caller's retry time
      Instant resets = today.plusDays(1).atStartOfDay(budgetZone).toInstant();
      return Optional.of(
          new LlmOutcome.Failed<>(
              FailureKind.BUDGET_EXHAUSTED,
              "daily budget of the tenant is spent (" + tokens + " tokens)",
              Optional.of(Duration.between(now, resets))));
    }
    if (!breaker.allowsCallsNow()) {
      return Optional.of(failed(FailureKind.CIRCUIT_OPEN, CIRCUIT_OPEN_DETAIL));
    }
    return Optional.empty();
  }

  /** Waits for an identical call in flight, or takes a cached answer. */
  private <R> LlmOutcome<R> follow(
      CompletableFuture<LlmOutcome<?>> shared, LlmTask<R> task, long giveUpAt) {
    try {
      LlmOutcome<?> o = shared.get(Math.max(0, giveUpAt - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (o instanceof LlmOutcome.Answered<?> a) {
        return new LlmOutcome.Answered<>(
            task.resultType().cast(a.value()), LlmUsage.NONE, a.repaired());
      }
      LlmOutcome.Failed<?> f = (LlmOutcome.Failed<?>) o;
      return new LlmOutcome.Failed<>(f.kind(), f.detail(), f.retryAfter());
    } catch (TimeoutException e) {
      return failed(FailureKind.TIMEOUT, "deadline passed waiting for an identical call in flight");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(FailureKind.TIMEOUT, "interrupted");
    } catch (ExecutionException e) {
      return failed(FailureKind.UNAVAILABLE, "identical call failed");
    }
  }

  /** The one caller that talks to the service for a key. */
  private <R> LlmOutcome<R> lead(
      PreparedTask<R> prepared,
      TenantId tenant,
      TenantBook.Account account,
      boolean think,
      Duration deadline) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), budgetZone);
    if (!breaker.tryAcquire()) {
      return failed(FailureKind.CIRCUIT_OPEN, CIRCUIT_OPEN_DETAIL);
    }
    if (!bulkhead.tryAcquire()) {
      breaker.release();
      return failed(
          FailureKind.UNAVAILABLE, "bulkhead full: " + maxConcurrentCalls + " calls in flight");
    }
    LlmOutcome<ChatCompletion> reply;
    try {
      ChatRequest request =
          ChatRequest.of(
                  ChatMessage.system(prepared.prompt().system()),
                  ChatMessage.user(prepared.user(prompts.nonce())))
              .withJsonMode(true)
              .withThinking(think)
              .withStream(stream)
              .withMaxTokens(maxTokens.get(prepared.kind()));
      reply = client.complete(request, deadline);
    } catch (RuntimeException e) {
      breaker.onFailure();
      throw e;
    } finally {
      bulkhead.release();
    }
    if (reply instanceof LlmOutcome.Failed<ChatCompletion> f) {
      switch (f.kind()) {
        case TIMEOUT, UNAVAILABLE, RATE_LIMITED -> breaker.onFailure();
        default -> breaker.onSuccess();
      }
      if (f.kind() == FailureKind.DISABLED) {
        disable(tenant, account, f.detail());
      }
      return failed(f.kind(), f.detail());
    }
    breaker.onSuccess();
    ChatCompletion completion = ((LlmOutcome.Answered<ChatCompletion>) reply).value();
    account.charge(today, completion.usage(), prices.cost(completion.usage()));
    return validate(prepared, completion);
  }

  private <R> LlmOutcome<R> validate(PreparedTask<R> prepared, ChatCompletion completion) {
    JsonOutput.Parsed<R> parsed = json.parse(completion.content(), prepared.type());
    if (parsed instanceof JsonOutput.Invalid<R> invalid) {
      LOG.debug("{} output invalid: {}", prepared.prompt().id(), invalid.problem());
      return failed(FailureKind.INVALID_OUTPUT, "output did not validate: " + invalid.problem());
    }
    JsonOutput.Value<R> value = (JsonOutput.Value<R>) parsed;
    Optional<String> problem = prepared.check().apply(value.value());
    if (problem.isPresent()) {
      LOG.debug("{} output rejected: {}", prepared.prompt().id(), problem.get());
      return failed(FailureKind.INVALID_OUTPUT, "output rejected: " + problem.get());
    }
    return new LlmOutcome.Answered<>(value.value(), completion.usage(), value.repaired());
  }

  private void disable(TenantId tenant, TenantBook.Account account, String detail) {
    if (account.disable(detail)) {
      Matcher m = HTTP_STATUS.matcher(detail);
      String status = m.find() ? m.group(1) : "unknown";
      LOG.warn("language model switched off for tenant {} after HTTP {}", tenant.value(), status);
      publish(
          tenant,
          EVENT_DISABLED,
          Map.of(
              "status",
              status,
              "reason",
              "402".equals(status) ? "insufficient balance" : "authentication failed"));
    }
  }

  private void publish(TenantId tenant, String type, Map<String, String> attributes) {
    try {
      events.publish(new SamvadEvent(tenant, type, clock.instant(), attributes));
    } catch (RuntimeException e) {
      LOG.warn("event sink failed on {}: {}", type, e.getClass().getName());
    }
  }

  private boolean thinking(LlmTask.Kind kind) {
    return thinking.getOrDefault(kind, false);
  }

  private static <R> LlmOutcome<R> failed(FailureKind kind, String detail) {
    return new LlmOutcome.Failed<>(kind, detail);
  }

  /** What {@code tenant} spent today, and whether the model is switched off for it. */
  public TenantUsage usage(TenantId tenant) {
    return book.account(tenant).totals(LocalDate.ofInstant(clock.instant(), budgetZone));
  }

  /**
   * Switches the model back on for {@code tenant} after a 401 or 402 switched it off (once the key
   * or the balance is fixed).
   */
  public void enable(TenantId tenant) {
    book.account(tenant).enable();
  }

  /** True while the circuit breaker fails calls fast. */
  public boolean circuitOpen() {
    return breaker.state() != CircuitBreaker.State.CLOSED;
  }

  /** The model id calls go to (from the configuration). */
  public String model() {
    return client.config().model();
  }

  @Override
  public String toString() {
    return "DeepSeekLanguageModel[" + client.config() + "]";
  }

  /** Configures a {@link DeepSeekLanguageModel}. Not thread-safe; build, then share the result. */
  public static final class Builder {
    private final DeepSeekConfig config;
    private @Nullable DeepSeekClient client;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = RandomGenerator.getDefault();
    private RandomGenerator nonces = new SecureRandom();
    private ZoneId budgetZone = ZoneId.of("Asia/Kolkata");
    private EventSink events = event -> {};
    private PriceTable prices = PriceTable.FREE;
    private TenantCaps defaultCaps = TenantCaps.UNLIMITED;
    private final Map<TenantId, TenantCaps> caps = new HashMap<>();
    private final Map<LlmTask.Kind, Boolean> thinking = new EnumMap<>(LlmTask.Kind.class);
    private final Map<LlmTask.Kind, Integer> maxTokens = new EnumMap<>(LlmTask.Kind.class);
    private boolean stream;
    private int failureThreshold = 5;
    private Duration openFor = Duration.ofSeconds(30);
    private int maxConcurrentCalls = 8;
    private long cacheEntries = 10_000;
    private Duration cacheTtl = Duration.ofHours(1);
    private int maxInputChars = 4000;

    private Builder(DeepSeekConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      maxTokens.put(LlmTask.Kind.READ_REPLY, 1200);
      maxTokens.put(LlmTask.Kind.DRAFT_MESSAGE, 1200);
      maxTokens.put(LlmTask.Kind.EXPLAIN_ANALYSIS, 800);
    }

    /** A client to use instead of one built from the configuration (tests, shared pools). */
    public Builder client(DeepSeekClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /** The OkHttp client the built {@link DeepSeekClient} derives from (proxy, TLS, pool). */
    public Builder okHttpClient(OkHttpClient http) {
      this.okHttpClient = Objects.requireNonNull(http, "http");
      return this;
    }

    /** The clock of deadlines, the breaker and the budget day. Default: the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How the client waits between retries. Default: {@link Sleeper#system()}. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The jitter source for retry backoff. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The source of delimiter nonces. Default: a {@link SecureRandom}. */
    public Builder nonces(RandomGenerator nonces) {
      this.nonces = Objects.requireNonNull(nonces, "nonces");
      return this;
    }

    /** Where {@code llm.disabled} and {@code llm.budget_exhausted} go. Default: nowhere. */
    public Builder eventSink(EventSink events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /** Prices for cost accounting. Default: {@link PriceTable#FREE} (tokens counted, no cost). */
    public Builder prices(PriceTable prices) {
      this.prices = Objects.requireNonNull(prices, "prices");
      return this;
    }

    /** Caps for every tenant without caps of its own. Default: {@link TenantCaps#UNLIMITED}. */
    public Builder defaultCaps(TenantCaps caps) {
      this.defaultCaps = Objects.requireNonNull(caps, "caps");
      return this;
    }

    /** Caps for one tenant. */
    public Builder caps(TenantId tenant, TenantCaps caps) {
      this.caps.put(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(caps, "caps"));
      return this;
    }

    /**
     * Switches the model's thinking mode on or off for one task kind (default off for all).
     * Reasoning tokens are billed as output and count against the task's {@link #maxTokens}.
     */
    public Builder thinking(LlmTask.Kind kind, boolean on) {
      this.thinking.put(Objects.requireNonNull(kind, "kind"), on);
      return this;
    }

    /** The output token cap of one task kind (defaults: 1200, 1200, 800). */
    public Builder maxTokens(LlmTask.Kind kind, int cap) {
      if (cap < 1) {
        throw new IllegalArgumentException("maxTokens must be positive, was " + cap);
      }
      this.maxTokens.put(Objects.requireNonNull(kind, "kind"), cap);
      return this;
    }

    /** Receive answers as server-sent events. Default: off. */
    public Builder stream(boolean on) {
      this.stream = on;
      return this;
    }

    /**
     * Opens the breaker after {@code failures} service failures in a row, for {@code openFor}.
     * Default: 5 failures, 30 seconds.
     */
    public Builder circuitBreaker(int failures, Duration openFor) {
      if (failures < 1 || openFor.isNegative() || openFor.isZero()) {
        throw new IllegalArgumentException("failures and openFor must be positive");
      }
      this.failureThreshold = failures;
      this.openFor = openFor;
      return this;
    }

    /** The most calls in flight at once; more fail at once. Default: 8. */
    public Builder maxConcurrentCalls(int calls) {
      if (calls < 1) {
        throw new IllegalArgumentException("maxConcurrentCalls must be positive, was " + calls);
      }
      this.maxConcurrentCalls = calls;
      return this;
    }

    /** Cache size and lifetime of answers. Default: 10,000 answers for one hour. */
    public Builder cache(long entries, Duration ttl) {
      if (entries < 0 || ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("cache entries must be >= 0 and ttl positive");
      }
      this.cacheEntries = entries;
      this.cacheTtl = ttl;
      return this;
    }

    /** The cap on untrusted text sent, in UTF-16 units (default 4000, the rule reader's cap). */
    public Builder maxInputChars(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxInputChars must be positive, was " + chars);
      }
      this.maxInputChars = chars;
      return this;
    }

    /** The zone whose calendar day budgets are counted in. Default: {@code Asia/Kolkata}. */
    public Builder budgetZone(ZoneId zone) {
      this.budgetZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** Builds the model. */
    public DeepSeekLanguageModel build() {
      return new DeepSeekLanguageModel(this);
    }
  }
}
