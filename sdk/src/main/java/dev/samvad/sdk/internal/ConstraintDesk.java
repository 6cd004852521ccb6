package dev.samvad.sdk.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.IndianState;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.Region;
import dev.samvad.api.TenantId;
import dev.samvad.api.llm.Explanation;
import dev.samvad.api.model.Address;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.constraint.ConstraintAnalysis;
import dev.samvad.constraint.ConstraintEngine;
import dev.samvad.constraint.ConstraintSettings;
import dev.samvad.constraint.ConstraintSink;
import dev.samvad.constraint.CustomerSegment;
import dev.samvad.constraint.ExecutionFact;
import dev.samvad.constraint.HoldOutFlag;
import dev.samvad.constraint.InvoiceFact;
import dev.samvad.constraint.PaymentFact;
import dev.samvad.constraint.Portfolio;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.sdk.HybridResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tenant's door to constraint analysis: builds a {@link Portfolio} from the tenant's ledger
 * (every customer, invoice and payment in the store) plus the message executions the caller gives,
 * runs the {@link ConstraintEngine}, remembers the latest analysis per scope so the next one can
 * say whether the constraint moved, and hands each analysis to the host's {@link ConstraintSink}.
 *
 * <p>The latest analyses live in a {@link Memory} that one Samvad instance shares across tenants,
 * keyed by tenant: in memory only, so they are lost on restart and not shared between host nodes.
 */
public final class ConstraintDesk {
  private static final Logger LOG = LoggerFactory.getLogger(ConstraintDesk.class);

  /** Decisions are taken in Indian Standard Time. */
  static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  /** The scope of an analysis over the whole portfolio. */
  public static final String PORTFOLIO = "*";

  /** The playbook name until orchestration assigns customers to playbooks. */
  static final String NO_PLAYBOOK = "none";

  /**
   * What an analysis covers and how it measures.
   *
   * @param customer the one customer to analyse, or empty for the whole portfolio
   * @param periodDays the period length (7 to 366)
   * @param tenantSize the tenant's own size (MSMED interest only for micro and small)
   * @param executions messages the caller reports, each about a stored invoice in scope; an error
   *     names the element as {@code [i].field}
   * @param segments which customers to keep, by their segment (all when insights are not narrowed)
   */
  public record Scope(
      Optional<CustomerId> customer,
      int periodDays,
      BusinessSize tenantSize,
      List<ExecutionFact> executions,
      Predicate<CustomerSegment> segments) {
    public Scope {
      executions = List.copyOf(executions);
    }

    /** {@code "*"} or the customer's id. */
    public String key() {
      return customer.map(CustomerId::value).orElse(PORTFOLIO);
    }
  }

  /**
   * What went into an analysis and what came out.
   *
   * @param scope {@code "*"} or the customer's id
   * @param customers customers analysed
   * @param invoices invoices analysed
   * @param payments payment allocations analysed
   * @param executions executions given by the caller
   * @param inputNotes how the segments were found, and anything else about the inputs
   * @param analysedAt when it ran, by Samvad's clock
   * @param analysis the engine's analysis
   * @param executionFacts the executions analysed, kept so later views can reuse them
   */
  public record Outcome(
      String scope,
      int customers,
      int invoices,
      int payments,
      int executions,
      List<String> inputNotes,
      Instant analysedAt,
      ConstraintAnalysis analysis,
      List<ExecutionFact> executionFacts) {
    public Outcome {
      inputNotes = List.copyOf(inputNotes);
      executionFacts = List.copyOf(executionFacts);
    }
  }

  /**
   * The latest analyses of every tenant, one per scope: the whole portfolio per tenant is always
   * kept; single-customer analyses are kept up to {@value #CUSTOMER_SCOPES} across all tenants,
   * least recently used evicted first. Thread-safe.
   */
  public static final class Memory {
    static final long CUSTOMER_SCOPES = 10_000;

    private record Key(TenantId tenant, String scope) {}

