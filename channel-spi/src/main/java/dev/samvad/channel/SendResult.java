package dev.samvad.channel;

import dev.samvad.api.InvalidInputException;
import java.time.Duration;

/**
 * What a {@link Channel} answers to a send: accepted, failed for now, or failed for good. Failures
 * are values, not exceptions, so the runtime can decide to retry or fall back without catching.
 */
public sealed interface SendResult {

  /** Whether the provider took the message. */
  default boolean accepted() {
    return this instanceof Accepted;
  }

  /**
   * The provider took the message; receipts for it will name {@code providerMessageId}.
   *
   * @param providerMessageId the provider's id for the message, 1 to 256 characters
   */
  record Accepted(String providerMessageId) implements SendResult {
    /** Validates; throws {@link InvalidInputException} naming {@code providerMessageId}. */
    public Accepted {
      Texts.required(providerMessageId, "providerMessageId", 256);
    }
  }

  /**
   * The message was not sent, and trying again later may work (rate limit, provider outage). The
   * caller retries no sooner than {@code retryAfter}, with a new idempotency key for the new
   * attempt.
   *
   * @param retryAfter the least wait before another attempt; zero or positive
   * @param reason what went wrong, for people
   */
  record TransientFailure(Duration retryAfter, String reason) implements SendResult {
    /** Validates; throws {@link InvalidInputException} naming the offending field. */
    public TransientFailure {
      InvalidInputException.require(retryAfter, "retryAfter");
      if (retryAfter.isNegative()) {
        throw new InvalidInputException("retryAfter", "must not be negative");
      }
      reason = Texts.bounded(reason, "reason", 2_000);
    }
  }

  /**
   * The message was not sent, and sending it again on this channel will not work (invalid number,
   * opted out, content the channel cannot carry). The caller falls back to another channel.
   *
   * @param reason what went wrong, for people
   */
  record PermanentFailure(String reason) implements SendResult {
    /** Validates; throws {@link InvalidInputException} naming {@code reason}. */
    public PermanentFailure {
      reason = Texts.bounded(reason, "reason", 2_000);
    }
  }
}
