package dev.samvad.examples.story;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.channel.MessageContent;
import dev.samvad.culture.MessageIntent;
import java.time.Instant;

/**
 * One message Samvad sent during the story, as its execution record describes it.
 *
 * @param at when the channel accepted it
 * @param customer to whom
 * @param channel on which channel
 * @param executionId its execution, also in the outbox line
 * @param intent what it was for
 * @param language the template language it was rendered in
 * @param baseline true when it was the plain hold-out baseline
 * @param invoices how many invoices it spoke about
 * @param content the rendered words
 */
public record SentMessage(
    Instant at,
    CustomerId customer,
    ChannelKind channel,
    ExecutionId executionId,
    MessageIntent intent,
    String language,
    boolean baseline,
    int invoices,
    MessageContent content) {

  /** True when the message asks for money (a reminder, a notice, a promise follow-up). */
  public boolean asksForMoney() {
    return intent.asksForMoney();
  }
}
