package dev.samvad.channel;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.time.Instant;

/**
 * A message a customer sent back through a channel: a reply e-mail, an SMS, a WhatsApp message.
 * Samvad reads its text to find intents such as a promise to pay or a dispute.
 *
 * @param channel the channel it came through
 * @param from the sender's address (e-mail or phone)
 * @param text what the customer wrote, 0 to 100,000 characters (empty for, say, a media-only
 *     message)
 * @param receivedAt when the provider received it
 * @param providerMessageId the provider's id for it, used to drop duplicates
 */
public record InboundMessage(
    ChannelKind channel,
    Recipient from,
    String text,
    Instant receivedAt,
    String providerMessageId) {
  /** Validates; throws {@link InvalidInputException} naming the offending field. */
  public InboundMessage {
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(from, "from");
    text = Texts.bounded(text, "text", 100_000);
    InvalidInputException.require(receivedAt, "receivedAt");
    Texts.required(providerMessageId, "providerMessageId", 256);
  }
}
