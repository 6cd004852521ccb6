package dev.samvad.api.spi;

/**
 * Tokens one call consumed, as the service reported them.
 *
 * @param promptTokens input tokens, cache hits included
 * @param cacheHitTokens input tokens served from the service's prefix cache
 * @param completionTokens output tokens, reasoning included
 * @param reasoningTokens output tokens spent on hidden reasoning
 */
public record LlmUsage(
    long promptTokens, long cacheHitTokens, long completionTokens, long reasoningTokens) {
  /** No usage (a cached or failed call). */
  public static final LlmUsage NONE = new LlmUsage(0, 0, 0, 0);
}