    private final Map<TenantId, Outcome> portfolios = new ConcurrentHashMap<>();
    private final Cache<Key, Outcome> customers =
        Caffeine.newBuilder().maximumSize(CUSTOMER_SCOPES).build();

    Optional<Outcome> get(TenantId tenant, String scope) {
      return PORTFOLIO.equals(scope)
          ? Optional.ofNullable(portfolios.get(tenant))
          : Optional.ofNullable(customers.getIfPresent(new Key(tenant, scope)));
    }

    /** Drops every analysis of {@code tenant}: they may name a customer whose data was erased. */
    public void forget(TenantId tenant) {
      portfolios.remove(tenant);
      customers.asMap().keySet().removeIf(k -> k.tenant().equals(tenant));
    }

    void put(TenantId tenant, Outcome outcome) {
      if (PORTFOLIO.equals(outcome.scope())) {
        portfolios.put(tenant, outcome);
      } else {
        customers.put(new Key(tenant, outcome.scope()), outcome);
      }
    }
  }

  private final TenantId tenant;
  private final TenantStore store;
  private final CultureEngines culture;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;
  private final Memory memory;
  private final Optional<ConstraintSink> sink;
  private final HybridPolicy hybrid;

  /**
   * @param tenant the tenant
   * @param store its store
   * @param culture where stored cultural profiles are decoded and cached
   * @param clock Samvad's clock; the analysis date is its today in Asia/Kolkata
   * @param audit where each analysis is audited
   * @param actor who asks
   * @param memory the latest analyses
   * @param sink the host's export, if any
   * @param hybrid where analyses are explained by a language model, when one is configured
   */
  public ConstraintDesk(
      TenantId tenant,
      TenantStore store,
      CultureEngines culture,
      Clock clock,
      AuditSink audit,
      String actor,
      Memory memory,
      Optional<ConstraintSink> sink,
      HybridPolicy hybrid) {
    this.tenant = tenant;
    this.store = store;
    this.culture = culture;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
    this.memory = memory;
    this.sink = sink;
    this.hybrid = hybrid;
  }

  /**
   * A language model's plain-language explanation of {@code outcome}'s analysis under the hybrid
   * policy: present only when it arrives valid within the deadline and states only the analysis's
   * numbers. The rules' explanation ({@code analysis.summary}) stands either way.
   */
  public HybridResult<Optional<Explanation>> explain(Outcome outcome) {
    return hybrid.explain(ConstraintExplanations.task(tenant, outcome.scope(), outcome.analysis()));
  }

  /** The analysis date: Samvad's clock's today in Asia/Kolkata. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), INDIA);
  }

  /**
   * Analyses the scope against the latest analysis of the same scope (which the answer's {@code
   * shift} compares with), remembers it as the latest, audits it and exports it to the sink. A
   * failing sink is logged and noted; the analysis stands.
   *
   * @throws NotFoundException when the scope names a customer that is not stored
   * @throws InvalidInputException naming {@code [i].invoiceId} for an execution about an invoice
   *     that is not stored or not in scope, {@code periodDays} when out of range
   */
  public Outcome analyze(Scope scope) {
    Optional<ConstraintAnalysis> previous = memory.get(tenant, scope.key()).map(Outcome::analysis);
    Outcome outcome = run(scope, previous, true);
    memory.put(tenant, outcome);
    audit.append(
        new AuditEntry(
            tenant,
            actor,
            "constraint.analyze",
            "constraints:" + scope.key(),
            outcome.analysedAt(),
            Map.of(
                "invoices", Integer.toString(outcome.invoices()),
                "lever",
                    outcome
                        .analysis()
                        .constraint()
                        .map(c -> c.candidate().lever().name())
                        .orElse("none"))));
    if (sink.isPresent()) {
      try {
        sink.get().export(outcome.analysis());
      } catch (RuntimeException e) {
        LOG.warn("constraint sink failed for tenant {}", tenant.value(), e);
        List<String> notes = new ArrayList<>(outcome.inputNotes());
        notes.add("The host's constraint sink failed to export this analysis; see the host's log.");
        outcome =
            new Outcome(
                outcome.scope(),
                outcome.customers(),
                outcome.invoices(),
                outcome.payments(),
                outcome.executions(),
                notes,
                outcome.analysedAt(),
                outcome.analysis(),
                outcome.executionFacts());
      }
    }
    return outcome;
  }

