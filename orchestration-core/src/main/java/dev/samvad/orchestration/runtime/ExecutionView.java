package dev.samvad.orchestration.runtime;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.culture.MessageIntent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One outbound message of a campaign as the runtime keeps it: what was rendered, for which step,
 * and its status timeline from queueing through attempts to receipts.
 *
 * @param executionId the execution; the idempotency key of attempt {@code n} is {@code
 *     executionId#n}
 * @param campaignId its campaign
 * @param customerId its customer
 * @param channel the channel
 * @param status where it stands
 * @param stepId the playbook step, or the event that called for it (e.g. {@code payment_thanks})
 * @param intent what the message is for
 * @param invoices the invoices it speaks about
 * @param message the rendered message with its recipient
 * @param templateLanguage the template language used
 * @param baseline true when rendered as the plain hold-out baseline
 * @param attempt the current (or last) attempt, from 1
 * @param providerMessageId the provider's id once accepted
 * @param sentAt when the channel accepted it
 * @param nextAttemptAt when the next attempt is due, while queued
 * @param timeline what happened, oldest first
 * @param createdAt when the engine decided it
 */
public record ExecutionView(
    ExecutionId executionId,
    CampaignId campaignId,
    CustomerId customerId,
    ChannelKind channel,
    ExecutionStatus status,
    String stepId,
    MessageIntent intent,
    List<InvoiceId> invoices,
    OutboundMessage message,
    String templateLanguage,
    boolean baseline,
    int attempt,
    Optional<String> providerMessageId,
    Optional<Instant> sentAt,
    Optional<Instant> nextAttemptAt,
    List<TimelineEntry> timeline,
    Instant createdAt) {

  /** Copies the lists. */
  public ExecutionView {
    invoices = List.copyOf(invoices);
    timeline = List.copyOf(timeline);
  }

  /**
   * One line of an execution's timeline.
   *
   * @param at when
   * @param status the status reached (or kept, for a deferral)
   * @param attempt the attempt it concerns
   * @param detail what happened, in words (a failure reason, a provider's receipt detail)
   */
  public record TimelineEntry(Instant at, ExecutionStatus status, int attempt, String detail) {}
}
