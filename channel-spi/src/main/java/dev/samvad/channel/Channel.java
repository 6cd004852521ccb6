package dev.samvad.channel;

import dev.samvad.api.InvalidInputException;

/**
 * Hands rendered messages to something that delivers them: an e-mail, SMS, WhatsApp, voice or print
 * provider. The host implements it, or uses {@link OutboxChannel} or {@link TestChannel}.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Idempotency.</b> An idempotency key seen twice must never produce two messages: the
 *       second {@link #send} with a key returns the result of the first, whatever message it is
 *       given, without contacting the provider again. This holds for every result, failures
 *       included, so a retry is a new attempt with a new key (Samvad derives keys from campaign,
 *       step and attempt). Implementations say how long they remember keys.
 *   <li><b>Honest failures.</b> {@link SendResult.TransientFailure} and {@link
 *       SendResult.PermanentFailure} mean the message was not sent. When an implementation cannot
 *       tell (a timeout after the request left), it must find out from the provider, by the key,
 *       before answering.
 *   <li><b>Errors are values.</b> Provider and I/O failures come back as results, not exceptions.
 *       {@link #send} throws only {@link InvalidInputException} for a blank or over-long key.
 *   <li><b>Threads.</b> {@link #send} may be called from several threads at once, also with the
 *       same key; it may block for as long as the provider call takes.
 * </ul>
 */
public interface Channel {

  /** Longest idempotency key accepted, in characters. */
  int MAX_IDEMPOTENCY_KEY_LENGTH = 256;

  /** What this channel can carry; the same value on every call. */
  ChannelCapabilities capabilities();

  /**
   * Sends {@code message} at most once per {@code idempotencyKey}.
   *
   * @param message the rendered message
   * @param idempotencyKey 1 to {@value #MAX_IDEMPOTENCY_KEY_LENGTH} characters, not blank
   * @return accepted with the provider's message id, or why not
   * @throws InvalidInputException naming {@code idempotencyKey} or {@code message} when invalid
   */
  SendResult send(OutboundMessage message, String idempotencyKey);

  /** Checks a key against the contract's limits; returns it. For implementations. */
  static String checkedKey(String idempotencyKey) {
    return Texts.required(idempotencyKey, "idempotencyKey", MAX_IDEMPOTENCY_KEY_LENGTH);
  }
}
