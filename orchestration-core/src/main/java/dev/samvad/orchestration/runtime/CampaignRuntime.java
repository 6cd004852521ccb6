package dev.samvad.orchestration.runtime;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.PaymentId;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.spi.EventSink;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.channel.Channel;
import dev.samvad.channel.DeliveryReceipt;
import dev.samvad.channel.InboundMessage;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.ThompsonSampler;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs campaigns: keeps each customer's conversation in the store, applies the engine's decisions,
 * and dispatches messages through the host's channels. One instance per process (node); several
 * nodes may share one store.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Atomic decisions.</b> Every change to a campaign — from {@link #start}, {@link #apply},
 *       {@link #reply}, {@link #payment}, {@link #receipt} or a due wake in {@link #runDue} — is
 *       one unit of work: the new state (optimistically versioned), an outbox row ({@link
 *       ExecutionView}, status {@link ExecutionStatus#QUEUED}) per message, and the campaign's next
 *       due time commit together or not at all.
 *   <li><b>At most once per (campaign, step, attempt).</b> Messages are dispatched with the
 *       idempotency key {@code executionId#attempt}. Before a send, the attempt is marked {@link
 *       ExecutionStatus#SENDING} in the store; the send itself happens outside any unit of work. A
 *       node that dies between the send and recording its result leaves the lease to expire; the
 *       next holder sends the <em>same</em> attempt again, and the channel's idempotency contract
 *       turns that into no second message. Two runtimes on one store never hold the same lease.
 *   <li><b>Hard rules at the moment of sending.</b> Just before each send the runtime checks again
 *       that the campaign still wants the message (not paid, not paused for a person, the channel
 *       not opted out; thanks, acknowledgements and invoices may still go to a finished campaign),
 *       that the hard contact window of its channel and purpose allows it now, and that the
 *       customer's frequency caps, counted over messages actually sent, allow it; otherwise the
 *       message is cancelled or held until it may go.
 *   <li><b>Retries and fallbacks.</b> Transient failures are retried with exponential backoff and
 *       jitter ({@link RetryPolicy}), never sooner than the channel's retry-after; permanent
 *       failures, exhausted retries and unwired channels fail the message and tell the campaign
 *       ({@link Event.DeliveryFailed}), which falls back to the playbook's next channel.
 *   <li><b>A recorded payment reaches its campaigns exactly once.</b> A host that records payments
 *       calls {@link #schedulePayment} in the unit of work that records one, and {@link
 *       #paymentRecorded} after it commits. The first leaves a due item that commits with the
 *       payment, so a process that dies before the second still has the payment applied by the next
 *       {@link #runDue} on any node, ahead of other due work; the item is removed in the unit of
 *       work that applies the payment, and the event's id (the payment's) keeps a repeat from
 *       changing anything.
 *   <li><b>One active campaign per customer.</b> Invoices of a customer with an unfinished campaign
 *       join it.
 * </ul>
 *
 * <p>Thread-safe. Every call may block on the store; {@link #runDue} also on channels.
 */
public final class CampaignRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignRuntime.class);

  private final Env env;
  private final Decider decider;
  private final DuePass duePass;
  private final Receipts receipts;
  private final Inbound inbound;
  private final PaymentRelay payments;
  private final TaskInbox inbox;
  private volatile boolean stopping;
  private @Nullable ScheduledExecutorService scheduler;

  private CampaignRuntime(Builder builder) {
    this.env = new Env(builder);
    this.decider = new Decider(env);
    this.duePass = new DuePass(env, decider, new Dispatcher(env, decider));
    this.receipts = new Receipts(env, decider);
    this.inbound = new Inbound(env, decider);
    this.payments = new PaymentRelay(env, decider);
    this.inbox = new TaskInbox(env.store);
  }

  /** For tests: whether {@link #close} has begun. */
  boolean closing() {
    return stopping;
  }

  private void tick() {
    try {
      RunReport report = runDue(env.clock.instant());
      if (report.claimed() > 0) {
        LOG.debug("scheduled pass: {}", report);
      }
    } catch (RuntimeException e) {
      LOG.error("scheduled pass failed", e);
    }
  }

  /**
   * A builder over {@code store}, taking engine contexts from {@code contexts}.
   *
   * @param store where campaigns, executions and due work live
   * @param contexts builds the engine's context per customer
   */
  public static Builder builder(SamvadStore store, ContextSource contexts) {
    InvalidInputException.require(store, "store");
    InvalidInputException.require(contexts, "contexts");
    return new Builder(store, contexts);
  }

  /**
   * Starts a campaign for {@code customer}'s open invoices on the latest version of {@code
   * playbookId}. If the customer already has an unfinished campaign, the invoices join it instead
   * ({@link Event.InvoiceAdded}; invoices already in it are left alone) and its state is returned;
   * {@code id} and {@code playbookId} are then unused.
   *
   * @throws InvalidInputException when the playbook is unknown or nothing is owed
   * @throws ConflictException with {@code ALREADY_EXISTS} when {@code id} is taken by another
   *     campaign
   */
  public CampaignState start(
      TenantId tenant,
      CampaignId id,
      CustomerId customer,
      String playbookId,
      List<OpenItem> items) {
    return decider.start(tenant, id, customer, playbookId, items, env.actor());
  }

  /**
   * {@link #start(TenantId, CampaignId, CustomerId, String, List)} on someone's behalf: the audit
   * entry ({@code campaign.start}, or {@code campaign.join} when the invoices join a running
   * campaign) names {@code actor} instead of this runtime, in the same unit of work.
   *
   * @param actor who asked, as the audit trail names actors (e.g. {@code user:ravi}, {@code host})
   */
  public CampaignState start(
      TenantId tenant,
      CampaignId id,
      CustomerId customer,
      String playbookId,
      List<OpenItem> items,
      String actor) {
    return decider.start(tenant, id, customer, playbookId, items, actor);
  }

  /**
   * Applies one event to a campaign in one unit of work and returns the new state. An event whose
   * id the campaign has already applied changes nothing.
   *
   * @throws NotFoundException when there is no such campaign
   * @throws InvalidInputException when the event cannot apply (a closed task, sending now from a
   *     paused campaign)
   */
  public CampaignState apply(TenantId tenant, CampaignId id, Event event) {
    InvalidInputException.require(event, "event");
    return decider.apply(tenant, id, List.of(event));
  }

  /** The campaign's current state. */
  public Optional<CampaignState> find(TenantId tenant, CampaignId id) {
    InvalidInputException.require(id, "campaignId");
    return env.store.tenant(tenant).inTransaction(uow -> Decider.find(uow, id));
  }

  /** The customer's unfinished campaign, if any. */
  public Optional<CampaignState> activeFor(TenantId tenant, CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    return env.store.tenant(tenant).inTransaction(uow -> Decider.findActive(uow, customer));
  }

  /** The campaign's messages, oldest first. */
  public List<ExecutionView> executions(TenantId tenant, CampaignId id) {
    InvalidInputException.require(id, "campaignId");
    if (Codec.reserved(id)) {
      return List.of();
    }
    return env.store
        .tenant(tenant)
        .inTransaction(
            uow ->
                uow.executions().byCampaign(id).stream()
                    .map(v -> Codec.document(v.value()).view(v.value()))
                    .toList());
  }

  /** One message. */
  public Optional<ExecutionView> execution(TenantId tenant, ExecutionId id) {
    InvalidInputException.require(id, "executionId");
    return env.store
        .tenant(tenant)
        .inTransaction(
            uow ->
                uow.executions()
                    .find(id)
                    .map(v -> v.value())
                    .filter(r -> !r.campaignId().equals(Codec.RECEIPTS))
                    .map(r -> Codec.document(r).view(r)));
  }

  /**
   * Records a provider's receipt on the message's timeline. Receipts are idempotent facts: a repeat
   * changes nothing. {@code FAILED} and {@code BOUNCED} fail the message and tell the campaign
   * ({@link Event.DeliveryFailed}), which falls back to its next channel.
   *
   * @throws NotFoundException when no message has this provider id
   */
  public void receipt(TenantId tenant, DeliveryReceipt receipt) {
    InvalidInputException.require(receipt, "receipt");
    receipts.receipt(tenant, receipt);
  }

  /**
   * Reads a customer's reply and applies what it means ({@link Event.ReplyReceived}) to their
   * unfinished campaign, or else their latest one. The same inbound message twice changes nothing
   * the second time.
   */
  public ReplyResult reply(TenantId tenant, CustomerId customer, InboundMessage message) {
    InvalidInputException.require(message, "message");
    return inbound.reply(
        tenant,
        customer,
        message.providerMessageId(),
        message.text(),
        message.channel(),
        message.receivedAt());
  }

  /**
   * {@link #reply(TenantId, CustomerId, InboundMessage)} for a reply given as text; its id is
   * derived from the channel, time and text, so the same reply twice counts once.
   */
  public ReplyResult reply(
      TenantId tenant, CustomerId customer, String text, ChannelKind channel, Instant at) {
    return inbound.reply(tenant, customer, textReplyId(text, channel, at), text, channel, at);
  }

  /**
   * {@link #reply(TenantId, CustomerId, String, ChannelKind, Instant)} for a reply the caller has
   * already read — the SDK reads replies under its hybrid policy, so a language model's reading may
   * stand in for the rules' — so it is not read twice. The reply's id is derived from the channel,
   * time and text in the same way, so the same reply twice counts once however it was read.
   *
   * @param analysis the reading of {@code text} to act on
   */
  public ReplyResult reply(
      TenantId tenant,
      CustomerId customer,
      String text,
      ChannelKind channel,
      Instant at,
      ReplyAnalysis analysis) {
    return inbound.apply(tenant, customer, textReplyId(text, channel, at), analysis, channel);
  }

  private static String textReplyId(String text, ChannelKind channel, Instant at) {
    InvalidInputException.require(text, "text");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(at, "at");
    return Inbound.replyId(channel, at, text);
  }

  /**
   * Applies a payment ({@link Event.PaymentReceived}) to the customer's campaigns that hold the
   * invoices it was allocated to; returns the state of the unfinished one (or the last touched).
   *
   * @throws NotFoundException when no campaign of the customer holds any of the invoices
   */
  public CampaignState payment(
      TenantId tenant, CustomerId customer, String paymentId, List<Event.Allocation> allocations) {
    return inbound.payment(tenant, customer, paymentId, allocations);
  }

  /**
   * Inside the host's unit of work that records a payment (written to {@code uow.payments()}):
   * promises that the payment will reach the customer's campaigns, by scheduling a due item that
   * this runtime owns and that commits with the payment or not at all. The next {@link #runDue} on
   * any node applies the payment ({@link Event.PaymentReceived}, to the customer's campaigns that
   * hold the invoices it was allocated to) before other due work, unless {@link #paymentRecorded}
   * has done so already. Scheduling the same payment twice leaves one item.
   *
   * @param uow a unit of work on this runtime's store, of the payment's tenant
   */
  public void schedulePayment(UnitOfWork uow, PaymentId payment) {
    InvalidInputException.require(uow, "uow");
    InvalidInputException.require(payment, "paymentId");
    PaymentRelay.schedule(uow, payment);
  }

  /**
   * Applies a payment recorded with {@link #schedulePayment} now, for a caller that wants the
   * campaigns to stop at once: reads the payment from the store, applies {@link
   * Event.PaymentReceived} (its non-zero allocations) to the customer's campaigns that hold the
   * paid invoices, and removes the payment's due item in the unit of work of the last change. Safe
   * to repeat, and safe to race a due pass: the payment changes each campaign once.
   *
   * @return the state of the customer's unfinished campaign among those changed, else of the last
   *     one changed; empty when no campaign holds the paid invoices, nothing was allocated, or no
   *     such payment is stored
   */
  public Optional<CampaignState> paymentRecorded(TenantId tenant, PaymentId payment) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(payment, "paymentId");
    return payments.relayNow(tenant, payment);
  }

  /**
   * Does the work due at {@code now} for every tenant: applies recorded payments, wakes due
   * campaigns and dispatches due messages, claiming each with a lease so other nodes skip it.
   * Returns when nothing due is left (items released for later times are not retried in the same
   * pass). Driven by the host, or by {@link #startScheduler}.
   */
  public RunReport runDue(Instant now) {
    InvalidInputException.require(now, "now");
    return duePass.run(now, () -> stopping);
  }

  /**
   * {@link #runDue(Instant)} for one tenant: claims, works and counts only {@code tenant}'s due
   * items. For work done on behalf of one tenant (a tenant's user asking to run what is due), so
   * that it can neither trigger nor observe another tenant's work.
   */
  public RunReport runDue(TenantId tenant, Instant now) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(now, "now");
    return duePass.run(tenant, now, () -> stopping);
  }

  /**
   * Runs {@link #runDue} at the clock's time every {@code tick} on {@code threads} threads; claims
   * keep the threads from doing the same work. {@link #close} stops it gracefully.
   *
   * @throws IllegalStateException when already started or closed
   */
  public void startScheduler(Duration tick, int threads) {
    InvalidInputException.require(tick, "tick");
    if (tick.isNegative() || tick.isZero()) {
      throw new InvalidInputException("tick", "must be positive, was " + tick);
    }
    if (threads < 1 || threads > 64) {
      throw new InvalidInputException("threads", "must be 1 to 64, was " + threads);
    }
    synchronized (this) {
      if (stopping || scheduler != null) {
        throw new IllegalStateException(stopping ? "the runtime is closed" : "already started");
      }
      AtomicInteger count = new AtomicInteger();
      ScheduledExecutorService pool =
          Executors.newScheduledThreadPool(
              threads,
              task -> {
                Thread thread =
                    new Thread(
                        task, "samvad-runtime-" + env.nodeId + "-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      for (int i = 0; i < threads; i++) {
        pool.scheduleWithFixedDelay(this::tick, 0, tick.toNanos(), TimeUnit.NANOSECONDS);
      }
      scheduler = pool;
    }
  }

  /**
   * The task inbox across the tenant's campaigns.
   *
   * <p>Cost: scans every campaign of the tenant through the store's paged listing, so it is linear
   * in the number of campaigns; a database-backed store could index tasks instead.
   */
  public List<TaskView> tasks(TenantId tenant, TaskQuery query) {
    return inbox.tasks(tenant, query);
  }

  /** The task with this id, with its campaign. */
  public Optional<TaskView> task(TenantId tenant, String taskId) {
    return inbox.task(tenant, taskId);
  }

  /**
   * The tenant's channel optimiser, loaded from the store on first use. Its statistics are kept in
   * the store so they survive restarts.
   */
  public ThompsonSampler optimiser(TenantId tenant) {
    InvalidInputException.require(tenant, "tenant");
    return env.optimisers.forTenant(tenant);
  }

  /**
   * Stops the runtime: no new passes start (a later {@link #runDue} does nothing), work in flight
   * finishes, and leases claimed but not yet worked on are released for other nodes. Waits up to
   * the lease duration for the scheduler's threads. Idempotent. Calls that change campaigns
   * directly ({@link #apply} and the like) keep working.
   */
  @Override
  public void close() {
    ScheduledExecutorService pool;
    synchronized (this) {
      stopping = true;
      pool = scheduler;
      scheduler = null;
    }
    if (pool == null) {
      return;
    }
    pool.shutdown();
    try {
      if (!pool.awaitTermination(env.leaseFor.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("work still running after {}; interrupting it", env.leaseFor);
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Configures a {@link CampaignRuntime}. Not thread-safe. */
  public static final class Builder {
    final SamvadStore store;
    final ContextSource contexts;
    final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);
    Clock clock = Clock.systemUTC();
    String nodeId = "node-1";
    Duration leaseFor = Duration.ofMinutes(5);
    int batchSize = 100;
    RetryPolicy retry = RetryPolicy.STANDARD;
    PlaybookRegistry playbooks = PlaybookRegistry.shipped();
    double holdOutShare = 0.10;
    AuditSink audit = entry -> {};
    EventSink events = event -> {};
    @Nullable ThompsonSampler sharedOptimiser;
    @Nullable ReplyAnalyzer analyzer;
    CrashHook crash = CrashHook.NONE;

    private Builder(SamvadStore store, ContextSource contexts) {
      this.store = store;
      this.contexts = contexts;
    }

    /**
     * Wires a channel. A message for a channel that is not wired fails for good ("no channel
     * configured") and the campaign falls back.
     */
    public Builder channel(ChannelKind kind, Channel channel) {
      channels.put(
          InvalidInputException.require(kind, "kind"),
          InvalidInputException.require(channel, "channel"));
      return this;
    }

    /** The clock for calls that take no time argument; default the system clock. */
    public Builder clock(Clock value) {
      this.clock = InvalidInputException.require(value, "clock");
      return this;
    }

    /** This node's name, the owner of its leases; default {@code node-1}. */
    public Builder nodeId(String value) {
      InvalidInputException.require(value, "nodeId");
      if (value.isBlank() || value.length() > 100) {
        throw new InvalidInputException("nodeId", "must be 1 to 100 characters, not blank");
      }
      this.nodeId = value;
      return this;
    }

    /**
     * How long a claim lasts; default 5 minutes. Must exceed the longest channel call: a lease that
     * expires mid-send lets another node send the same attempt (which the channel deduplicates).
     */
    public Builder leaseFor(Duration value) {
      InvalidInputException.require(value, "leaseFor");
      if (value.isNegative() || value.isZero()) {
        throw new InvalidInputException("leaseFor", "must be positive, was " + value);
      }
      this.leaseFor = value;
      return this;
    }

    /** How many due items one claim takes; 1 to 1000, default 100. */
    public Builder batchSize(int value) {
      if (value < 1 || value > 1000) {
        throw new InvalidInputException("batchSize", "must be 1 to 1000, was " + value);
      }
      this.batchSize = value;
      return this;
    }

    /** How transient failures are retried; default {@link RetryPolicy#STANDARD}. */
    public Builder retry(RetryPolicy value) {
      this.retry = InvalidInputException.require(value, "retry");
      return this;
    }

    /** The playbooks campaigns may follow; default {@link PlaybookRegistry#shipped()}. */
    public Builder playbooks(PlaybookRegistry value) {
      this.playbooks = InvalidInputException.require(value, "playbooks");
      return this;
    }

    /**
     * The share of customers (0 to 0.5, default 0.10) who get the plain, non-adapted baseline so
     * the uplift of adaptation can be measured. Membership is a stable function of tenant and
     * customer.
     */
    public Builder holdOutShare(double value) {
      if (!(value >= 0 && value <= 0.5)) {
        throw new InvalidInputException("holdOutShare", "must be 0 to 0.5, was " + value);
      }
      this.holdOutShare = value;
      return this;
    }

    /**
     * One optimiser for every tenant, kept in memory only: for tests and single-tenant simulations
     * that inspect it. By default each tenant gets its own, persisted in the store.
     */
    public Builder optimiser(ThompsonSampler value) {
      this.sharedOptimiser = InvalidInputException.require(value, "optimiser");
      return this;
    }

    /** Reads replies; default {@link ReplyAnalyzer#standard()}. */
    public Builder replyAnalyzer(ReplyAnalyzer value) {
      this.analyzer = InvalidInputException.require(value, "replyAnalyzer");
      return this;
    }

    /** For tests: where the runtime may be made to crash. */
    Builder crashHook(CrashHook value) {
      this.crash = value;
      return this;
    }

    /** Where audited actions go; default nowhere. */
    public Builder auditSink(AuditSink value) {
      this.audit = InvalidInputException.require(value, "auditSink");
      return this;
    }

    /** Where events for the host go; default nowhere. */
    public Builder eventSink(EventSink value) {
      this.events = InvalidInputException.require(value, "eventSink");
      return this;
    }

    /** Builds the runtime; it does nothing until called or {@linkplain #startScheduler started}. */
    public CampaignRuntime build() {
      return new CampaignRuntime(this);
    }
  }
}
