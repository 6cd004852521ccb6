package dev.samvad.sdk.internal.json;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Language;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.Region;
import dev.samvad.api.llm.Explanation;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.constraint.AtRiskCustomer;
import dev.samvad.constraint.BindingConstraint;
import dev.samvad.constraint.ChannelEffectiveness;
import dev.samvad.constraint.ConstraintAnalysis;
import dev.samvad.constraint.ConstraintCandidate;
import dev.samvad.constraint.ConstraintSettings;
import dev.samvad.constraint.ConstraintShift;
import dev.samvad.constraint.CustomerSegment;
import dev.samvad.constraint.DatePeriod;
import dev.samvad.constraint.DeliveryFailure;
import dev.samvad.constraint.ExecutionFact;
import dev.samvad.constraint.HoldOutUplift;
import dev.samvad.constraint.Insights;
import dev.samvad.constraint.KpiChange;
import dev.samvad.constraint.Kpis;
import dev.samvad.constraint.MsmedInvoice;
import dev.samvad.constraint.ReplyOutcome;
import dev.samvad.constraint.SegmentComparison;
import dev.samvad.constraint.SendHourEffectiveness;
import dev.samvad.sdk.HybridResult;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.internal.ConstraintDesk;
import dev.samvad.sdk.internal.json.brief.ConstraintAnalysisRequest;
import dev.samvad.sdk.internal.json.brief.ConstraintAnalysisRequest.CommunicationData;
import dev.samvad.sdk.internal.json.brief.ExecutionData;
import dev.samvad.sdk.internal.json.brief.InsightsRequest;
import dev.samvad.sdk.internal.json.brief.InsightsRequest.AnalysisScope;
import dev.samvad.sdk.internal.json.brief.InsightsRequest.ComparisonCriteria;
import dev.samvad.sdk.internal.json.brief.InsightsRequest.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The constraint-integration endpoints: analyse the tenant's receivables (or one customer's) and
 * find the binding constraint, read what the latest analysis says about a customer, and generate
 * insights. See {@code docs/json-api.md} and {@code docs/constraints.md}.
 */
final class ConstraintRoutes {
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
  private static final String EXECUTIONS = "communicationData.executions";

  private ConstraintRoutes() {}

  static void register(RouteTable routes, String base) {
    routes
        .post(
            base + "/analyze",
            Guard.body(Permission.CONSTRAINT_ANALYSE),
            ConstraintAnalysisRequest.class,
            ConstraintRoutes::analyze)
        .get(
            base + "/constraints/{customerId}",
            Guard.portfolio(Permission.CONSTRAINT_READ),
            ConstraintRoutes::constraints)
        .post(
            base + "/generate-insights",
            Guard.portfolio(Permission.CONSTRAINT_ANALYSE),
            InsightsRequest.class,
            ConstraintRoutes::insights);
  }

  // ------------------------------------------------------------------ analyze

  /**
   * The analyse answer.
   *
   * @param customerId {@code "*"} for the whole portfolio, else the customer analysed
   * @param analysisDate the date balances are taken at: Samvad's today in Asia/Kolkata
   * @param periodDays the period length
   * @param tenantSize the tenant's size used for MSMED interest
   * @param customers customers analysed
   * @param invoices invoices analysed
   * @param payments payment allocations analysed
   * @param executions executions given in the body
   * @param comparedWithPrevious true when an earlier analysis of the same scope was compared
   *     ({@code analysis.shift} says whether the constraint moved)
   * @param inputNotes how segments were found and other notes on the inputs
   * @param unusedFields brief fields that were accepted but do not feed the analysis
   * @param analysis the analysis
   * @param explanation the analysis in plain words: the rules' always, a model's when it answered
   */
  record AnalysisAnswer(
      String customerId,
      LocalDate analysisDate,
      int periodDays,
      BusinessSize tenantSize,
      int customers,
      int invoices,
      int payments,
      int executions,
      boolean comparedWithPrevious,
      List<String> inputNotes,
      List<String> unusedFields,
      ConstraintAnalysis analysis,
      Explained explanation) {}

