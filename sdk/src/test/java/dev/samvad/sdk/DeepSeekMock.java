package dev.samvad.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.spi.LanguageModel;
import dev.samvad.deepseek.DeepSeekConfig;
import dev.samvad.deepseek.DeepSeekLanguageModel;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** The real DeepSeek adapter pointed at a MockWebServer, and answers in its wire format. */
final class DeepSeekMock {
  private DeepSeekMock() {}

  /** The adapter against {@code server}, with no retries. */
  static LanguageModel model(MockWebServer server) {
    return builder(server).build();
  }

  /** A builder of the adapter against {@code server}, with no retries, for more settings. */
  static DeepSeekLanguageModel.Builder builder(MockWebServer server) {
    return DeepSeekLanguageModel.builder(
        DeepSeekConfig.builder()
            .baseUrl(server.url("/").toString())
            .apiKey("sk-test")
            .model("deepseek-v4-flash")
            .maxRetries(0)
            .build());
  }

  /** A chat completion whose message is {@code content}. */
  static MockResponse answer(String content) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("object", "chat.completion");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    root.putObject("usage").put("prompt_tokens", 800).put("completion_tokens", 160);
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody(root.toString());
  }
}
