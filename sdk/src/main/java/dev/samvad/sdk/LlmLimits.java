package dev.samvad.sdk;

import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How much one tenant may use the language model, whatever {@link dev.samvad.api.spi.LanguageModel}
 * the host plugs in: limits on model calls and on tokens (prompt plus completion, as the model
 * reports them in {@link dev.samvad.api.spi.LlmUsage}), each a token bucket exactly like {@link
 * ApiLimits}' — {@code n} per {@code per}, refilled evenly.
 *
 * <pre>{@code
 * Samvad.builder()
 *     .languageModel(model)
 *     .llmLimits(LlmLimits.unlimited()
 *         .calls(5, Duration.ofSeconds(1))           // bursts of 5 model calls, 5 a second
 *         .tokens(2_000_000, Duration.ofDays(1)))    // and 2,000,000 tokens a (rolling) day
 *     .build();
 * }</pre>
 *
 * Samvad checks them before it asks the model: a call over a limit is not made, and the rules
 * answer with fallback {@link HybridResult.Reason#BUDGET_EXHAUSTED} and {@link
 * HybridResult#retryAfter()}, the time until a call would pass. A model is optional, so a spent
 * quota never fails a request. Every call made counts, whatever its outcome; a call's tokens are
 * counted when it answers and may overdraw a token limit, which then refuses until it has refilled.
 *
 * @param calls limits on model calls
 * @param tokens limits on tokens ({@link ApiLimits.Limit#calls()} is the number of tokens)
 */
public record LlmLimits(List<ApiLimits.Limit> calls, List<ApiLimits.Limit> tokens) {

  /** Copies the lists. */
  public LlmLimits {
    calls = copy(calls, "calls");
    tokens = copy(tokens, "tokens");
  }

  private static List<ApiLimits.Limit> copy(List<ApiLimits.Limit> limits, String field) {
    InvalidInputException.require(limits, field);
    for (ApiLimits.Limit limit : limits) {
      InvalidInputException.require(limit, field + "[]");
    }
    return List.copyOf(limits);
  }

  /** No limit at all: the default. */
  public static LlmLimits unlimited() {
    return new LlmLimits(List.of(), List.of());
  }

  /**
   * These limits and one more: at most {@code calls} model calls per {@code per}.
   *
   * @throws InvalidInputException naming {@code calls} or {@code per} when out of range
   */
  public LlmLimits calls(long calls, Duration per) {
    List<ApiLimits.Limit> more = new ArrayList<>(this.calls);
    more.add(new ApiLimits.Limit(calls, per));
    return new LlmLimits(more, tokens);
  }

  /**
   * These limits and one more: at most {@code tokens} tokens per {@code per}.
   *
   * @throws InvalidInputException naming {@code calls} (the token count) or {@code per} when out of
   *     range
   */
  public LlmLimits tokens(long tokens, Duration per) {
    List<ApiLimits.Limit> more = new ArrayList<>(this.tokens);
    more.add(new ApiLimits.Limit(tokens, per));
    return new LlmLimits(calls, more);
  }
}
