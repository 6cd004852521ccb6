package dev.samvad.deepseek;

import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * How to reach an OpenAI-compatible chat completions service. The model id has no default: it is
 * always configuration, because the service renames and retires ids. The API key is never printed
 * ({@link #toString()} redacts it).
 */
public final class DeepSeekConfig {

  /** The base URL used when none is configured; see {@code docs/llm.md}. */
  public static final String DEFAULT_BASE_URL = "https://api.deepseek.com";

  private final HttpUrl baseUrl;
  private final String apiKey;
  private final String model;
  private final Duration callTimeout;
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private DeepSeekConfig(Builder b) {
    String url = b.baseUrl == null ? DEFAULT_BASE_URL : b.baseUrl;
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl: not an http(s) URL: " + url);
    }
    this.baseUrl = parsed;
    if (b.apiKey == null || b.apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey: required");
    }
    this.apiKey = b.apiKey;
    if (b.model == null || b.model.isBlank()) {
      throw new IllegalArgumentException("model: required (a model id such as the service lists)");
    }
    this.model = b.model;
    this.callTimeout = positive("callTimeout", b.callTimeout);
    if (b.maxRetries < 0 || b.maxRetries > 2) {
      throw new IllegalArgumentException("maxRetries: must be 0..2, was " + b.maxRetries);
    }
    this.maxRetries = b.maxRetries;
    this.initialBackoff = positive("initialBackoff", b.initialBackoff);
    this.maxBackoff = positive("maxBackoff", b.maxBackoff);
  }

  private static Duration positive(String field, Duration d) {
    Objects.requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(field + ": must be positive, was " + d);
    }
    return d;
  }

  /** A builder; {@code apiKey} and {@code model} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The service root; {@code /chat/completions} is resolved against it. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The bearer token. Never log it. */
  public String apiKey() {
    return apiKey;
  }

  /** The model id sent with every request. */
  public String model() {
    return model;
  }

  /** The default total deadline for one {@code complete} call, retries and waits included. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** Retries after the first attempt (0..2). */
  public int maxRetries() {
    return maxRetries;
  }

  /** The first backoff; each retry doubles it, with jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff the client waits on its own account. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  @Override
  public String toString() {
    return "DeepSeekConfig[baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKey=***, callTimeout="
        + callTimeout
        + ", maxRetries="
        + maxRetries
        + "]";
  }

  /** Builds a {@link DeepSeekConfig}. */
  public static final class Builder {
    private @Nullable String baseUrl;
    private @Nullable String apiKey;
    private @Nullable String model;
    private Duration callTimeout = Duration.ofSeconds(20);
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(250);
    private Duration maxBackoff = Duration.ofSeconds(4);

    private Builder() {}

    /** Any OpenAI-compatible server; defaults to {@link #DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** The bearer token (required). */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /** The model id (required). */
    public Builder model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /** Default total deadline per call (20 s unless set). */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    /** Retries after the first attempt, 0..2 (2 unless set). */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** First backoff (250 ms unless set). */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /** Backoff cap (4 s unless set). */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /** Validates and builds. */
    public DeepSeekConfig build() {
      return new DeepSeekConfig(this);
    }
  }
}
