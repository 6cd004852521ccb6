package dev.samvad.orchestration.runtime;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SamvadEvent;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.Lease;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.channel.Channel;
import dev.samvad.channel.SendResult;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works on a due outbox item {@code x:<executionId>}: checks the message may go now ({@link Gate}),
 * marks the attempt {@code SENDING}, sends it outside any unit of work with the key {@code
 * executionId#attempt}, and records the result. A crash after the send leaves the row {@code
 * SENDING}: whoever claims it next sends the same attempt with the same key, and the channel's
 * idempotency makes that no second message.
 */
final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final List<ExecutionStatus> MAY_HAVE_GONE =
      List.of(
          ExecutionStatus.SENDING,
          ExecutionStatus.SENT,
          ExecutionStatus.DELIVERED,
          ExecutionStatus.READ);

  private final Env env;
  private final Decider decider;

  Dispatcher(Env env, Decider decider) {
    this.env = env;
    this.decider = decider;
  }

  /** What the first read found. */
  private record Found(ExecutionRecord record, Optional<CampaignState> campaign) {}

  /** What the first read found, not yet parsed. */
  private record FoundRows(ExecutionRecord record, Optional<CampaignRecord> campaign) {
    Found parsed() {
      return new Found(record, campaign.map(Codec::decode));
    }
  }

  /**
   * The attempt to make after the prepare step, or nothing.
   *
   * @param record the row as the prepare step read it
   * @param doc the document marked {@code SENDING}
   * @param sending the row the prepare step wrote
   */
  private record Attempt(
      Lease lease, ExecutionRecord record, ExecutionDocument doc, ExecutionRecord sending) {}

  /**
   * The rows an accepted send leads to, made before the unit of work that records it, so their
   * encoding does not hold up other workers; used only if the row is still the one written.
   */
  private record Sent(ExecutionRecord row, ExecutionRecord receiptIndex) {}

  /**
   * The attempt marked {@code SENDING} as it would be written if the row is still as first read,
   * made before the prepare step's unit of work so that parsing and encoding do not hold up other
   * workers. Wasted when the gate holds the message back.
   */
  private record Marked(
      ExecutionRecord read, ExecutionDocument readDoc, ExecutionDocument doc, ExecutionRecord row) {
    static Marked of(ExecutionRecord read, Instant now) {
      ExecutionDocument readDoc = Codec.document(read);
      ExecutionDocument doc = readDoc.attempting(now);
      return new Marked(read, readDoc, doc, doc.store(read, ExecutionStatus.SENDING));
    }
  }

  /** What the prepare step decided, with its effects. */
  private record Prepared(@Nullable Attempt attempt, Effects effects) {}

  void dispatch(TenantId tenant, Lease lease, Instant now, Tally tally) {
    ExecutionId id = new ExecutionId(lease.key().substring(2));
    TenantStore store = env.store.tenant(tenant);
    // Read in the unit of work, parsed outside it: other workers need not wait for the parse.
    Optional<Found> found =
        store
            .inTransaction(
                uow ->
                    uow.executions()
                        .find(id)
                        .map(Versioned::value)
                        .filter(r -> !ExecutionStatus.valueOf(r.status()).isSettled())
                        .map(r -> new FoundRows(r, Decider.row(uow, r.campaignId()))))
            .map(FoundRows::parsed);
    if (found.isEmpty() || found.get().campaign().isEmpty()) {
      Effects gone =
          store.inTransaction(
              uow -> {
                Effects fx = new Effects();
                uow.dueWork().complete(lease);
                found.ifPresent(
                    f -> cancel(uow, f.record().id(), now, "the campaign no longer exists", fx));
                return fx;
              });
      gone.countInto(tally);
      env.crash.reached(CrashPoint.AFTER_RECORD, lease.key());
      return;
    }
    Context ctx = env.context(tenant, found.get().campaign().get(), now);
    send(tenant, lease, found.get().record(), ctx, now, tally);
  }

  /**
   * Dispatches a message its wake has just queued and leased to this worker: the row and context
   * are those the wake wrote and used, so there is nothing to read first.
   */
  void dispatch(TenantId tenant, Handover handover, Instant now, Tally tally) {
    send(tenant, handover.lease(), handover.row(), handover.context(), now, tally);
  }

  /** Gates, marks, sends and records the message, read as {@code read} before any of it. */
  private void send(
      TenantId tenant, Lease lease, ExecutionRecord read, Context ctx, Instant now, Tally tally) {
    ExecutionId id = read.id();
    TenantStore store = env.store.tenant(tenant);
    Marked marked = Marked.of(read, now);
    Prepared prepared =
        store.inTransaction(uow -> prepare(uow, tenant, lease, id, marked, ctx, now));
    prepared.effects().countInto(tally);
    Attempt attempt = prepared.attempt();
    if (attempt == null) {
      env.afterCommit(tenant, prepared.effects());
      env.crash.reached(CrashPoint.AFTER_RECORD, lease.key());
      return;
    }
    ExecutionDocument doc = attempt.doc();
    String key = doc.idempotencyKey(attempt.record());
    Channel channel = env.channel(attempt.record().channel()).orElseThrow();
    SendResult result;
    String error = "";
    try {
      result = channel.send(doc.message(), key);
    } catch (RuntimeException e) {
      LOG.warn("channel {} threw on {}", attempt.record().channel(), key, e);
      result = null;
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    env.crash.reached(CrashPoint.AFTER_SEND, lease.key());
    SendResult outcome = result;
    String failure = error;
    Sent sent =
        outcome instanceof SendResult.Accepted accepted
            ? new Sent(
                doc.accepted(now, accepted.providerMessageId())
                    .store(attempt.sending(), ExecutionStatus.SENT),
                ReceiptIndex.row(accepted.providerMessageId(), attempt.sending()))
            : null;
    Effects fx =
        store.inTransaction(uow -> record(uow, tenant, attempt, outcome, sent, failure, ctx, now));
    fx.countInto(tally);
    env.afterCommit(tenant, fx);
    env.crash.reached(CrashPoint.AFTER_RECORD, lease.key());
  }

  private Prepared prepare(
      UnitOfWork uow,
      TenantId tenant,
      Lease lease,
      ExecutionId id,
      Marked marked,
      Context ctx,
      Instant now) {
    Effects fx = new Effects();
    Lease held = uow.dueWork().extend(lease, now, env.leaseFor);
    Optional<Versioned<ExecutionRecord>> row = uow.executions().find(id);
    if (row.isEmpty() || ExecutionStatus.valueOf(row.get().value().status()).isSettled()) {
      uow.dueWork().complete(held);
      return new Prepared(null, fx);
    }
    ExecutionRecord record = row.get().value();
    ExecutionStatus status = ExecutionStatus.valueOf(record.status());
    // The row as first read was parsed then; writing the marked row took its cache slot.
    boolean asRead = record.equals(marked.read());
    ExecutionDocument doc = asRead ? marked.readDoc() : Codec.document(record);
    Optional<CampaignState> campaign = Decider.find(uow, record.campaignId());
    List<Instant> moneySent =
        Gate.countsForCaps(doc.intent())
            ? moneySent(uow, record.customerId(), record.id(), now.minus(Gate.WEEK))
            : List.of();
    Gate gate =
        Gate.check(
            doc.intent(),
            doc.purpose(),
            record.channel(),
            campaign,
            ctx,
            env.channel(record.channel()).isPresent(),
            moneySent,
            now);
    String interrupted =
        status == ExecutionStatus.SENDING
            ? " (attempt " + doc.attempt() + " was interrupted; its outcome is unknown)"
            : "";
    if (gate instanceof Gate.Cancel cancel) {
      uow.dueWork().complete(held);
      ExecutionDocument next =
          doc.settled(now, ExecutionStatus.CANCELLED, cancel.reason() + interrupted);
      uow.executions().update(next.store(record, ExecutionStatus.CANCELLED), row.get().version());
      fx.count = Tally.Count.CANCELLED;
      return new Prepared(null, fx);
    }
    if (gate instanceof Gate.Defer defer) {
      uow.dueWork().release(held, defer.until());
      ExecutionDocument next = doc.deferredTo(now, defer.until(), status, defer.reason());
      uow.executions().update(next.store(record, status), row.get().version());
      fx.count = Tally.Count.DEFERRED;
      return new Prepared(null, fx);
    }
    if (gate instanceof Gate.Fail fail) {
      uow.dueWork().complete(held);
      failed(uow, tenant, row.get(), doc, fail.reason() + interrupted, ctx, now, fx);
      env.appendAudit(fx);
      fx.count = Tally.Count.FAILED;
      return new Prepared(null, fx);
    }
    ExecutionDocument sending = asRead ? marked.doc() : doc.attempting(now);
    ExecutionRecord sendingRow =
        asRead ? marked.row() : sending.store(record, ExecutionStatus.SENDING);
    uow.executions().update(sendingRow, row.get().version());
    return new Prepared(new Attempt(held, record, sending, sendingRow), fx);
  }

  private Effects record(
      UnitOfWork uow,
      TenantId tenant,
      Attempt attempt,
      @Nullable SendResult result,
      @Nullable Sent sent,
      String error,
      Context ctx,
      Instant now) {
    Effects fx = new Effects();
    Versioned<ExecutionRecord> row = uow.executions().find(attempt.record().id()).orElseThrow();
    ExecutionRecord record = row.value();
    // The row as the prepare step wrote it holds attempt.doc(); building the SENT row took its
    // cache slot, so it is not parsed again.
    boolean unchanged = record.equals(attempt.sending());
    ExecutionDocument doc = unchanged ? attempt.doc() : Codec.document(record);
    String execution = record.id().value();
    if (result instanceof SendResult.Accepted accepted) {
      uow.dueWork().complete(attempt.lease());
      boolean asWritten = sent != null && unchanged;
      ExecutionRecord sentRow =
          asWritten
              ? sent.row()
              : doc.accepted(now, accepted.providerMessageId()).store(record, ExecutionStatus.SENT);
      uow.executions().update(sentRow, row.version());
      ReceiptIndex.put(
          uow,
          asWritten ? sent.receiptIndex() : ReceiptIndex.row(accepted.providerMessageId(), record));
      fx.audit.add(sendAudit(tenant, record, doc, now, "accepted"));
      fx.events.add(
          new SamvadEvent(
              tenant,
              "message.sent",
              now,
              Map.of(
                  "campaignId", record.campaignId().value(),
                  "executionId", execution,
                  "channel", record.channel().name(),
                  "intent", doc.intent().name())));
      fx.count = Tally.Count.SENT;
    } else if (result instanceof SendResult.TransientFailure transientFailure
        && doc.attempt() < env.retry.maxAttempts()) {
      Duration wait = env.retry.backoff(doc.attempt(), execution);
      if (transientFailure.retryAfter().compareTo(wait) > 0) {
        wait = transientFailure.retryAfter();
      }
      Instant next = now.plus(wait);
      uow.dueWork().release(attempt.lease(), next);
      ExecutionDocument retry = doc.retryAt(now, next, transientFailure.reason());
      uow.executions().update(retry.store(record, ExecutionStatus.QUEUED), row.version());
      fx.audit.add(sendAudit(tenant, record, doc, now, "transient failure"));
      fx.count = Tally.Count.RETRIED;
    } else if (result == null && doc.errors() + 1 < env.retry.maxAttempts()) {
      Instant next = now.plus(env.retry.backoff(doc.errors() + 1, execution));
      uow.dueWork().release(attempt.lease(), next);
      ExecutionDocument again = doc.erroredAt(now, next, error);
      uow.executions().update(again.store(record, ExecutionStatus.SENDING), row.version());
      fx.count = Tally.Count.ERROR;
    } else {
      String reason;
      if (result instanceof SendResult.PermanentFailure permanent) {
        reason = permanent.reason();
      } else if (result instanceof SendResult.TransientFailure transientFailure) {
        reason = "gave up after " + doc.attempt() + " attempts: " + transientFailure.reason();
      } else {
        reason = "the channel kept failing: " + error;
      }
      uow.dueWork().complete(attempt.lease());
      fx.audit.add(sendAudit(tenant, record, doc, now, "failed"));
      failed(uow, tenant, row, doc, reason, ctx, now, fx);
      fx.count = Tally.Count.FAILED;
    }
    env.appendAudit(fx);
    return fx;
  }

  /** Marks the message failed and tells its campaign, which falls back to its next channel. */
  private void failed(
      UnitOfWork uow,
      TenantId tenant,
      Versioned<ExecutionRecord> row,
      ExecutionDocument doc,
      String reason,
      Context ctx,
      Instant now,
      Effects fx) {
    ExecutionRecord record = row.value();
    ExecutionDocument failed = doc.settled(now, ExecutionStatus.FAILED, reason);
    uow.executions().update(failed.store(record, ExecutionStatus.FAILED), row.version());
    fx.events.add(
        new SamvadEvent(
            tenant,
            "message.failed",
            now,
            Map.of(
                "campaignId", record.campaignId().value(),
                "executionId", record.id().value(),
                "channel", record.channel().name(),
                "reason", reason)));
    if (uow.campaigns().find(record.campaignId()).isPresent()) {
      decider.decideAndWrite(
          uow,
          tenant,
          record.campaignId(),
          List.of(new Event.DeliveryFailed(record.id(), reason)),
          ctx,
          fx);
      env.crash.reached(CrashPoint.MID_APPLY, record.campaignId().value());
    }
  }

  private static void cancel(
      UnitOfWork uow, ExecutionId id, Instant now, String reason, Effects fx) {
    uow.executions()
        .find(id)
        .ifPresent(
            row -> {
              ExecutionDocument doc = Codec.document(row.value());
              uow.executions()
                  .update(
                      doc.settled(now, ExecutionStatus.CANCELLED, reason)
                          .store(row.value(), ExecutionStatus.CANCELLED),
                      row.version());
              fx.count = Tally.Count.CANCELLED;
            });
  }

  /**
   * When the customer's reminders other than {@code except} were handed to channels, since {@code
   * since}, across all their campaigns.
   */
  static List<Instant> moneySent(
      UnitOfWork uow, CustomerId customer, ExecutionId except, Instant since) {
    List<Instant> sent = new ArrayList<>();
    for (Versioned<CampaignRecord> campaign : uow.campaigns().byCustomer(customer)) {
      CampaignId id = campaign.value().id();
      for (Versioned<ExecutionRecord> row : uow.executions().byCampaign(id)) {
        ExecutionRecord record = row.value();
        if (record.id().equals(except)
            || !MAY_HAVE_GONE.contains(ExecutionStatus.valueOf(record.status()))) {
          continue;
        }
        ExecutionDocument doc = Codec.document(record);
        if (Gate.countsForCaps(doc.intent())) {
          doc.countedAt().filter(t -> t.isAfter(since)).ifPresent(sent::add);
        }
      }
    }
    return sent;
  }

  private dev.samvad.api.spi.AuditEntry sendAudit(
      TenantId tenant, ExecutionRecord record, ExecutionDocument doc, Instant now, String result) {
    return new dev.samvad.api.spi.AuditEntry(
        tenant,
        env.actor(),
        "message.send",
        "execution:" + record.id().value(),
        now,
        Map.of(
            "campaignId", record.campaignId().value(),
            "customerId", record.customerId().value(),
            "channel", record.channel().name(),
            "intent", doc.intent().name(),
            "attempt", String.valueOf(doc.attempt()),
            "result", result));
  }
}
