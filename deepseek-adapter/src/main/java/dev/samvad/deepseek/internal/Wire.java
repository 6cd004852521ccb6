package dev.samvad.deepseek.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.samvad.api.spi.LlmUsage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The response side of the wire format, as DTOs that name only the fields we keep. Anything else,
 * {@code reasoning_content} in particular, is skipped by the parser and never materialised.
 */
public final class Wire {
  private Wire() {}

  /** A whole response ({@code chat.completion}) or one stream chunk ({@code .chunk}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Completion(
      @Nullable List<Choice> choices, @Nullable Usage usage, @Nullable ErrorBody error) {}

  /** One choice; {@code message} in a whole response, {@code delta} in a chunk. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choice(
      @Nullable Message message,
      @Nullable Message delta,
      @JsonProperty("finish_reason") @Nullable String finishReason) {}

  /** The answer text; reasoning text is deliberately absent. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Message(@Nullable String content) {}

  /** Token usage. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Usage(
      @JsonProperty("prompt_tokens") long promptTokens,
      @JsonProperty("completion_tokens") long completionTokens,
      @JsonProperty("prompt_cache_hit_tokens") long promptCacheHitTokens,
      @JsonProperty("prompt_tokens_details") @Nullable PromptDetails promptDetails,
      @JsonProperty("completion_tokens_details") @Nullable CompletionDetails completionDetails) {

    /** Into the SPI's usage value. */
    public LlmUsage toLlmUsage() {
      long cacheHit = promptCacheHitTokens;
      if (cacheHit == 0 && promptDetails != null) {
        cacheHit = promptDetails.cachedTokens();
      }
      long reasoning = completionDetails == null ? 0 : completionDetails.reasoningTokens();
      return new LlmUsage(promptTokens, cacheHit, completionTokens, reasoning);
    }
  }

  /** OpenAI-style prompt details. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PromptDetails(@JsonProperty("cached_tokens") long cachedTokens) {}

  /** Completion details. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CompletionDetails(@JsonProperty("reasoning_tokens") long reasoningTokens) {}

  /** An {@code error} object, in an error response or inside a 200 stream. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ErrorBody(@Nullable String message, @Nullable String type, @Nullable Object code) {

    /** A short, loggable description (the service's message, capped). */
    public String describe() {
      String m = message == null ? "" : message;
      if (m.length() > 200) {
        m = m.substring(0, 200) + "…";
      }
      return (type == null ? "error" : type) + ": " + m;
    }
  }

  /** Just the error of an error response. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ErrorEnvelope(@Nullable ErrorBody error) {}
}
