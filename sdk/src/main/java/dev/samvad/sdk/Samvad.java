package dev.samvad.sdk;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.consent.ContactBasisPolicy;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.spi.EventSink;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.spi.InMemoryEventSink;
import dev.samvad.api.spi.LanguageModel;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.memory.InMemoryStore;
import dev.samvad.channel.Channel;
import dev.samvad.constraint.ConstraintSink;
import dev.samvad.culture.UpiPayee;
import dev.samvad.orchestration.Playbook;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.orchestration.runtime.PlaybookRegistry;
import dev.samvad.orchestration.runtime.RunReport;
import dev.samvad.relationship.RelationshipIntelligence;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.sdk.internal.Access;
import dev.samvad.sdk.internal.CampaignContexts;
import dev.samvad.sdk.internal.ConsentDesk;
import dev.samvad.sdk.internal.ConstraintDesk;
import dev.samvad.sdk.internal.CultureDesk;
import dev.samvad.sdk.internal.CultureEngines;
import dev.samvad.sdk.internal.DataRights;
import dev.samvad.sdk.internal.HybridPolicy;
import dev.samvad.sdk.internal.Ledger;
import dev.samvad.sdk.internal.LlmQuota;
import dev.samvad.sdk.internal.OrchestrationDesk;
import dev.samvad.sdk.internal.RelationshipDesk;
import dev.samvad.sdk.internal.ReplyDesk;
import dev.samvad.sdk.internal.Services;
import dev.samvad.sdk.internal.json.JsonApiHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Samvad inside a host's process: the one door to everything else. Build one per process with
 * {@link #builder()}, share it between threads, and {@link #close()} it on shutdown.
 *
 * <pre>{@code
 * try (Samvad samvad = Samvad.builder().build()) {   // in-memory store, system clock, no LLM
 *   TenantSession acme = samvad.tenant(new TenantId("acme"));
 *   acme.putCustomer(customer);
 *   JsonResponse r = samvad.jsonApi().handle(request);
 * }
 * }</pre>
 *
 * <p>Thread-safe. After {@link #close()}, {@link #tenant} throws {@link IllegalStateException} and
 * the JSON API answers {@code 503 UNAVAILABLE}.
 */
public final class Samvad implements AutoCloseable {
  /** The zone of the default clock: Indian Standard Time. */
  static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  /** How long a request waits for the language model by default: 4 seconds. */
  public static final Duration DEFAULT_LANGUAGE_MODEL_DEADLINE = Duration.ofSeconds(4);

  /** The default cap on a JSON API request body: 2 MiB of UTF-8. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024;

  private final SamvadStore store;
  private final boolean ownsStore;
  private final Clock clock;
  private final LanguageModel languageModel;
  private final AuditSink auditSink;
  private final EventSink eventSink;
  private final JsonApiHandler jsonApi;
  private final CustomerTeams customerTeams;
  private final CultureEngines culture;
  private final ReplyAnalyzer replyAnalyzer = ReplyAnalyzer.standard();
  private final RelationshipIntelligence relationshipIntelligence =
      RelationshipIntelligence.builder().build();
  private final ConstraintDesk.Memory constraintMemory = new ConstraintDesk.Memory();
  private final Optional<ConstraintSink> constraintSink;
  private final CampaignContexts campaignContexts;
  private final CampaignRuntime campaigns;
  private final PlaybookRegistry playbooks;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final @Nullable ExecutorService llmPool;
  private final HybridPolicy hybrid;
  private final Function<TenantId, ContactBasisPolicy> contactBasis;
  private final Function<TenantId, RetentionPolicy> retention;

  private Samvad(Builder b) {
    this.ownsStore = b.store == null;
    this.store = b.store != null ? b.store : InMemoryStore.create();
    this.clock = b.clock;
    this.languageModel = b.languageModel;
    this.auditSink = b.auditSink;
    this.eventSink = b.eventSink;
    this.customerTeams = b.customerTeams;
    this.culture = CultureEngines.standard();
    this.constraintSink = Optional.ofNullable(b.constraintSink);
    this.contactBasis = memoised(b.contactBasis, "contactBasis(tenant)");
    this.retention = memoised(b.retention, "retention(tenant)");
    this.campaignContexts =
        new CampaignContexts(store, culture, b.collectionSettings, contactBasis);
    this.playbooks = PlaybookRegistry.shipped();
    b.playbooks.forEach(playbooks::register);
    CampaignRuntime.Builder runtime =
        CampaignRuntime.builder(store, campaignContexts)
            .clock(clock)
            .playbooks(playbooks)
            .holdOutShare(b.holdOutShare)
            .auditSink(auditSink)
            .eventSink(eventSink);
    b.channels.forEach(runtime::channel);
    this.campaigns = runtime.build();
    this.llmPool = b.languageModel == LanguageModel.none() ? null : llmPool(b.languageModelThreads);
    this.hybrid =
        new HybridPolicy(
            b.languageModel, b.languageModelDeadline, llmPool, new LlmQuota(b.llmLimits, clock));
    this.jsonApi =
        new JsonApiHandler(
            new SamvadServices(), b.maxRequestBytes, b.apiLimits, clock, closed::get);
  }

  /**
   * Calls {@code f} once per tenant; a null answer is a configuration error naming {@code what}.
   */
  private static <T> Function<TenantId, T> memoised(Function<TenantId, T> f, String what) {
    Map<TenantId, T> cache = new java.util.concurrent.ConcurrentHashMap<>();
    return tenant ->
        cache.computeIfAbsent(tenant, t -> InvalidInputException.require(f.apply(t), what));
  }

  /** Daemon threads for model calls, so a hung call never keeps the host's JVM alive. */
  private static ExecutorService llmPool(int threads) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "samvad-llm-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** A builder with the embedded defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The host's own session of {@code tenant}: it may do everything, and what it does is audited
   * with the actor {@code host}. Use it for system work — loading the ledger, schedulers,
   * integrations. For anything done on behalf of a person, use {@link #session(Principal)} so that
   * their roles are enforced and the audit trail names them. Cheap.
   *
   * @throws InvalidInputException when {@code tenant} is null
   * @throws IllegalStateException after {@link #close()}
   */
  public TenantSession tenant(TenantId tenant) {
    InvalidInputException.require(tenant, "tenant");
    return new TenantSession(
        ledger(tenant, "host"),
        orchestrationDesk(tenant, "host"),
        Access.host(tenant, auditSink, clock),
        hybrid,
        replyAnalyzer,
        consentDesk(tenant, "host"),
        dataRights(tenant, "host"),
        retention.apply(tenant));
  }

  /**
   * A session of {@code principal}'s tenant acting for {@code principal}: every method checks the
   * permission it needs and the principal's attribute rules (see {@link Role}), refusing with a
   * {@link dev.samvad.api.PermissionDeniedException} ({@code PERMISSION_DENIED}, audited as {@code
   * access.denied}); writes and sensitive reads are audited with the actor {@code user:<userId>}.
   * Cheap; open one per request.
   *
   * @throws InvalidInputException when {@code principal} is null
   * @throws IllegalStateException after {@link #close()}
   */
  public TenantSession session(Principal principal) {
    InvalidInputException.require(principal, "principal");
    Access access = Access.of(principal, customerTeams, auditSink, clock);
    return new TenantSession(
        ledger(principal.tenant(), access.actor()),
        orchestrationDesk(principal.tenant(), access.actor()),
        access,
        hybrid,
        replyAnalyzer,
        consentDesk(principal.tenant(), access.actor()),
        dataRights(principal.tenant(), access.actor()),
        retention.apply(principal.tenant()));
  }

  private Ledger ledger(TenantId tenant, String actor) {
    if (closed.get()) {
      throw new IllegalStateException("Samvad is closed");
    }
    OrchestrationDesk desk = orchestrationDesk(tenant, actor);
    return new Ledger(
        store.tenant(tenant),
        clock,
        auditSink,
        eventSink,
        actor,
        new Ledger.Listener() {
          @Override
          public void customerChanged(dev.samvad.api.CustomerId customer) {
            campaignContexts.forget(tenant, customer);
          }

          @Override
          public void invoicePut(dev.samvad.api.model.Invoice invoice) {
            desk.invoiced(invoice);
          }

          @Override
          public void recordingPayment(
              dev.samvad.api.store.UnitOfWork uow, dev.samvad.api.model.Payment payment) {
            desk.paying(uow, payment);
          }

          @Override
          public void paymentRecorded(dev.samvad.api.model.Payment payment) {
            desk.paid(payment);
          }
        });
  }

  private OrchestrationDesk orchestrationDesk(TenantId tenant, String actor) {
    checkOpen();
    return new OrchestrationDesk(
        tenant,
        store.tenant(tenant),
        campaigns,
        playbooks,
        clock,
        auditSink,
        actor,
        consentDesk(tenant, actor),
        replyAnalyzer,
        hybrid);
  }

  private ConsentDesk consentDesk(TenantId tenant, String actor) {
    checkOpen();
    return new ConsentDesk(
        tenant,
        store.tenant(tenant),
        contactBasis.apply(tenant),
        clock,
        auditSink,
        actor,
        campaignContexts);
  }

  private DataRights dataRights(TenantId tenant, String actor) {
    checkOpen();
    return new DataRights(
        tenant,
        store.tenant(tenant),
        campaigns,
        clock,
        auditSink,
        actor,
        () -> constraintMemory.forget(tenant),
        customer -> campaignContexts.forget(tenant, customer));
  }

  /**
   * Applies every tenant's {@link RetentionPolicy} at {@code now}: blanks the text of interactions,
   * and deletes profiles and the settled executions of campaign messages, that are older than their
   * periods. Invoices, payments and consent ledgers are never purged. Host-driven like {@link
   * #runDue}: call it from a daily job. Each tenant's purge is audited as {@code data.purge} by
   * {@code host}.
   *
   * @return how much was purged, summed over the tenants
   */
  public PurgeReport purgeExpired(Instant now) {
    checkOpen();
    InvalidInputException.require(now, "now");
    Map<RetentionPolicy.DataKind, Integer> total = new EnumMap<>(RetentionPolicy.DataKind.class);
    List<TenantId> tenants = store.tenants();
    for (TenantId tenant : tenants) {
      dataRights(tenant, "host")
          .purge(retention.apply(tenant), now)
          .forEach((k, v) -> total.merge(k, v, Integer::sum));
    }
    for (RetentionPolicy.DataKind kind : RetentionPolicy.DataKind.values()) {
      total.putIfAbsent(kind, 0);
    }
    return new PurgeReport(now, tenants.size(), total);
  }

  /**
   * Runs the campaign work that is due at {@code now} for every tenant: wakes due campaigns,
   * applies their decisions and dispatches queued messages through the channels. Hosts that drive
   * time themselves call this from their own scheduler; others use {@link #startScheduler}.
   *
   * <p>A host-level call: it acts for every tenant and its report counts all of them, so never make
   * it on behalf of one tenant's user. The JSON route {@code POST
   * /api/v1/communication-orchestration/run-due} runs and counts only its caller's tenant.
   *
   * @return what was done
   */
  public RunReport runDue(Instant now) {
    checkOpen();
    InvalidInputException.require(now, "now");
    return campaigns.runDue(now);
  }

  /**
   * Runs due campaign work every {@code tick} on {@code threads} threads until {@link #close()},
   * which lets in-flight work finish.
   */
  public void startScheduler(Duration tick, int threads) {
    checkOpen();
    campaigns.startScheduler(tick, threads);
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Samvad is closed");
    }
  }

  private CultureDesk cultureDesk(TenantId tenant, String actor) {
    checkOpen();
    return new CultureDesk(tenant, store.tenant(tenant), culture, clock, auditSink, actor, hybrid);
  }

  private ReplyDesk replyDesk(TenantId tenant, String actor) {
    checkOpen();
    return new ReplyDesk(
        tenant, store.tenant(tenant), replyAnalyzer, culture, clock, auditSink, actor, hybrid);
  }

  private RelationshipDesk relationshipDesk(TenantId tenant, String actor) {
    checkOpen();
    return new RelationshipDesk(
        tenant,
        store.tenant(tenant),
        relationshipIntelligence,
        replyAnalyzer,
        culture,
        clock,
        auditSink,
        actor);
  }

  private ConstraintDesk constraintDesk(TenantId tenant, String actor) {
    checkOpen();
    return new ConstraintDesk(
        tenant,
        store.tenant(tenant),
        culture,
        clock,
        auditSink,
        actor,
        constraintMemory,
        constraintSink,
        hybrid);
  }

  /** Opens each engine's door for the JSON API. */
  private final class SamvadServices implements Services {
    @Override
    public Access access(Principal principal) {
      return Access.of(principal, customerTeams, auditSink, clock);
    }

    @Override
    public Ledger ledger(TenantId tenant, String actor) {
      return Samvad.this.ledger(tenant, actor);
    }

    @Override
    public CultureDesk culture(TenantId tenant, String actor) {
      return cultureDesk(tenant, actor);
    }

    @Override
    public ReplyDesk replies(TenantId tenant, String actor) {
      return replyDesk(tenant, actor);
    }

    @Override
    public RelationshipDesk relationships(TenantId tenant, String actor) {
      return relationshipDesk(tenant, actor);
    }

    @Override
    public ConstraintDesk constraints(TenantId tenant, String actor) {
      return constraintDesk(tenant, actor);
    }

    @Override
    public OrchestrationDesk orchestration(TenantId tenant, String actor) {
      return orchestrationDesk(tenant, actor);
    }

    @Override
    public ConsentDesk consents(TenantId tenant, String actor) {
      return consentDesk(tenant, actor);
    }

    @Override
    public DataRights dataRights(TenantId tenant, String actor) {
      return Samvad.this.dataRights(tenant, actor);
    }

    @Override
    public RetentionPolicy retention(TenantId tenant) {
      return retention.apply(tenant);
    }
  }

  /** The JSON API over this instance; thread-safe, one instance for all tenants. */
  public JsonApi jsonApi() {
    return jsonApi;
  }

  /**
   * Every route of the {@link #jsonApi()} with the {@link Permission} it needs and the customer it
   * touches, in a stable order; for example to show a user only what they may do.
   */
  public List<JsonRoute> jsonRoutes() {
    return jsonApi.routes();
  }

  /** The clock every time decision uses. */
  public Clock clock() {
    return clock;
  }

  /** The language model engines may use to enhance their rule-based answers. */
  LanguageModel languageModel() {
    return languageModel;
  }

  /**
   * Shuts Samvad down. Closes the store if Samvad created it (the default in-memory store); a store
   * passed to {@link Builder#store} belongs to the host, which closes it. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      campaigns.close();
      if (llmPool != null) {
        llmPool.shutdownNow();
      }
      if (ownsStore) {
        store.close();
      }
    }
  }

  /**
   * Configures a {@link Samvad}. Every setting has an embedded default, so {@code
   * Samvad.builder().build()} is a working instance. Not thread-safe; build, then share the result.
   */
  public static final class Builder {
    private @Nullable SamvadStore store;
    private Clock clock = Clock.system(INDIA);
    private LanguageModel languageModel = LanguageModel.none();
    private AuditSink auditSink = new InMemoryAuditSink();
    private CustomerTeams customerTeams = CustomerTeams.none();
    private Function<TenantId, ApiLimits> apiLimits = tenant -> ApiLimits.unlimited();
    private Function<TenantId, LlmLimits> llmLimits = tenant -> LlmLimits.unlimited();
    private EventSink eventSink = new InMemoryEventSink();
    private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private @Nullable ConstraintSink constraintSink;
    private final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);
    private final List<Playbook> playbooks = new ArrayList<>();
    private double holdOutShare = 0.10;
    private Function<TenantId, CollectionSettings> collectionSettings =
        tenant ->
            CollectionSettings.of(tenant.value(), new UpiPayee("payments@upi", tenant.value()));
    private Duration languageModelDeadline = DEFAULT_LANGUAGE_MODEL_DEADLINE;
    private Function<TenantId, ContactBasisPolicy> contactBasis =
        tenant -> ContactBasisPolicy.standard();
    private Function<TenantId, RetentionPolicy> retention = tenant -> RetentionPolicy.standard();
    private int languageModelThreads = 8;

    private Builder() {}

    /**
     * The channel that carries messages of {@code kind}. A campaign message on a channel with none
     * configured fails for good and the campaign falls back to the next channel of its step.
     * Default: none; {@code dev.samvad.channel.OutboxFile} writes every message as a JSON line.
     */
    public Builder channel(ChannelKind kind, Channel channel) {
      channels.put(
          InvalidInputException.require(kind, "kind"),
          InvalidInputException.require(channel, "channel"));
      return this;
    }

    /**
     * Each tenant's collection settings: seller name, pay link, frequency caps, contact rules.
     * Called once per tenant and cached for a few minutes. Default: the tenant id as the seller
     * name, a placeholder UPI payee, standard caps and rules — replace it before sending real
     * messages.
     */
    public Builder collectionSettings(Function<TenantId, CollectionSettings> settings) {
      this.collectionSettings = InvalidInputException.require(settings, "collectionSettings");
      return this;
    }

    /**
     * A playbook campaigns may follow, besides the shipped ones ({@code standard-b2b}, {@code
     * relationship-first}, {@code high-risk}). Registering a new version of an id makes it the one
     * new campaigns start on; running campaigns keep theirs.
     */
    public Builder playbook(Playbook playbook) {
      playbooks.add(InvalidInputException.require(playbook, "playbook"));
      return this;
    }

    /**
     * The share of customers (0 to 0.5) who get plain, non-adapted messages so that the uplift of
     * adaptation can be measured. Default 0.10.
     */
    public Builder holdOutShare(double share) {
      if (!(share >= 0 && share <= 0.5)) {
        throw new InvalidInputException("holdOutShare", "must be 0 to 0.5, was " + share);
      }
      this.holdOutShare = share;
      return this;
    }

    /** Where state is kept. Default: a new in-memory store, closed with Samvad. */
    public Builder store(SamvadStore store) {
      this.store = InvalidInputException.require(store, "store");
      return this;
    }

    /**
     * The time source of every decision. Default: the system clock in {@code Asia/Kolkata}. Tests
     * pass a {@link dev.samvad.api.spi.SteppableClock}.
     */
    public Builder clock(Clock clock) {
      this.clock = InvalidInputException.require(clock, "clock");
      return this;
    }

    /**
     * The optional language model. Default: {@link LanguageModel#none()} (rules only). With a
     * model, reply reading ({@code analyze-sentiment}, {@link TenantSession#readReply}) and message
     * drafting ({@code adapt-content}) follow the hybrid policy: the rule engine answers at once,
     * and the model's answer replaces it only when it arrives valid within {@link
     * #languageModelDeadline}; each answer says which path answered and why ({@link HybridResult}).
     * Model calls run on up to {@link #languageModelThreads} daemon threads owned by Samvad and
     * stopped by {@link Samvad#close()}.
     */
    public Builder languageModel(LanguageModel model) {
      this.languageModel = InvalidInputException.require(model, "languageModel");
      return this;
    }

    /**
     * How long a request waits for the language model before the rules' answer stands. Default:
     * {@link Samvad#DEFAULT_LANGUAGE_MODEL_DEADLINE} (4 s). Several replies in one request share
     * one deadline.
     *
     * @throws InvalidInputException naming {@code languageModelDeadline} unless between 1 ms and 2
     *     minutes
     */
    public Builder languageModelDeadline(Duration deadline) {
      InvalidInputException.require(deadline, "languageModelDeadline");
      if (deadline.toMillis() < 1 || deadline.compareTo(Duration.ofMinutes(2)) > 0) {
        throw new InvalidInputException(
            "languageModelDeadline", "must be between 1 ms and 2 minutes, was " + deadline);
      }
      this.languageModelDeadline = deadline;
      return this;
    }

    /**
     * The most language model calls in flight at once; more wait their turn within the deadline.
     * Default: 8.
     *
     * @throws InvalidInputException naming {@code languageModelThreads} unless 1 to 256
     */
    public Builder languageModelThreads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new InvalidInputException("languageModelThreads", "must be 1 to 256, was " + threads);
      }
      this.languageModelThreads = threads;
      return this;
    }

    /**
     * Where the audit trail goes: every write, every message sent, every read of contact details,
     * message text or judgements about a customer, and every access denial, each with its actor.
     * The sink is called on the working thread, inside the write's unit of work where there is one,
     * so a failing sink fails the write. Default: an {@link InMemoryAuditSink}, which keeps each
     * tenant's entries as a hash chain that {@link InMemoryAuditSink#verify} checks; to keep a
     * tamper-evident trail in the host's own database, pass a {@link
     * dev.samvad.api.spi.HashChainedAuditSink} over an {@link dev.samvad.api.spi.AuditLog}.
     */
    public Builder auditSink(AuditSink sink) {
      this.auditSink = InvalidInputException.require(sink, "auditSink");
      return this;
    }

    /**
     * Which team each customer belongs to, for the rule that only an {@link Role#ADMINISTRATOR}
     * reads the message text of another team's customer. Default: {@link CustomerTeams#none()}, no
     * customer in a team.
     */
    public Builder customerTeams(CustomerTeams teams) {
      this.customerTeams = InvalidInputException.require(teams, "customerTeams");
      return this;
    }

    /**
     * The same limits on JSON API calls for every tenant; see {@link ApiLimits}. Default: {@link
     * ApiLimits#unlimited()}.
     */
    public Builder apiLimits(ApiLimits limits) {
      InvalidInputException.require(limits, "apiLimits");
      this.apiLimits = tenant -> limits;
      return this;
    }

    /**
     * Each tenant's limits on JSON API calls, for hosts whose plans differ; see {@link ApiLimits}.
     * Called once per tenant, on its first call, on the requesting thread; it must not return null.
     */
    public Builder apiLimits(Function<TenantId, ApiLimits> limits) {
      InvalidInputException.require(limits, "apiLimits");
      this.apiLimits =
          tenant -> InvalidInputException.require(limits.apply(tenant), "apiLimits(tenant)");
      return this;
    }

    /**
     * The same limits on language-model use for every tenant, enforced for any {@link
     * #languageModel}; see {@link LlmLimits}. Default: {@link LlmLimits#unlimited()}.
     */
    public Builder llmLimits(LlmLimits limits) {
      InvalidInputException.require(limits, "llmLimits");
      this.llmLimits = tenant -> limits;
      return this;
    }

    /**
     * Each tenant's limits on language-model use, for hosts whose plans differ; see {@link
     * LlmLimits}. Called once per tenant, on its first model call; it must not return null.
     */
    public Builder llmLimits(Function<TenantId, LlmLimits> limits) {
      InvalidInputException.require(limits, "llmLimits");
      this.llmLimits =
          tenant -> InvalidInputException.require(limits.apply(tenant), "llmLimits(tenant)");
      return this;
    }

    /** Where events are published. Default: an {@link InMemoryEventSink}. */
    public Builder eventSink(EventSink sink) {
      this.eventSink = InvalidInputException.require(sink, "eventSink");
      return this;
    }

    /**
     * The largest JSON API request body accepted, in UTF-8 bytes; larger bodies get {@code 413
     * PAYLOAD_TOO_LARGE}. Default: {@link Samvad#DEFAULT_MAX_REQUEST_BYTES}, 2 MiB (2,097,152
     * bytes).
     *
     * @throws InvalidInputException naming {@code maxRequestBytes} unless positive
     */
    public Builder maxRequestBytes(int bytes) {
      if (bytes < 1) {
        throw new InvalidInputException("maxRequestBytes", "must be positive, was " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Where each constraint analysis goes once it is complete: an external constraint-management
     * system, a data lake, a log ({@link dev.samvad.constraint.JsonLinesConstraintSink} writes one
     * JSON line per analysis to a writer the host owns). Called on the requesting thread after
     * every {@code POST /api/v1/constraint-integration/analyze}, once per analysis; what-if views
     * ({@code generate-insights}) are not exported. If the sink throws, the failure is logged and
     * noted in the answer, and the analysis still stands. Default: none.
     */
    public Builder constraintSink(ConstraintSink sink) {
      this.constraintSink = InvalidInputException.require(sink, "constraintSink");
      return this;
    }

    /**
     * Each tenant's rule for the lawful basis of contact per channel (DPDP Act 2023). Called once
     * per tenant. Default: {@link ContactBasisPolicy#standard()} — e-mail, SMS, voice and letters
     * rest on the legitimate use of invoice delivery and payment follow-up until the customer
     * withdraws (a "STOP" reply, or {@link TenantSession#withdrawConsent}); WhatsApp needs recorded
     * consent (a contact's {@code whatsappOptIn} counts as one). Pass {@code tenant ->
     * ContactBasisPolicy.consentEverywhere()} to send nothing without recorded consent.
     */
    public Builder contactBasis(Function<TenantId, ContactBasisPolicy> policy) {
      this.contactBasis = InvalidInputException.require(policy, "contactBasis");
      return this;
    }

    /**
     * Each tenant's retention periods, applied by {@link Samvad#purgeExpired}. Called once per
     * tenant. Default: {@link RetentionPolicy#standard()}.
     */
    public Builder retention(Function<TenantId, RetentionPolicy> policy) {
      this.retention = InvalidInputException.require(policy, "retention");
      return this;
    }

    /** A Samvad with this configuration. */
    public Samvad build() {
      return new Samvad(this);
    }
  }
}
