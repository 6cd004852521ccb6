package dev.samvad.orchestration.runtime;

import dev.samvad.api.ExecutionId;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SamvadEvent;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Command;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one decision inside a unit of work: the campaign record (inserted, or updated at the
 * version read), an outbox row and a due item {@code x:<executionId>} per message, the campaign's
 * due item {@code c:<campaignId>} at its wake time (or none), and the optimiser's learning.
 */
final class DecisionWriter {
  private final Optimisers optimisers;

  DecisionWriter(Optimisers optimisers) {
    this.optimisers = optimisers;
  }

  static String campaignKey(dev.samvad.api.CampaignId id) {
    return "c:" + id.value();
  }

  static String executionKey(dev.samvad.api.ExecutionId id) {
    return "x:" + id.value();
  }

  /**
   * A decision's new rows, encoded: the campaign record and an outbox row per message (by execution
   * id). Encoding needs no unit of work, so it can be done before one.
   */
  record Encoded(CampaignRecord campaign, Map<ExecutionId, ExecutionRecord> outbox) {}

  /** Encodes the rows {@code state} and {@code commands} lead to, without writing them. */
  static Encoded encode(
      CampaignState state, List<Command> commands, String playbookName, Instant now) {
    Map<ExecutionId, ExecutionRecord> outbox = new HashMap<>();
    for (Command command : commands) {
      if (command instanceof Command.Send send) {
        outbox.put(
            send.executionId(),
            new ExecutionRecord(
                send.executionId(),
                state.campaignId(),
                state.customerId(),
                send.channel(),
                ExecutionStatus.QUEUED.name(),
                Codec.write(send.executionId(), ExecutionDocument.queued(send, now)),
                now));
      }
    }
    return new Encoded(Codec.encode(state, playbookName), outbox);
  }

  /** Writes the decision, its rows already {@link #encode encoded}. */
  void write(
      UnitOfWork uow,
      TenantId tenant,
      Optional<Versioned<CampaignRecord>> stored,
      CampaignState state,
      List<Command> commands,
      Encoded encoded,
      Instant now,
      Effects fx) {
    CampaignRecord record = encoded.campaign();
    if (stored.isPresent()
        && stored.get().value().status().equals(CampaignState.Phase.PAUSED.name())
        && state.phase() == CampaignState.Phase.ACTIVE) {
      resumeHeld(uow, state, now);
    }
    if (stored.isEmpty()) {
      uow.campaigns().insert(record);
    } else if (!stored.get().value().equals(record)) {
      uow.campaigns().update(record, stored.get().version());
    }
    for (Command command : commands) {
      if (command instanceof Command.Send send) {
        if (Gate.countsForCaps(send.intent())) {
          supersede(uow, state, send, now);
        }
        ExecutionRecord row = encoded.outbox().get(send.executionId());
        uow.executions().insert(row);
        uow.dueWork().schedule(executionKey(send.executionId()), now);
        fx.queued.add(row);
      } else if (command instanceof Command.CreateTask created) {
        fx.events.add(
            new SamvadEvent(
                tenant,
                "task.created",
                now,
                Map.of(
                    "campaignId", state.campaignId().value(),
                    "taskId", created.task().id(),
                    "kind", created.task().kind().name(),
                    "priority", created.task().priority().name())));
      } else if (command instanceof Command.Complete complete) {
        fx.events.add(
            new SamvadEvent(
                tenant,
                "campaign.completed",
                now,
                Map.of(
                    "campaignId", state.campaignId().value(),
                    "customerId", state.customerId().value(),
                    "outcome", complete.outcome().name())));
      } else if (command instanceof Command.Learn learn) {
        fx.learns.add(learn);
      }
    }
    String key = campaignKey(state.campaignId());
    if (state.wakeAt().isPresent()) {
      uow.dueWork().schedule(key, state.wakeAt().get());
    } else {
      uow.dueWork().cancel(key);
    }
    optimisers.persist(uow, fx, now);
  }

  /** A campaign a person resumed: messages held back while it was paused go now. */
  private static void resumeHeld(UnitOfWork uow, CampaignState state, Instant now) {
    for (Versioned<ExecutionRecord> row : uow.executions().byCampaign(state.campaignId())) {
      if (row.value().status().equals(ExecutionStatus.QUEUED.name())) {
        uow.dueWork().schedule(executionKey(row.value().id()), now);
      }
    }
  }

  /**
   * A newer reminder makes older ones still waiting in the outbox (for a retry, a window or a cap)
   * stale: they are cancelled, so the customer gets the current one only. Attempts in flight
   * ({@code SENDING}) are left to finish; invoices are never superseded.
   */
  private static void supersede(
      UnitOfWork uow, CampaignState state, Command.Send newer, Instant now) {
    for (Versioned<ExecutionRecord> row : uow.executions().byCampaign(state.campaignId())) {
      ExecutionRecord old = row.value();
      if (!old.status().equals(ExecutionStatus.QUEUED.name())) {
        continue;
      }
      ExecutionDocument doc = Codec.document(old);
      if (!Gate.countsForCaps(doc.intent())) {
        continue;
      }
      ExecutionDocument cancelled =
          doc.settled(
              now,
              ExecutionStatus.CANCELLED,
              "superseded by " + newer.executionId().value() + " before it was sent");
      uow.executions().update(cancelled.store(old, ExecutionStatus.CANCELLED), row.version());
      uow.dueWork().cancel(executionKey(old.id()));
    }
  }
}
