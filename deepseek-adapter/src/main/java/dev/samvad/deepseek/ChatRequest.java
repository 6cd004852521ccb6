package dev.samvad.deepseek;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What to ask: the messages and how to answer. The model id is not here; it is configuration
 * ({@link DeepSeekConfig#model()}).
 *
 * @param messages fixed instructions first, task input last
 * @param jsonMode ask for a JSON object ({@code response_format: json_object}); the prompt must
 *     contain the word "json"
 * @param thinking switch the model's reasoning mode on or off
 * @param stream receive the answer as server-sent events
 * @param maxTokens cap on output tokens, if any
 */
public record ChatRequest(
    List<ChatMessage> messages,
    boolean jsonMode,
    boolean thinking,
    boolean stream,
    OptionalInt maxTokens) {

  public ChatRequest {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("messages: at least one message is required");
    }
    Objects.requireNonNull(maxTokens, "maxTokens");
    if (maxTokens.isPresent() && maxTokens.getAsInt() <= 0) {
      throw new IllegalArgumentException("maxTokens: must be positive, was " + maxTokens);
    }
  }

  /** A plain, non-streaming, non-thinking, free-text request. */
  public static ChatRequest of(ChatMessage... messages) {
    return new ChatRequest(List.of(messages), false, false, false, OptionalInt.empty());
  }

  /** This request in JSON mode. */
  public ChatRequest withJsonMode(boolean on) {
    return new ChatRequest(messages, on, thinking, stream, maxTokens);
  }

  /** This request with thinking switched on or off. */
  public ChatRequest withThinking(boolean on) {
    return new ChatRequest(messages, jsonMode, on, stream, maxTokens);
  }

  /** This request streamed or not. */
  public ChatRequest withStream(boolean on) {
    return new ChatRequest(messages, jsonMode, thinking, on, maxTokens);
  }

  /** This request with an output token cap. */
  public ChatRequest withMaxTokens(int cap) {
    return new ChatRequest(messages, jsonMode, thinking, stream, OptionalInt.of(cap));
  }
}
