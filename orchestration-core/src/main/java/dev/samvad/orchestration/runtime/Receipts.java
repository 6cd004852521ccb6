package dev.samvad.orchestration.runtime;

import dev.samvad.api.ExecutionId;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.Versioned;
import dev.samvad.channel.DeliveryReceipt;
import dev.samvad.channel.DeliveryStatus;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.Event;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records providers' receipts on messages' timelines. A receipt is a fact, not a step: the same
 * receipt twice (same status, time and detail) changes nothing, and out-of-order receipts never
 * move a message backwards (read stays read when a late "delivered" arrives). A failure or bounce
 * fails the message and tells its campaign.
 */
final class Receipts {
  private final Env env;
  private final Decider decider;

  Receipts(Env env, Decider decider) {
    this.env = env;
    this.decider = decider;
  }

  private record Found(ExecutionId id, CampaignState campaign) {}

  void receipt(TenantId tenant, DeliveryReceipt receipt) {
    TenantStore store = env.store.tenant(tenant);
    Found found =
        store.inTransaction(
            uow -> {
              ExecutionId id =
                  ReceiptIndex.find(uow, receipt.providerMessageId())
                      .orElseThrow(
                          () -> new NotFoundException("message", receipt.providerMessageId()));
              ExecutionRecord record = uow.executions().find(id).orElseThrow().value();
              CampaignState campaign =
                  Decider.find(uow, record.campaignId())
                      .orElseThrow(
                          () -> new NotFoundException("campaign", record.campaignId().value()));
              return new Found(id, campaign);
            });
    boolean failure =
        receipt.status() == DeliveryStatus.FAILED || receipt.status() == DeliveryStatus.BOUNCED;
    Instant now = env.clock.instant();
    @Nullable Context ctx = failure ? env.context(tenant, found.campaign(), now) : null;
    Effects fx =
        Decider.conflictRetry(
            () ->
                store.inTransaction(
                    uow -> {
                      Effects effects = new Effects();
                      Versioned<ExecutionRecord> row =
                          uow.executions().find(found.id()).orElseThrow();
                      ExecutionRecord record = row.value();
                      ExecutionDocument doc = Codec.document(record);
                      String detail =
                          "receipt "
                              + receipt.status()
                              + (receipt.detail().isEmpty() ? "" : ": " + receipt.detail());
                      boolean seen =
                          doc.timeline().stream()
                              .anyMatch(
                                  e -> e.at().equals(receipt.at()) && e.detail().equals(detail));
                      if (seen) {
                        return effects;
                      }
                      ExecutionStatus current = ExecutionStatus.valueOf(record.status());
                      ExecutionStatus next = next(current, receipt.status());
                      ExecutionDocument noted = doc.noteAt(receipt.at(), next, detail);
                      if (next == ExecutionStatus.FAILED && current != ExecutionStatus.FAILED) {
                        uow.executions().update(noted.store(record, next), row.version());
                        if (ctx != null) {
                          decider.decideAndWrite(
                              uow,
                              tenant,
                              record.campaignId(),
                              List.of(new Event.DeliveryFailed(record.id(), detail)),
                              ctx,
                              effects);
                          decider.finishUnit(effects, record.campaignId().value());
                        }
                      } else {
                        uow.executions().update(noted.store(record, next), row.version());
                      }
                      return effects;
                    }));
    env.afterCommit(tenant, fx);
  }

  /** The status after a receipt: never backwards, failures final. */
  static ExecutionStatus next(ExecutionStatus current, DeliveryStatus reported) {
    if (current == ExecutionStatus.FAILED) {
      return current;
    }
    ExecutionStatus said =
        switch (reported) {
          case QUEUED, SENT -> ExecutionStatus.SENT;
          case DELIVERED -> ExecutionStatus.DELIVERED;
          case READ -> ExecutionStatus.READ;
          case FAILED, BOUNCED -> ExecutionStatus.FAILED;
        };
    if (said == ExecutionStatus.FAILED) {
      return said;
    }
    return rank(said) > rank(current) ? said : current;
  }

  private static int rank(ExecutionStatus status) {
    return switch (status) {
      case QUEUED, SENDING, CANCELLED -> 0;
      case SENT -> 1;
      case DELIVERED -> 2;
      case READ -> 3;
      case FAILED -> 4;
    };
  }
}