  /**
   * The analysis in plain words under the hybrid policy.
   *
   * @param rules the rules' explanation ({@code analysis.summary}), always
   * @param model a language model's summary and points, only when it answered valid within the
   *     deadline stating only the analysis's numbers
   * @param answeredBy which path answered, and why the model's explanation is absent when it is
   */
  record Explained(String rules, Optional<Explanation> model, ReplyRoutes.AnsweredBy answeredBy) {}

  private static Explained explained(ConstraintDesk desk, ConstraintDesk.Outcome outcome) {
    HybridResult<Optional<Explanation>> model = desk.explain(outcome);
    return new Explained(
        outcome.analysis().summary(), model.value(), ReplyRoutes.AnsweredBy.of(model));
  }

  private static Reply analyze(Call call, ConstraintAnalysisRequest body) {
    Optional<CustomerId> customer = scope(body.customerId());
    int periodDays = periodDays(body.periodDays(), "periodDays");
    BusinessSize size = body.tenantSize() == null ? BusinessSize.MEDIUM : body.tenantSize();
    List<ExecutionData> given =
        body.communicationData() == null ? List.of() : body.communicationData().executions();
    List<ExecutionFact> executions = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      executions.add(execution(given.get(i), EXECUTIONS + "[" + i + "]"));
    }
    ConstraintDesk desk = call.constraints();
    boolean hadPrevious = desk.latest(customer.map(CustomerId::value).orElse("*")).isPresent();
    ConstraintDesk.Outcome outcome;
    try {
      outcome =
          desk.analyze(new ConstraintDesk.Scope(customer, periodDays, size, executions, s -> true));
    } catch (InvalidInputException e) {
      throw e.field().startsWith("[") ? e.under(EXECUTIONS) : e;
    }
    return Reply.ok(
        new AnalysisAnswer(
            outcome.scope(),
            outcome.analysis().asOf(),
            periodDays,
            size,
            outcome.customers(),
            outcome.invoices(),
            outcome.payments(),
            outcome.executions(),
            hadPrevious,
            outcome.inputNotes(),
            unused(body),
            outcome.analysis(),
            explained(desk, outcome)));
  }

  private static Optional<CustomerId> scope(@Nullable String customerId) {
    if (customerId == null || customerId.strip().equals("*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new CustomerId(customerId));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.code(), "customerId", e.problem());
    }
  }

  private static int periodDays(@Nullable Integer days, String field) {
    int value = days == null ? ConstraintSettings.defaults().periodDays() : days;
    if (value < 7 || value > 366) {
      throw new InvalidInputException(field, "must be 7 to 366 days, was " + value);
    }
    return value;
  }

  private static List<String> unused(ConstraintAnalysisRequest body) {
    List<String> unused = new ArrayList<>();
    CommunicationData data = body.communicationData();
    if (data != null) {
      if (!data.campaigns().isEmpty()) {
        unused.add("communicationData.campaigns");
      }
      if (!data.responses().isEmpty()) {
        unused.add("communicationData.responses");
      }
      if (data.performanceMetrics() != null) {
        unused.add("communicationData.performanceMetrics");
      }
    }
    if (body.relationshipData() != null) {
      unused.add("relationshipData");
    }
    if (body.culturalData() != null) {
      unused.add("culturalData");
    }
    return unused;
  }

  /** One execution element; every error names {@code field.<name>}. */
  static ExecutionFact execution(ExecutionData d, String field) {
    if (d.invoiceId() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, field + ".invoiceId", "is required");
    }
    if (d.channel() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, field + ".channel", "is required");
    }
    ChannelKind channel = CultureRoutes.channel(d.channel(), field + ".channel");
    if (d.queuedAt() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, field + ".queuedAt", "is required");
    }
    Optional<DeliveryFailure> failure =
        d.failure() == null
            ? Optional.empty()
            : Optional.of(
                switch (key(d.failure())) {
                  case "bounced", "bounce" -> DeliveryFailure.BOUNCED;
                  case "failed", "failure" -> DeliveryFailure.FAILED;
                  default ->
                      throw new InvalidInputException(
                          field + ".failure",
                          "must be bounced (wrong contact) or failed (the channel could not"
                              + " deliver), was '"
                              + abbreviate(d.failure())
                              + "'");
                });
    ReplyOutcome outcome = d.outcome() == null ? ReplyOutcome.NONE : outcome(d.outcome(), field);
    try {
      return new ExecutionFact(
          d.invoiceId(),
          channel,
          d.queuedAt().toInstant(),
          instant(d.sentAt()),
          instant(d.deliveredAt()),
          instant(d.readAt()),
          failure,
          outcome,
          instant(d.repliedAt()),
          Optional.ofNullable(d.promisedFor()));
    } catch (InvalidInputException e) {
      String name = e.field().equals("reply") ? "outcome" : e.field();
      throw new InvalidInputException(e.code(), field + "." + name, e.problem());
    }
  }

  private static ReplyOutcome outcome(String text, String field) {
    String k = key(text);
    for (ReplyOutcome o : ReplyOutcome.values()) {
      if (key(o.name()).equals(k)) {
        return o;
      }
    }
    throw new InvalidInputException(
        field + ".outcome",
        "must be none, replied, promised, disputed, hardship or opted_out, was '"
            + abbreviate(text)
            + "'");
  }

  private static Optional<Instant> instant(@Nullable OffsetDateTime time) {
    return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
  }

  // ------------------------------------------------------------------ constraints/{customerId}

  /**
   * What the latest analyses say about one customer.
   *
   * @param customerId the customer
   * @param asOf the analysis date of the analysis {@code constraint} comes from
   * @param analysedAt when that analysis ran
   * @param constraintScope {@code "*"} when {@code constraint} is the whole portfolio's, else the
   *     customer's id (no portfolio analysis has run yet)
   * @param constraint the binding constraint
   * @param shift how it compares with the analysis before
   * @param customerAnalysisAsOf the date of the latest analysis narrowed to this customer, if any
   * @param kpis the customer's own KPIs, from that narrowed analysis
   * @param previousKpis the period before, from it too
   * @param atRisk the customer's entry among those most at risk, if they are in it
   * @param msmed the customer's invoices among those with the most MSMED interest
   * @param notes what this answer can and cannot say
   */
  record CustomerConstraints(
      String customerId,
      LocalDate asOf,
      Instant analysedAt,
      String constraintScope,
      Optional<BindingConstraint> constraint,
      Optional<ConstraintShift> shift,
      Optional<LocalDate> customerAnalysisAsOf,
      Optional<Kpis> kpis,
      Optional<Kpis> previousKpis,
      Optional<AtRiskCustomer> atRisk,
      List<MsmedInvoice> msmed,
      List<String> notes) {}

  private static Reply constraints(Call call) {
    CustomerId id = call.customerId();
    ConstraintDesk desk = call.constraints();
    Optional<ConstraintDesk.Outcome> portfolio = desk.latest(ConstraintDesk.PORTFOLIO);
    Optional<ConstraintDesk.Outcome> own = desk.latest(id.value());
    if (portfolio.isEmpty() && own.isEmpty()) {
      throw new NotFoundException(
          ErrorCode.NOT_FOUND,
          "no constraint analysis has run for this tenant yet; POST"
              + " /api/v1/constraint-integration/analyze first");
    }
    if (call.ledger().customer(id).isEmpty()) {
      throw new NotFoundException("customer", id.value());
    }
    List<String> notes = new ArrayList<>();
    ConstraintDesk.Outcome main = portfolio.orElseGet(own::get);
    // The customer's own analysis is complete for them; the portfolio's lists hold only the top.
    ConstraintDesk.Outcome detail = own.orElse(main);
    if (own.isEmpty()) {
      notes.add(
          "No analysis narrowed to this customer has run, so their own KPIs are absent; the"
              + " at-risk and MSMED entries come from the portfolio's top lists. POST analyze with"
              + " customerId '"
              + id.value()
              + "' for the customer's full picture.");
    }
    if (portfolio.isEmpty()) {
      notes.add("No portfolio-wide analysis has run; the constraint shown is this customer's.");
    }
    if (call.query("from").isPresent() || call.query("to").isPresent()) {
      notes.add(
          "from and to are not supported: this is the latest analysis as of "
              + main.analysis().asOf()
              + "; run analyze with periodDays for another period length.");
    }
    ConstraintAnalysis detailAnalysis = detail.analysis();
    Optional<AtRiskCustomer> atRisk =
        detailAnalysis.insights().atRisk().stream()
            .filter(a -> a.customerId().equals(id))
            .findFirst();
    List<MsmedInvoice> msmed =
        detailAnalysis.msmed().largest().stream().filter(m -> m.customerId().equals(id)).toList();
    return Reply.ok(
        new CustomerConstraints(
            id.value(),
            main.analysis().asOf(),
            main.analysedAt(),
            main.scope(),
            main.analysis().constraint(),
            main.analysis().shift(),
            own.map(o -> o.analysis().asOf()),
            own.map(o -> o.analysis().kpis()),
            own.map(o -> o.analysis().previousKpis()),
            atRisk,
            msmed,
            notes));
  }

  // ------------------------------------------------------------------ generate-insights

  /** The sections {@code analysisTypes} chooses from. */
  enum Section {
    KPIS("kpis", "kpis", "kpi"),
    SEGMENTS("segments", "segments", "segment", "segmentcomparison"),
    PERIOD("period", "period", "periodcomparison", "trends", "trend"),
    HOLD_OUT("holdOut", "holdout", "uplift", "culturalimpact", "culturaluplift"),
    CHANNELS("channels", "channels", "channel", "channeleffectiveness"),
    SEND_TIMES("sendTimes", "sendtimes", "sendtime", "sendhours", "timing"),
    AT_RISK("atRisk", "atrisk", "risk"),
    CONSTRAINT("constraint", "constraint", "constraints");

    final String display;
    final List<String> names;

    Section(String display, String... names) {
      this.display = display;
      this.names = List.of(names);
    }

    static Optional<Section> of(String text) {
      String k = key(text);
      for (Section s : values()) {
        if (s.names.contains(k)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The insights answer; sections not asked for are absent.
   *
   * @param analysisDate Samvad's today in Asia/Kolkata
   * @param period the period analysed
   * @param previousPeriod the period compared with
   * @param customerSegments the segments kept (empty: every customer)
   * @param analysisTypes the sections given, in canonical names
   * @param customers customers analysed
   * @param invoices invoices analysed
   * @param executions executions analysed: those of the latest analyze call, in scope
   * @param highlights the main findings in plain words
   * @param kpis this period's KPIs
   * @param previousKpis the period before's
   * @param segments best and worst segment per dimension
   * @param periodChanges each KPI against the period before
   * @param holdOut the uplift of cultural adaptation, with its interval and warnings
   * @param channels per channel
   * @param sendHours per local hour of sending
   * @param atRisk customers ranked by overdue rupee-days
   * @param constraint the binding constraint
   * @param candidates every lever, highest expected cash per day first
   * @param notes notes from the engine and on the inputs
   */
  record InsightsAnswer(
      LocalDate analysisDate,
      DatePeriod period,
      DatePeriod previousPeriod,
      List<String> customerSegments,
      List<String> analysisTypes,
      int customers,
      int invoices,
      int executions,
      List<String> highlights,
      Optional<Kpis> kpis,
      Optional<Kpis> previousKpis,
      Optional<List<SegmentComparison>> segments,
      Optional<List<KpiChange>> periodChanges,
      Optional<HoldOutUplift> holdOut,
      Optional<List<ChannelEffectiveness>> channels,
      Optional<List<SendHourEffectiveness>> sendHours,
      Optional<List<AtRiskCustomer>> atRisk,
      Optional<BindingConstraint> constraint,
      Optional<List<ConstraintCandidate>> candidates,
      List<String> notes) {}

  private static Reply insights(Call call, InsightsRequest body) {
    ConstraintDesk desk = call.constraints();
    LocalDate today = desk.today();
    AnalysisScope scope = body.analysisScope();
    int periodDays = ConstraintSettings.defaults().periodDays();
    Predicate<CustomerSegment> segments = s -> true;
    List<String> segmentNames = List.of();
    Set<Section> sections = EnumSet.allOf(Section.class);
    List<String> typeNames = new ArrayList<>();
    if (scope != null) {
      periodDays = period(scope.timeRange(), today);
      segments = segments(scope.customerSegments());
      segmentNames = scope.customerSegments();
      if (!scope.analysisTypes().isEmpty()) {
        sections = EnumSet.noneOf(Section.class);
        for (int i = 0; i < scope.analysisTypes().size(); i++) {
          String text = scope.analysisTypes().get(i);
          String field = "analysisScope.analysisTypes[" + i + "]";
          Section s =
              Section.of(text)
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              field,
                              "unknown analysis type '"
                                  + abbreviate(text)
                                  + "'; use kpis, segments, period, holdOut, channels, sendTimes,"
                                  + " atRisk or constraint"));
          sections.add(s);
        }
      }
    }
    comparison(
        body.comparisonCriteria(), sections, scope != null && !scope.analysisTypes().isEmpty());
    sections.forEach(s -> typeNames.add(s.display));
    List<ExecutionFact> executions =
        desk.latest(ConstraintDesk.PORTFOLIO)
            .map(ConstraintDesk.Outcome::executionFacts)
            .orElse(List.of());
    ConstraintDesk.Outcome outcome =
        desk.explore(
            new ConstraintDesk.Scope(
                Optional.empty(), periodDays, BusinessSize.MEDIUM, executions, segments));
    ConstraintAnalysis a = outcome.analysis();
    Insights in = a.insights();
    List<String> notes = new ArrayList<>(a.notes());
    notes.addAll(outcome.inputNotes());
    if (executions.isEmpty()) {
      notes.add(
          "No executions: channel, send-time and funnel figures need the executions given to the"
              + " latest analyze call, and none were.");
    }
    return Reply.ok(
        new InsightsAnswer(
            a.asOf(),
            a.kpis().period(),
            a.previousKpis().period(),
            segmentNames,
            typeNames,
            outcome.customers(),
            outcome.invoices(),
            outcome.executions(),
            in.highlights(),
            when(sections, Section.KPIS, a.kpis()),
            when(sections, Section.KPIS, a.previousKpis()),
            when(sections, Section.SEGMENTS, in.segments()),
            when(sections, Section.PERIOD, in.periodChanges()),
            when(sections, Section.HOLD_OUT, in.holdOut()),
            when(sections, Section.CHANNELS, in.channels()),
            when(sections, Section.SEND_TIMES, in.sendHours()),
            when(sections, Section.AT_RISK, in.atRisk()),
            sections.contains(Section.CONSTRAINT) ? a.constraint() : Optional.empty(),
            when(sections, Section.CONSTRAINT, a.candidates()),
            notes));
  }

  private static <T> Optional<T> when(Set<Section> sections, Section section, T value) {
    return sections.contains(section) ? Optional.of(value) : Optional.empty();
  }

  /**
   * The period length a time range asks for. The engine measures periods that end on the analysis
   * date, so an end date must be today (Asia/Kolkata); the start date sets the length.
   */
  private static int period(@Nullable TimeRange range, LocalDate today) {
    int fallback = ConstraintSettings.defaults().periodDays();
    if (range == null) {
      return fallback;
    }
    String field = "analysisScope.timeRange";
    if (range.endDate() != null) {
      LocalDate end = range.endDate().atZoneSameInstant(INDIA).toLocalDate();
      if (!end.equals(today)) {
        throw new InvalidInputException(
            field + ".endDate",
            "must be today ("
                + today
                + " in Asia/Kolkata) or absent: periods end on the analysis date, was "
                + end);
      }
    }
    if (range.startDate() == null) {
      return fallback;
    }
    LocalDate start = range.startDate().atZoneSameInstant(INDIA).toLocalDate();
    long days = ChronoUnit.DAYS.between(start, today) + 1;
    if (days < 7 || days > 366) {
      throw new InvalidInputException(
          field + ".startDate",
          "must give a period of 7 to 366 days ending today ("
              + today
              + "), gave "
              + days
              + " days");
    }
    return (int) days;
  }

  /**
   * Customers to keep: those in any of the listed segments. Each entry is {@code dimension:value}
   * (region, language, size, playbook) or a bare region, size or language name.
   */
  private static Predicate<CustomerSegment> segments(List<String> names) {
    if (names.isEmpty()) {
      return s -> true;
    }
    List<Predicate<CustomerSegment>> any = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      any.add(segment(names.get(i), "analysisScope.customerSegments[" + i + "]"));
    }
    return s -> any.stream().anyMatch(p -> p.test(s));
  }

  private static Predicate<CustomerSegment> segment(String text, String field) {
    int colon = text.indexOf(':');
    String dimension = colon < 0 ? "" : key(text.substring(0, colon));
    String value = (colon < 0 ? text : text.substring(colon + 1)).strip();
    Map<String, Predicate<CustomerSegment>> found = new LinkedHashMap<>();
    if (dimension.isEmpty() || dimension.equals("region")) {
      enumValue(Region.class, value).ifPresent(r -> found.put("region", s -> s.region() == r));
    }
    if (dimension.isEmpty() || dimension.equals("size")) {
      enumValue(BusinessSize.class, value).ifPresent(z -> found.put("size", s -> s.size() == z));
    }
    if (dimension.isEmpty() || dimension.equals("language")) {
      Language.lookup(value).ifPresent(l -> found.put("language", s -> s.language() == l));
    }
    if (dimension.equals("playbook") && !value.isEmpty()) {
      found.put("playbook", s -> s.playbook().equals(value));
    }
    if (!dimension.isEmpty()
        && !List.of("region", "size", "language", "playbook").contains(dimension)) {
      throw new InvalidInputException(
          field,
          "unknown dimension in '"
              + abbreviate(text)
              + "'; use region:, language:, size: or playbook:");
    }
    if (found.isEmpty()) {
      throw new InvalidInputException(
          field,
          "'"
              + abbreviate(text)
              + "' is no region (NORTH, SOUTH, …), language (ta, Tamil, …) or size (MICRO, SMALL,"
              + " MEDIUM, LARGE)");
    }
    return found.values().iterator().next();
  }

  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Honours the comparison criteria; a contradiction with analysisTypes is an error. */
  private static void comparison(
      @Nullable ComparisonCriteria criteria, Set<Section> sections, boolean typesGiven) {
    if (criteria == null) {
      return;
    }
    if (criteria.benchmarkPeriod() != null
        && !List.of("previous", "previousperiod", "priorperiod")
            .contains(key(criteria.benchmarkPeriod()))) {
      throw new InvalidInputException(
          "comparisonCriteria.benchmarkPeriod",
          "only previous_period is supported (the period of equal length just before), was '"
              + abbreviate(criteria.benchmarkPeriod())
              + "'");
    }
    exclude(
        criteria.segmentComparison(),
        Section.SEGMENTS,
        "comparisonCriteria.segmentComparison",
        sections,
        typesGiven);
    exclude(
        criteria.culturalComparison(),
        Section.HOLD_OUT,
        "comparisonCriteria.culturalComparison",
        sections,
        typesGiven);
  }

  private static void exclude(
      @Nullable Boolean wanted,
      Section section,
      String field,
      Set<Section> sections,
      boolean typesGiven) {
    if (wanted == null || wanted) {
      return;
    }
    if (typesGiven && sections.contains(section)) {
      throw new InvalidInputException(
          field, "is false but analysisTypes asks for " + section.display);
    }
    sections.remove(section);
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
