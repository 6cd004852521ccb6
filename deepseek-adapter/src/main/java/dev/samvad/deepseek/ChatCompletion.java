package dev.samvad.deepseek;

import dev.samvad.api.spi.LlmUsage;

/**
 * A usable answer. Reasoning text ({@code reasoning_content}) is never kept; only its token count
 * survives, in {@link LlmUsage#reasoningTokens()}.
 *
 * @param content the answer text, not blank
 * @param finishReason why generation stopped, as the service said ({@code stop} for a usable one)
 * @param usage tokens consumed
 * @param attempts how many HTTP calls it took (1 when no retry was needed)
 */
public record ChatCompletion(String content, String finishReason, LlmUsage usage, int attempts) {

  /** Never prints the content. */
  @Override
  public String toString() {
    return "ChatCompletion["
        + content.length()
        + " chars, finish="
        + finishReason
        + ", "
        + usage
        + ", attempts="
        + attempts
        + "]";
  }
}
