package dev.samvad.orchestration.runtime;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.SamvadEvent;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.Lease;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Command;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.Decision;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Playbook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Changes campaigns: starts them, applies events, wakes them when due. Each change reads the
 * campaign in one unit of work, builds the engine's context outside it (a context source may open
 * its own), then decides and writes in a second unit of work that reads the campaign afresh, so the
 * decision is always made on the current state.
 */
final class Decider {
  private static final int CONFLICT_RETRIES = 5;

  private final Env env;
  private final DecisionWriter writer;

  Decider(Env env) {
    this.env = env;
    this.writer = new DecisionWriter(env.optimisers);
  }

  static boolean isActive(CampaignRecord record) {
    return record.status().equals(CampaignState.Phase.ACTIVE.name())
        || record.status().equals(CampaignState.Phase.PAUSED.name());
  }

  /** The customer's newest unfinished campaign. */
  static Optional<CampaignState> findActive(UnitOfWork uow, CustomerId customer) {
    List<Versioned<CampaignRecord>> all = uow.campaigns().byCustomer(customer);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (isActive(all.get(i).value())) {
        return Optional.of(Codec.decode(all.get(i).value()));
      }
    }
    return Optional.empty();
  }

  /** Channels the customer opted out of in any of their campaigns: an opt-out is the customer's. */
  static Set<ChannelKind> optedOutBefore(UnitOfWork uow, CustomerId customer) {
    Set<ChannelKind> optedOut = EnumSet.noneOf(ChannelKind.class);
    for (Versioned<CampaignRecord> row : uow.campaigns().byCustomer(customer)) {
      optedOut.addAll(Codec.decode(row.value()).optedOut());
    }
    return optedOut;
  }

  static Optional<CampaignState> find(UnitOfWork uow, CampaignId id) {
    return row(uow, id).map(Codec::decode);
  }

  /** The campaign's record, unparsed; never the runtime's reserved records. */
  static Optional<CampaignRecord> row(UnitOfWork uow, CampaignId id) {
    if (Codec.reserved(id)) {
      return Optional.empty();
    }
    return uow.campaigns().find(id).map(Versioned::value);
  }

  CampaignState start(
      TenantId tenant,
      CampaignId id,
      CustomerId customer,
      String playbookId,
      List<OpenItem> items,
      String actor) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(actor, "actor");
    InvalidInputException.require(id, "campaignId");
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(playbookId, "playbookId");
    InvalidInputException.require(items, "items");
    if (Codec.reserved(id)) {
      throw new InvalidInputException("campaignId", "'" + id.value() + "' is reserved");
    }
    if (customer.equals(Codec.SYSTEM)) {
      throw new InvalidInputException("customerId", "'" + customer.value() + "' is reserved");
    }
    Playbook latest =
        env.playbooks
            .latest(playbookId)
            .orElseThrow(
                () -> new InvalidInputException("playbookId", "no playbook '" + playbookId + "'"));
    TenantStore store = env.store.tenant(tenant);
    for (int round = 0; round < CONFLICT_RETRIES; round++) {
      Instant now = env.clock.instant();
      Optional<CampaignState> active = store.inTransaction(uow -> findActive(uow, customer));
      Optional<Outcome> done;
      if (active.isPresent()) {
        CampaignState joined = active.get();
        Context ctx = env.context(tenant, joined, now);
        List<Event> events = new ArrayList<>();
        items.forEach(item -> events.add(new Event.InvoiceAdded(item)));
        done =
            conflictRetry(
                () ->
                    store.inTransaction(
                        uow -> {
                          Optional<CampaignState> again = findActive(uow, customer);
                          if (again.isEmpty()
                              || !again.get().campaignId().equals(joined.campaignId())) {
                            return Optional.<Outcome>empty();
                          }
                          Effects fx = new Effects();
                          fx.audit.add(
                              audit(
                                  tenant,
                                  actor,
                                  "campaign.join",
                                  joined.campaignId(),
                                  now,
                                  Map.of("invoices", String.valueOf(items.size()))));
                          CampaignState state =
                              decideAndWrite(uow, tenant, joined.campaignId(), events, ctx, fx);
                          finishUnit(fx, joined.campaignId().value());
                          return Optional.of(new Outcome(state, fx));
                        }));
      } else {
        Context ctx = env.context(tenant, customer, latest, now);
        boolean holdOut = env.holdOut(tenant, customer);
        done =
            conflictRetry(
                () ->
                    store.inTransaction(
                        uow -> {
                          if (findActive(uow, customer).isPresent()) {
                            return Optional.<Outcome>empty();
                          }
                          if (uow.campaigns().find(id).isPresent()) {
                            throw new ConflictException(
                                ErrorCode.ALREADY_EXISTS,
                                "campaign '" + id.value() + "' already exists");
                          }
                          Decision decision =
                              env.engine.start(
                                  id, customer, items, holdOut, optedOutBefore(uow, customer), ctx);
                          Effects fx = new Effects();
                          writer.write(
                              uow,
                              tenant,
                              Optional.empty(),
                              decision.state(),
                              decision.commands(),
                              DecisionWriter.encode(
                                  decision.state(), decision.commands(), latest.name(), now),
                              now,
                              fx);
                          fx.audit.add(
                              audit(
                                  tenant,
                                  actor,
                                  "campaign.start",
                                  id,
                                  now,
                                  Map.of(
                                      "customerId", customer.value(),
                                      "playbook", latest.id() + " v" + latest.version(),
                                      "invoices", String.valueOf(items.size()),
                                      "holdOut", String.valueOf(holdOut))));
                          fx.events.add(
                              new SamvadEvent(
                                  tenant,
                                  "campaign.started",
                                  now,
                                  Map.of(
                                      "campaignId", id.value(),
                                      "customerId", customer.value(),
                                      "playbook", latest.id())));
                          finishUnit(fx, id.value());
                          return Optional.of(new Outcome(decision.state(), fx));
                        }));
      }
      if (done.isPresent()) {
        env.afterCommit(tenant, done.get().effects());
        return done.get().state();
      }
    }
    throw new ConflictException(
        ErrorCode.VERSION_CONFLICT,
        "the campaigns of customer '" + customer.value() + "' kept changing; retry");
  }

  /** Applies {@code events} in order to the campaign in one unit of work. */
  CampaignState apply(TenantId tenant, CampaignId id, List<Event> events) {
    return apply(tenant, id, events, uow -> {});
  }

  /**
   * {@link #apply(TenantId, CampaignId, List)} with {@code alongside} done in the same unit of work
   * after the campaign's writes, so both commit or neither (a due item finished with the change).
   */
  CampaignState apply(
      TenantId tenant, CampaignId id, List<Event> events, Consumer<UnitOfWork> alongside) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(id, "campaignId");
    TenantStore store = env.store.tenant(tenant);
    Instant now = env.clock.instant();
    CampaignState snapshot =
        store
            .inTransaction(uow -> find(uow, id))
            .orElseThrow(() -> new NotFoundException("campaign", id.value()));
    Context ctx = env.context(tenant, snapshot, now);
    Outcome done =
        conflictRetry(
            () ->
                store.inTransaction(
                    uow -> {
                      Effects fx = new Effects();
                      for (Event event : events) {
                        auditOf(tenant, id, event, now).ifPresent(fx.audit::add);
                      }
                      CampaignState state = decideAndWrite(uow, tenant, id, events, ctx, fx);
                      alongside.accept(uow);
                      finishUnit(fx, id.value());
                      return new Outcome(state, fx);
                    }));
    env.afterCommit(tenant, done.effects());
    return done.state();
  }

  /**
   * Works on a due campaign item {@code c:<id>}: wakes the campaign if its time has come. Returns
   * the messages the wake queued and leased to this worker ({@link Handover}), to dispatch next.
   */
  List<Handover> wake(TenantId tenant, Lease lease, Instant now, Tally tally) {
    return finish(tenant, applyWakes(tenant, List.of(lease), now), tally);
  }

  /**
   * {@link #wake} for several due campaigns at once: one unit of work reads them all and one writes
   * them all, instead of two each, so workers on one tenant hand its lock over far less often. Each
   * campaign's decision is still made and written exactly as {@link #wake} makes and writes it.
   * Returns null, having written nothing, when anything fails before the commit: the caller then
   * wakes them one at a time, so one campaign's failure stays its own.
   */
  @Nullable List<Handover> wakeTogether(
      TenantId tenant, List<Lease> leases, Instant now, Tally tally) {
    List<Woken> woken;
    try {
      woken = applyWakes(tenant, leases, now);
    } catch (RuntimeException e) {
      return null;
    }
    return finish(tenant, woken, tally);
  }

  /**
   * A due campaign as first read, with the decision made on it outside any unit of work.
   *
   * @param read the record as first read, if any
   * @param snapshot {@code read} parsed
   * @param ctx the engine's context, when the campaign is due
   * @param planned the decision made ahead, when the campaign is due and deciding ahead worked
   */
  private record Waking(
      Lease lease,
      CampaignId id,
      Optional<CampaignRecord> read,
      Optional<CampaignState> snapshot,
      @Nullable Context ctx,
      @Nullable Planned planned) {}

  /**
   * A committed wake.
   *
   * @param decided whether the campaign was due when first read (and so counts as a decision)
   */
  private record Woken(Lease lease, boolean decided, Effects effects) {}

  /**
   * Reads the campaigns in one unit of work, decides ahead outside it, and writes every wake in a
   * second one; throws, having written nothing, if any of it fails.
   */
  private List<Woken> applyWakes(TenantId tenant, List<Lease> leases, Instant now) {
    TenantStore store = env.store.tenant(tenant);
    List<CampaignId> ids = leases.stream().map(l -> new CampaignId(l.key().substring(2))).toList();
    // Read in a unit of work, parsed and decided outside it: other workers need not wait for that.
    List<Optional<CampaignRecord>> reads =
        store.inTransaction(uow -> ids.stream().map(id -> row(uow, id)).toList());
    List<Waking> wakings = new ArrayList<>(leases.size());
    for (int i = 0; i < leases.size(); i++) {
      Optional<CampaignRecord> read = reads.get(i);
      Optional<CampaignState> snapshot = read.map(Codec::decode);
      Context ctx = null;
      Planned planned = null;
      if (snapshot.isPresent() && due(snapshot.get(), now)) {
        ctx = env.context(tenant, snapshot.get(), now);
        planned = plan(read.get(), snapshot.get(), List.of(new Event.TimeReached(now)), ctx, env);
      }
      wakings.add(new Waking(leases.get(i), ids.get(i), read, snapshot, ctx, planned));
    }
    return store.inTransaction(
        uow -> {
          List<Woken> woken = new ArrayList<>(wakings.size());
          for (Waking waking : wakings) {
            woken.add(
                new Woken(
                    waking.lease(), waking.ctx() != null, wakeInUnit(uow, tenant, waking, now)));
          }
          return woken;
        });
  }

  /** Inside the writing unit of work: one campaign's wake. */
  private Effects wakeInUnit(UnitOfWork uow, TenantId tenant, Waking waking, Instant now) {
    Lease lease = waking.lease();
    uow.dueWork().complete(lease);
    Effects effects = new Effects();
    Context ctx = waking.ctx();
    if (ctx == null) {
      // Gone, or not due after all when read: only its due item is put right.
      waking
          .snapshot()
          .flatMap(CampaignState::wakeAt)
          .ifPresent(at -> uow.dueWork().schedule(lease.key(), at));
      return effects;
    }
    Optional<Versioned<CampaignRecord>> stored = uow.campaigns().find(waking.id());
    if (stored.isEmpty()) {
      return effects;
    }
    Planned planned = waking.planned();
    if (planned != null && stored.get().value().equals(planned.read())) {
      // The campaign is as first read: the decision made on it outside stands.
      writer.write(
          uow,
          tenant,
          stored,
          planned.state(),
          planned.commands(),
          planned.encoded(),
          ctx.now(),
          effects);
      handOver(uow, effects, ctx);
      finishUnit(effects, waking.id().value());
      return effects;
    }
    CampaignState state = Codec.decode(stored.get().value());
    if (!due(state, now)) {
      state.wakeAt().ifPresent(at -> uow.dueWork().schedule(lease.key(), at));
      return effects;
    }
    decideAndWrite(uow, tenant, waking.id(), List.of(new Event.TimeReached(now)), ctx, effects);
    handOver(uow, effects, ctx);
    finishUnit(effects, waking.id().value());
    return effects;
  }

  /** After the commit, per wake in order: counts, effects, the crash hook; the handovers. */
  private List<Handover> finish(TenantId tenant, List<Woken> woken, Tally tally) {
    List<Handover> handovers = new ArrayList<>();
    for (Woken done : woken) {
      if (done.decided()) {
        tally.decisions++;
        tally.claimed += done.effects().handovers.size();
        env.afterCommit(tenant, done.effects());
        handovers.addAll(done.effects().handovers);
      }
      env.crash.reached(CrashPoint.AFTER_RECORD, done.lease().key());
    }
    return handovers;
  }

  /**
   * Leases the messages the unit of work just queued to this worker, so it dispatches them as soon
   * as the unit commits, while their rows and context are at hand.
   */
  private void handOver(UnitOfWork uow, Effects fx, Context ctx) {
    for (ExecutionRecord row : fx.queued) {
      uow.dueWork()
          .claim(DecisionWriter.executionKey(row.id()), ctx.now(), env.nodeId, env.leaseFor)
          .ifPresent(lease -> fx.handovers.add(new Handover(lease, row, ctx)));
    }
  }

  /**
   * A decision made outside any unit of work on the campaign as first read, with its rows encoded,
   * so that the engine and the encoding do not hold up other workers. Used only if the stored
   * record is still exactly {@code read}: the engine is a function of the state, the events and the
   * context, so the decision is then the one the unit of work would make.
   */
  private record Planned(
      CampaignRecord read,
      CampaignState state,
      List<Command> commands,
      DecisionWriter.Encoded encoded) {}

  /**
   * Decides ahead on the state first read; nothing (decide inside the unit of work, as before) if
   * that fails, so an error surfaces where it always did.
   */
  private static @Nullable Planned plan(
      CampaignRecord read, CampaignState state, List<Event> events, Context ctx, Env env) {
    try {
      CampaignState next = state;
      List<Command> commands = new ArrayList<>();
      for (Event event : events) {
        Decision decision = env.engine.next(next, event, ctx);
        commands.addAll(decision.commands());
        next = decision.state();
      }
      return new Planned(
          read,
          next,
          commands,
          DecisionWriter.encode(next, commands, ctx.playbook().name(), ctx.now()));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean due(CampaignState state, Instant now) {
    return state.wakeAt().isPresent() && !state.wakeAt().get().isAfter(now);
  }

  /**
   * Inside a unit of work: reads the campaign, applies {@code events} with {@code ctx} and writes
   * the result. Returns the new state.
   */
  CampaignState decideAndWrite(
      UnitOfWork uow, TenantId tenant, CampaignId id, List<Event> events, Context ctx, Effects fx) {
    Versioned<CampaignRecord> stored =
        uow.campaigns()
            .find(id)
            .filter(v -> !Codec.reserved(id))
            .orElseThrow(() -> new NotFoundException("campaign", id.value()));
    CampaignState state = Codec.decode(stored.value());
    List<Command> commands = new ArrayList<>();
    for (Event event : events) {
      Decision decision = env.engine.next(state, event, ctx);
      commands.addAll(decision.commands());
      state = decision.state();
    }
    writer.write(
        uow,
        tenant,
        Optional.of(stored),
        state,
        commands,
        DecisionWriter.encode(state, commands, ctx.playbook().name(), ctx.now()),
        ctx.now(),
        fx);
    return state;
  }

  /** The last steps inside every deciding unit of work: the crash hook, then the audit trail. */
  void finishUnit(Effects fx, String key) {
    env.crash.reached(CrashPoint.MID_APPLY, key);
    env.appendAudit(fx);
  }

  /**
   * The audit actor for a person named in an event: {@code user:<id>} as in the audit format. A
   * caller that already names the person as an actor (the SDK passes {@code user:<id>}) keeps it,
   * so it is never prefixed twice.
   */
  static String actorOf(String person) {
    return person.startsWith(USER) ? person : USER + person;
  }

  private static final String USER = "user:";

  private Optional<AuditEntry> auditOf(TenantId tenant, CampaignId id, Event event, Instant now) {
    if (event instanceof Event.Manual manual) {
      return Optional.of(
          audit(
              tenant,
              actorOf(manual.person()),
              "campaign." + manual.action().name().toLowerCase(java.util.Locale.ROOT),
              id,
              now,
              Map.of("reason", manual.reason(), "actionId", manual.actionId())));
    } else if (event instanceof Event.TaskClaimed claimed) {
      return Optional.of(
          audit(
              tenant,
              actorOf(claimed.person()),
              "task.claim",
              id,
              now,
              Map.of("taskId", claimed.taskId())));
    } else if (event instanceof Event.TaskCompleted completed) {
      return Optional.of(
          audit(
              tenant,
              actorOf(completed.person()),
              "task.complete",
              id,
              now,
              Map.of(
                  "taskId",
                  completed.taskId(),
                  "outcome",
                  completed.outcome().getClass().getSimpleName())));
    }
    return Optional.empty();
  }

  static AuditEntry audit(
      TenantId tenant,
      String actor,
      String action,
      CampaignId id,
      Instant now,
      Map<String, String> details) {
    return new AuditEntry(tenant, actor, action, "campaign:" + id.value(), now, details);
  }

  /** Runs {@code work} again when an optimistic version check failed (another node won a race). */
  static <T> T conflictRetry(Supplier<T> work) {
    for (int round = 1; ; round++) {
      try {
        return work.get();
      } catch (ConflictException e) {
        if (e.code() != ErrorCode.VERSION_CONFLICT || round >= CONFLICT_RETRIES) {
          throw e;
        }
      }
    }
  }

  /**
   * A committed change.
   *
   * @param state the campaign's new state
   * @param effects what is left to do after commit
   */
  record Outcome(CampaignState state, Effects effects) {}
}