  /**
   * Analyses the scope without remembering or exporting it: a what-if view, such as insights over a
   * segment or another period length. Executions about invoices outside the scope are left out.
   */
  public Outcome explore(Scope scope) {
    return run(scope, Optional.empty(), false);
  }

  /** The latest analysis of {@code scope} ({@code "*"} or a customer id), if one has run. */
  public Optional<Outcome> latest(String scope) {
    return memory.get(tenant, scope);
  }

  private Outcome run(Scope scope, Optional<ConstraintAnalysis> previous, boolean strict) {
    ConstraintSettings settings =
        ConstraintSettings.defaults()
            .withPeriodDays(scope.periodDays())
            .withTenantSize(scope.tenantSize());
    Instant now = clock.instant();
    LocalDate asOf = LocalDate.ofInstant(now, INDIA);
    Collected facts = store.inTransaction(uow -> collect(uow, scope));
    Portfolio.Builder builder = Portfolio.builder(asOf);
    for (Map.Entry<CustomerId, CustomerSegment> c : facts.segments.entrySet()) {
      builder.customer(c.getKey(), c.getValue());
    }
    facts.invoices.forEach(builder::invoice);
    facts.payments.forEach(builder::payment);
    List<ExecutionFact> executions = new ArrayList<>();
    for (int i = 0; i < scope.executions().size(); i++) {
      ExecutionFact execution = scope.executions().get(i);
      InvoiceId invoice = execution.invoiceId();
      if (facts.invoiceIds.containsKey(invoice)) {
        builder.execution(execution);
        executions.add(execution);
      } else if (strict) {
        throw new InvalidInputException(
            "[" + i + "].invoiceId",
            scope.customer().isPresent()
                ? "invoice '" + invoice.value() + "' is not an invoice of the analysed customer"
                : "invoice '" + invoice.value() + "' is not a stored invoice of this tenant");
      }
    }
    ConstraintAnalysis analysis =
        ConstraintEngine.create(settings).analyze(builder.build(), previous);
    return new Outcome(
        scope.key(),
        facts.segments.size(),
        facts.invoices.size(),
        facts.payments.size(),
        executions.size(),
        facts.notes(),
        now,
        analysis,
        executions);
  }

  /** Facts read in one unit of work. */
  private static final class Collected {
    final Map<CustomerId, CustomerSegment> segments = new LinkedHashMap<>();
    final List<InvoiceFact> invoices = new ArrayList<>();
    final List<PaymentFact> payments = new ArrayList<>();
    final Map<InvoiceId, CustomerId> invoiceIds = new HashMap<>();
    int fromProfile;
    int fromLedger;
    int regionDefaulted;
    int languageDefaulted;
    int sizeDefaulted;

    void count(Sourced s) {
      if (s.fromProfile()) {
        fromProfile++;
      } else {
        fromLedger++;
      }
      regionDefaulted += s.regionDefaulted() ? 1 : 0;
      languageDefaulted += s.languageDefaulted() ? 1 : 0;
      sizeDefaulted += s.sizeDefaulted() ? 1 : 0;
    }

