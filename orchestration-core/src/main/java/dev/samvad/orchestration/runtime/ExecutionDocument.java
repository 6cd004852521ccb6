package dev.samvad.orchestration.runtime;

import dev.samvad.api.InvoiceId;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.MessageIntent;
import dev.samvad.orchestration.Arm;
import dev.samvad.orchestration.Command;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON document of one outbox row; the row's status column is the source of truth for the
 * status. Immutable; the {@code with…} methods return changed copies.
 *
 * @param stepId the step or event that called for the message
 * @param intent what it is for
 * @param purpose which contact rules apply
 * @param message the rendered message
 * @param invoices the invoices it speaks about
 * @param templateLanguage the template language used
 * @param baseline rendered as the hold-out baseline
 * @param arm the optimiser's choice, when it chose
 * @param attempt the current attempt, from 1; the idempotency key is {@code executionId#attempt}
 * @param errors unexpected channel errors so far (the attempt is repeated with the same key)
 * @param providerMessageId the provider's id once accepted
 * @param attemptedAt when the current attempt was handed to the channel
 * @param sentAt when the channel accepted it
 * @param nextAttemptAt when the next try is due, while queued
 * @param timeline what happened, oldest first (at most {@value #MAX_TIMELINE} entries)
 */
record ExecutionDocument(
    String stepId,
    MessageIntent intent,
    ContactPurpose purpose,
    OutboundMessage message,
    List<InvoiceId> invoices,
    String templateLanguage,
    boolean baseline,
    Optional<Arm> arm,
    int attempt,
    int errors,
    Optional<String> providerMessageId,
    Optional<Instant> attemptedAt,
    Optional<Instant> sentAt,
    Optional<Instant> nextAttemptAt,
    List<ExecutionView.TimelineEntry> timeline) {

  static final int MAX_TIMELINE = 100;

  ExecutionDocument {
    invoices = List.copyOf(invoices);
    timeline = List.copyOf(timeline);
  }

  static ExecutionDocument queued(Command.Send send, Instant now) {
    return new ExecutionDocument(
        send.stepId(),
        send.intent(),
        send.purpose(),
        send.message(),
        send.invoices(),
        send.templateLanguage(),
        send.baseline(),
        send.arm(),
        1,
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(now),
        List.of(new ExecutionView.TimelineEntry(now, ExecutionStatus.QUEUED, 1, "queued")));
  }

  /** The idempotency key of the current attempt. */
  String idempotencyKey(ExecutionRecord record) {
    return record.id().value() + "#" + attempt;
  }

  /** When this message counts as sent for the frequency caps, if it may have gone at all. */
  Optional<Instant> countedAt() {
    return sentAt.isPresent() ? sentAt : attemptedAt;
  }

  /** This document with a timeline entry for a provider's receipt stamped {@code at}. */
  ExecutionDocument noteAt(Instant at, ExecutionStatus status, String detail) {
    return note(at, status, detail);
  }

  ExecutionDocument note(Instant at, ExecutionStatus status, String detail) {
    ExecutionView.TimelineEntry entry =
        new ExecutionView.TimelineEntry(at, status, attempt, detail);
    if (!timeline.isEmpty()) {
      ExecutionView.TimelineEntry last = timeline.get(timeline.size() - 1);
      if (last.status() == status && last.attempt() == attempt && last.detail().equals(detail)) {
        return this;
      }
    }
    List<ExecutionView.TimelineEntry> more = new ArrayList<>(timeline.size() + 1);
    more.addAll(timeline.subList(Math.max(0, timeline.size() - MAX_TIMELINE + 1), timeline.size()));
    more.add(entry);
    return with(attempt, errors, providerMessageId, attemptedAt, sentAt, nextAttemptAt, more);
  }

  ExecutionDocument attempting(Instant at) {
    return with(
            attempt, errors, providerMessageId, Optional.of(at), sentAt, Optional.empty(), timeline)
        .note(at, ExecutionStatus.SENDING, "attempt " + attempt);
  }

  ExecutionDocument accepted(Instant at, String providerId) {
    return with(
            attempt,
            errors,
            Optional.of(providerId),
            attemptedAt,
            Optional.of(at),
            Optional.empty(),
            timeline)
        .note(at, ExecutionStatus.SENT, "accepted as " + providerId);
  }

  ExecutionDocument retryAt(Instant at, Instant next, String reason) {
    return with(
            attempt + 1,
            errors,
            providerMessageId,
            Optional.empty(),
            sentAt,
            Optional.of(next),
            timeline)
        .note(at, ExecutionStatus.QUEUED, "retry after: " + reason);
  }

  ExecutionDocument erroredAt(Instant at, Instant next, String reason) {
    return with(
            attempt,
            errors + 1,
            providerMessageId,
            attemptedAt,
            sentAt,
            Optional.of(next),
            timeline)
        .note(at, ExecutionStatus.SENDING, "channel error, same attempt again: " + reason);
  }

  ExecutionDocument deferredTo(Instant at, Instant next, ExecutionStatus status, String reason) {
    return with(
            attempt, errors, providerMessageId, attemptedAt, sentAt, Optional.of(next), timeline)
        .note(at, status, reason);
  }

  ExecutionDocument settled(Instant at, ExecutionStatus status, String reason) {
    return with(attempt, errors, providerMessageId, attemptedAt, sentAt, Optional.empty(), timeline)
        .note(at, status, reason);
  }

  private ExecutionDocument with(
      int newAttempt,
      int newErrors,
      Optional<String> newProviderId,
      Optional<Instant> newAttemptedAt,
      Optional<Instant> newSentAt,
      Optional<Instant> newNextAttemptAt,
      List<ExecutionView.TimelineEntry> newTimeline) {
    return new ExecutionDocument(
        stepId,
        intent,
        purpose,
        message,
        invoices,
        templateLanguage,
        baseline,
        arm,
        newAttempt,
        newErrors,
        newProviderId,
        newAttemptedAt,
        newSentAt,
        newNextAttemptAt,
        newTimeline);
  }

  ExecutionRecord store(ExecutionRecord record, ExecutionStatus status) {
    return new ExecutionRecord(
        record.id(),
        record.campaignId(),
        record.customerId(),
        record.channel(),
        status.name(),
        Codec.write(record.id(), this),
        record.createdAt());
  }

  ExecutionView view(ExecutionRecord record) {
    return new ExecutionView(
        record.id(),
        record.campaignId(),
        record.customerId(),
        record.channel(),
        ExecutionStatus.valueOf(record.status()),
        stepId,
        intent,
        invoices,
        message,
        templateLanguage,
        baseline,
        attempt,
        providerMessageId,
        sentAt,
        nextAttemptAt,
        timeline,
        record.createdAt());
  }
}
