package dev.samvad.deepseek.internal;

import dev.samvad.api.spi.LlmOutcome.FailureKind;
import dev.samvad.api.spi.LlmUsage;
import java.time.Duration;
import java.util.Optional;

/** What one HTTP attempt produced. */
public sealed interface Attempt {

  /** Usable text. */
  record Success(String content, String finishReason, LlmUsage usage) implements Attempt {}

  /**
   * A failed attempt.
   *
   * @param kind what to report if this is the last attempt
   * @param detail loggable; never the key or content
   * @param retryable whether another attempt may help
   * @param retryAfter the server's requested wait, if it sent one
   */
  record Failure(FailureKind kind, String detail, boolean retryable, Optional<Duration> retryAfter)
      implements Attempt {

    /** A failure another attempt may fix. */
    public static Failure retryable(FailureKind kind, String detail) {
      return new Failure(kind, detail, true, Optional.empty());
    }

    /** A failure another attempt will not fix. */
    public static Failure permanent(FailureKind kind, String detail) {
      return new Failure(kind, detail, false, Optional.empty());
    }
  }

  /**
   * Judges a finished answer: blank text or a truncated one is a retryable invalid output, a
   * resource shortage is a retryable unavailability.
   */
  static Attempt judge(String content, String finishReason, LlmUsage usage) {
    if ("length".equals(finishReason)) {
      return Failure.retryable(
          FailureKind.INVALID_OUTPUT, "output truncated (finish_reason length)");
    }
    if ("insufficient_system_resource".equals(finishReason)) {
      return Failure.retryable(
          FailureKind.UNAVAILABLE, "service out of resources (insufficient_system_resource)");
    }
    if (content.isBlank()) {
      return Failure.retryable(FailureKind.INVALID_OUTPUT, "blank output");
    }
    return new Success(content, finishReason, usage);
  }
}
