package dev.samvad.deepseek;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmOutcome.FailureKind;
import dev.samvad.api.spi.LlmUsage;
import dev.samvad.deepseek.internal.Attempt;
import dev.samvad.deepseek.internal.RetryPolicy;
import dev.samvad.deepseek.internal.SseReader;
import dev.samvad.deepseek.internal.Wire;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for OpenAI-compatible chat completions.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>{@link #complete} never throws for service or network trouble; every failure is an {@link
 *       LlmOutcome.Failed} value.
 *   <li>One call, retries and backoff included, stays within its deadline. The deadline is a total
 *       call timeout, not a read timeout: the service sends blank lines or {@code : keep-alive}
 *       comments while a request waits, so a read timeout would never fire.
 *   <li>429, 500, 502, 503, 504, I/O errors, a stream cut before {@code [DONE]}, an error inside a
 *       stream, blank output and truncated output ({@code finish_reason: length}) are retried, at
 *       most {@link DeepSeekConfig#maxRetries()} times, with exponential backoff and jitter, or
 *       after the server's {@code Retry-After} when it sends one. 400, 401, 402 and 422 are never
 *       retried.
 *   <li>The API key is never logged; {@code reasoning_content} is never parsed into memory, stored
 *       or logged; answer text is never logged.
 * </ul>
 *
 * <p>Thread-safe; share one instance.
 */
public final class DeepSeekClient {
  private static final Logger LOG = LoggerFactory.getLogger(DeepSeekClient.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final DeepSeekConfig config;
  private final OkHttpClient http;
  private final Sleeper sleeper;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final ObjectMapper json;
  private final SseReader sseReader;

  private DeepSeekClient(Builder b) {
    this.config = b.config;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.retryPolicy = new RetryPolicy(config.initialBackoff(), config.maxBackoff(), b.random);
    OkHttpClient base = b.okHttpClient == null ? new OkHttpClient() : b.okHttpClient;
    // No read timeout: keep-alive bytes keep it from firing. The per-call deadline governs.
    this.http = base.newBuilder().readTimeout(Duration.ZERO).build();
    this.json =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    this.sseReader = new SseReader(json);
  }

  /** A client with the real clock, sleeper and a fresh OkHttp client. */
  public static DeepSeekClient create(DeepSeekConfig config) {
    return builder(config).build();
  }

  /** A builder for tests and hosts that share an {@link OkHttpClient}. */
  public static Builder builder(DeepSeekConfig config) {
    return new Builder(config);
  }

  /** The configuration (its {@code toString} redacts the key). */
  public DeepSeekConfig config() {
    return config;
  }

  /** Runs {@code request} within the configured {@link DeepSeekConfig#callTimeout()}. */
  public LlmOutcome<ChatCompletion> complete(ChatRequest request) {
    return complete(request, config.callTimeout());
  }

  /** Runs {@code request}, giving up after {@code deadline} in total (retries included). */
  public LlmOutcome<ChatCompletion> complete(ChatRequest request, Duration deadline) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(deadline, "deadline");
    Instant giveUpAt = clock.instant().plus(deadline);
    Request httpRequest = httpRequest(request);
    Attempt.Failure last = null;
    int attempts = 0;
    for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
      if (attempt > 0) {
        int retryNumber = attempt;
        Duration wait = last.retryAfter().orElseGet(() -> retryPolicy.backoff(retryNumber));
        Duration left = Duration.between(clock.instant(), giveUpAt);
        if (wait.compareTo(left) >= 0) {
          LOG.debug("not retrying: wait {} exceeds the {} left before the deadline", wait, left);
          break;
        }
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new LlmOutcome.Failed<>(FailureKind.TIMEOUT, "interrupted while backing off");
        }
      }
      Duration left = Duration.between(clock.instant(), giveUpAt);
      if (left.isNegative() || left.isZero()) {
        return new LlmOutcome.Failed<>(FailureKind.TIMEOUT, "deadline passed");
      }
      attempts++;
      Attempt result = attempt(httpRequest, request.stream(), left);
      if (result instanceof Attempt.Success s) {
        return new LlmOutcome.Answered<>(
            new ChatCompletion(s.content(), s.finishReason(), s.usage(), attempts),
            s.usage(),
            false);
      }
      last = (Attempt.Failure) result;
      LOG.debug(
          "attempt {} of {} failed: {} ({})",
          attempts,
          config.maxRetries() + 1,
          last.kind(),
          last.detail());
      if (!last.retryable()) {
        break;
      }
    }
    return new LlmOutcome.Failed<>(
        last.kind(), last.detail() + " after " + attempts + " attempt(s)");
  }

  private Attempt attempt(Request httpRequest, boolean stream, Duration left) {
    Call call = http.newCall(httpRequest);
    call.timeout().timeout(left.toNanos(), TimeUnit.NANOSECONDS);
    try (Response response = call.execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        return httpFailure(response.code(), body.string(), response.header("Retry-After"));
      }
      if (stream) {
        return sseReader.read(body.source());
      }
      return parseWhole(body.string());
    } catch (InterruptedIOException e) {
      if (e instanceof SocketTimeoutException) {
        return Attempt.Failure.retryable(FailureKind.UNAVAILABLE, "socket timeout");
      }
      return Attempt.Failure.permanent(FailureKind.TIMEOUT, "deadline of " + left + " passed");
    } catch (IOException e) {
      return Attempt.Failure.retryable(
          FailureKind.UNAVAILABLE, "I/O error: " + e.getClass().getSimpleName());
    }
  }

  private Attempt parseWhole(String body) {
    if (body.isBlank()) {
      return Attempt.Failure.retryable(FailureKind.UNAVAILABLE, "blank response body");
    }
    Wire.Completion completion;
    try {
      completion = json.readValue(body, Wire.Completion.class);
    } catch (JsonProcessingException e) {
      return Attempt.Failure.retryable(FailureKind.UNAVAILABLE, "malformed response body");
    }
    if (completion.error() != null) {
      return Attempt.Failure.retryable(
          FailureKind.UNAVAILABLE, "error in response: " + completion.error().describe());
    }
    if (completion.choices() == null || completion.choices().isEmpty()) {
      return Attempt.Failure.retryable(FailureKind.INVALID_OUTPUT, "no choices in response");
    }
    Wire.Choice choice = completion.choices().get(0);
    String content =
        choice.message() == null || choice.message().content() == null
            ? ""
            : choice.message().content();
    String finish = choice.finishReason() == null ? "" : choice.finishReason();
    var usage = completion.usage() == null ? LlmUsage.NONE : completion.usage().toLlmUsage();
    return Attempt.judge(content, finish, usage);
  }

  private Attempt httpFailure(int code, String body, @Nullable String retryAfterHeader) {
    String detail = "HTTP " + code + errorDescription(body);
    return switch (code) {
      case 401 -> Attempt.Failure.permanent(FailureKind.DISABLED, detail + " (bad API key)");
      case 402 -> Attempt.Failure.permanent(FailureKind.DISABLED, detail + " (no balance)");
      case 429 ->
          new Attempt.Failure(
              FailureKind.RATE_LIMITED,
              detail,
              true,
              RetryPolicy.parseRetryAfter(retryAfterHeader, clock));
      case 500, 502, 503, 504 ->
          new Attempt.Failure(
              FailureKind.UNAVAILABLE,
              detail,
              true,
              RetryPolicy.parseRetryAfter(retryAfterHeader, clock));
      default -> Attempt.Failure.permanent(FailureKind.UNAVAILABLE, detail + " (request rejected)");
    };
  }

  private String errorDescription(String body) {
    try {
      Wire.ErrorEnvelope envelope = json.readValue(body, Wire.ErrorEnvelope.class);
      return envelope != null && envelope.error() != null ? " " + envelope.error().describe() : "";
    } catch (JsonProcessingException e) {
      return "";
    }
  }

  private Request httpRequest(ChatRequest request) {
    ObjectNode root = json.createObjectNode();
    root.put("model", config.model());
    ArrayNode messages = root.putArray("messages");
    for (ChatMessage m : request.messages()) {
      messages.addObject().put("role", m.role().wireName()).put("content", m.content());
    }
    root.putObject("thinking").put("type", request.thinking() ? "enabled" : "disabled");
    if (request.jsonMode()) {
      root.putObject("response_format").put("type", "json_object");
    }
    request.maxTokens().ifPresent(cap -> root.put("max_tokens", cap));
    root.put("stream", request.stream());
    if (request.stream()) {
      root.putObject("stream_options").put("include_usage", true);
    }
    String body;
    try {
      body = json.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a request tree", e);
    }
    return new Request.Builder()
        .url(config.baseUrl().newBuilder().addPathSegments("chat/completions").build())
        .header("Authorization", "Bearer " + config.apiKey())
        .header("Accept", request.stream() ? "text/event-stream" : "application/json")
        .post(RequestBody.create(body, JSON))
        .build();
  }

  /** Builds a {@link DeepSeekClient}. */
  public static final class Builder {
    private final DeepSeekConfig config;
    private @Nullable OkHttpClient okHttpClient;
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = RandomGenerator.getDefault();

    private Builder(DeepSeekConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** Share a host's OkHttp client (connection pool, proxy, TLS settings). */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /** How to wait between retries. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The clock for deadlines and {@code Retry-After} dates. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The jitter source. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Builds the client. */
    public DeepSeekClient build() {
      return new DeepSeekClient(this);
    }
  }
}