    List<String> notes() {
      List<String> notes = new ArrayList<>();
      notes.add(
          "Segments: "
              + fromProfile
              + " customer(s) from their stored cultural profile, "
              + fromLedger
              + " from the ledger (GSTIN or address state, stated language, stated size).");
      if (regionDefaulted > 0) {
        notes.add(
            regionDefaulted
                + " customer(s) with no state on record were counted under NORTH, the profiler's"
                + " country default; analyse their cultural profiles to place them.");
      }
      if (languageDefaulted > 0) {
        notes.add(
            languageDefaulted + " customer(s) with no known language were counted as ENGLISH.");
      }
      if (sizeDefaulted > 0) {
        notes.add(sizeDefaulted + " customer(s) with no stated size were counted as MEDIUM.");
      }
      notes.add(
          "Playbook is '"
              + NO_PLAYBOOK
              + "' and every customer is ADAPTED until orchestration assigns playbooks and a"
              + " hold-out group.");
      return notes;
    }
  }

  private Collected collect(UnitOfWork uow, Scope scope) {
    Collected facts = new Collected();
    List<Customer> customers;
    if (scope.customer().isPresent()) {
      CustomerId id = scope.customer().get();
      customers =
          List.of(
              uow.customers()
                  .find(id)
                  .map(Versioned::value)
                  .orElseThrow(() -> new NotFoundException("customer", id.value())));
    } else {
      customers = allCustomers(uow);
    }
    for (Customer customer : customers) {
      Sourced sourced = segment(uow, customer);
      if (!scope.segments().test(sourced.segment())) {
        continue;
      }
      facts.count(sourced);
      facts.segments.put(customer.id(), sourced.segment());
      for (Versioned<Invoice> v : uow.invoices().byCustomer(customer.id())) {
        facts.invoices.add(InvoiceFact.of(v.value()));
        facts.invoiceIds.put(v.value().id(), customer.id());
      }
      for (Versioned<Payment> v : uow.payments().byCustomer(customer.id())) {
        facts.payments.addAll(PaymentFact.of(v.value()));
      }
    }
    return facts;
  }

  private static List<Customer> allCustomers(UnitOfWork uow) {
    List<Customer> all = new ArrayList<>();
    Page page = Page.first(Page.MAX_LIMIT);
    while (true) {
      List<Versioned<Customer>> batch = uow.customers().list(page);
      batch.forEach(v -> all.add(v.value()));
      if (batch.size() < page.limit()) {
        return all;
      }
      page = Page.after(batch.get(batch.size() - 1).value().id().value(), Page.MAX_LIMIT);
    }
  }

  /**
   * The customer's segment: region and language from the stored cultural profile when there is one,
   * else from the ledger (GSTIN state, else address state; stated language); size from the
   * customer.
   */
  /** A segment and where its parts came from. */
  private record Sourced(
      CustomerSegment segment,
      boolean fromProfile,
      boolean regionDefaulted,
      boolean languageDefaulted,
      boolean sizeDefaulted) {}

  private Sourced segment(UnitOfWork uow, Customer customer) {
    Optional<CulturalProfile> profile = storedProfile(uow, customer.id());
    Optional<Region> region;
    Optional<Language> language;
    if (profile.isPresent()) {
      region = Optional.of(profile.get().region().value());
      language = Optional.of(profile.get().primaryLanguage().value().language());
    } else {
      region =
          customer
              .gstin()
              .flatMap(Gstin::state)
              .or(() -> customer.address().flatMap(Address::state))
              .map(IndianState::region);
      language = customer.statedLanguage().map(LanguageForm::language);
    }
    CustomerSegment segment =
        new CustomerSegment(
            region.orElse(Region.NORTH),
            language.orElse(Language.ENGLISH),
            customer.size().orElse(BusinessSize.MEDIUM),
            NO_PLAYBOOK,
            HoldOutFlag.ADAPTED);
    return new Sourced(
        segment,
        profile.isPresent(),
        region.isEmpty(),
        language.isEmpty(),
        customer.size().isEmpty());
  }

  private Optional<CulturalProfile> storedProfile(UnitOfWork uow, CustomerId id) {
    try {
      return culture.storedProfile(tenant, uow, id);
    } catch (IllegalStateException e) {
      LOG.warn("stored cultural profile of {} is unreadable; using the ledger", id.value(), e);
      return Optional.empty();
    }
  }
}
