package dev.samvad.deepseek.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.spi.LlmOutcome.FailureKind;
import dev.samvad.api.spi.LlmUsage;
import java.io.IOException;
import okio.BufferedSource;

/**
 * Reads a chat completion event stream: skips comments ({@code : keep-alive}) and blank or empty
 * {@code data:} lines, concatenates content deltas (reasoning deltas are skipped unread), keeps the
 * last finish reason and usage, and stops at {@code [DONE]}. A stream that ends before {@code
 * [DONE]} is a retryable failure; an {@code error} object inside the stream is surfaced.
 */
public final class SseReader {
  private final ObjectMapper json;

  public SseReader(ObjectMapper json) {
    this.json = json;
  }

  /** Reads the whole stream; I/O errors propagate to the caller, which classifies them. */
  public Attempt read(BufferedSource source) throws IOException {
    StringBuilder content = new StringBuilder();
    String finishReason = "";
    LlmUsage usage = LlmUsage.NONE;
    String line;
    while ((line = source.readUtf8Line()) != null) {
      if (line.isEmpty() || line.startsWith(":") || !line.startsWith("data:")) {
        continue; // event boundary, comment/keep-alive, or a field we do not use (event:, id:)
      }
      String data = line.substring("data:".length()).trim();
      if (data.isEmpty()) {
        continue;
      }
      if (data.equals("[DONE]")) {
        return Attempt.judge(content.toString(), finishReason, usage);
      }
      Wire.Completion chunk;
      try {
        chunk = json.readValue(data, Wire.Completion.class);
      } catch (JsonProcessingException e) {
        return Attempt.Failure.retryable(FailureKind.UNAVAILABLE, "malformed stream chunk");
      }
      if (chunk.error() != null) {
        return Attempt.Failure.retryable(
            FailureKind.UNAVAILABLE, "error inside stream: " + chunk.error().describe());
      }
      if (chunk.usage() != null) {
        usage = chunk.usage().toLlmUsage();
      }
      if (chunk.choices() != null) {
        for (Wire.Choice choice : chunk.choices()) {
          if (choice.delta() != null && choice.delta().content() != null) {
            content.append(choice.delta().content());
          }
          if (choice.finishReason() != null) {
            finishReason = choice.finishReason();
          }
        }
      }
    }
    return Attempt.Failure.retryable(FailureKind.UNAVAILABLE, "stream ended before [DONE]");
  }
}
