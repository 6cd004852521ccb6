package dev.samvad.sdk.internal.json;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.PaymentId;
import dev.samvad.api.model.DeliveryMode;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.relationship.BehaviourProfile;
import dev.samvad.relationship.CustomerHistory;
import dev.samvad.relationship.DelayFeatures;
import dev.samvad.relationship.DelayPrediction;
import dev.samvad.relationship.InvoiceTerms;
import dev.samvad.relationship.PaymentDelayModel;
import dev.samvad.relationship.RelationshipAnalysis;
import dev.samvad.relationship.RelationshipHealth;
import dev.samvad.relationship.ReplySignal;
import dev.samvad.relationship.TrendDirection;
import dev.samvad.relationship.text.Intent;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.internal.RelationshipDesk;
import dev.samvad.sdk.internal.RelationshipDesk.HealthPoint;
import dev.samvad.sdk.internal.RelationshipDesk.LedgerFacts;
import dev.samvad.sdk.internal.json.brief.BehaviourPredictionRequest;
import dev.samvad.sdk.internal.json.brief.RelationshipAnalysisRequest;
import dev.samvad.sdk.internal.json.brief.RelationshipAnalysisRequest.InteractionRecord;
import dev.samvad.sdk.internal.json.brief.RelationshipAnalysisRequest.PaymentRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Relationship intelligence: {@code analyze}, {@code health/{customerId}} and {@code
 * predict-behavior}, over the tenant's ledger plus what the request adds.
 */
final class RelationshipRoutes {
  /** Most interaction or payment items one analyze request may carry. */
  static final int MAX_ITEMS = 2000;

  /** Polarity given to the words positive / neutral / negative. */
  static final double WORD_POLARITY = 0.6;

  /** Credit period assumed for a payment-history item, which has no issue date. */
  static final int ASSUMED_CREDIT_DAYS = 30;

  /** The step of the health series the GET endpoint recomputes from the ledger. */
  static final int SERIES_STEP_DAYS = 30;

  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private RelationshipRoutes() {}

  static void register(RouteTable routes, String base) {
    routes
        .post(
            base + "/analyze",
            Guard.body(Permission.RELATIONSHIP_ANALYSE),
            RelationshipAnalysisRequest.class,
            RelationshipRoutes::analyze)
        .get(
            base + "/health/{customerId}",
            Guard.path(Permission.RELATIONSHIP_READ).audited("relationship.read"),
            RelationshipRoutes::health)
        .post(
            base + "/predict-behavior",
            Guard.body(Permission.RELATIONSHIP_ANALYSE),
            BehaviourPredictionRequest.class,
            RelationshipRoutes::predict);
  }

  /**
   * What went into an analysis.
   *
   * @param inLedger whether the customer is in the tenant's ledger
   * @param invoices invoices analysed (ledger and request)
   * @param payments payments analysed
   * @param interactions interactions analysed
   * @param replySignals replies read (content, or a stated sentiment)
   */
  record Inputs(boolean inLedger, int invoices, int payments, int interactions, int replySignals) {}

  /** The analyze answer: the engine's analysis plus what it rested on. */
  record AnalysisAnswer(
      String customerId,
      Inputs inputs,
      RelationshipAnalysis analysis,
      int healthHistorySize,
      List<String> unusedFields) {}

  /** A trend over stored health points. */
  record StoredTrend(TrendDirection direction, double slopePerMonth, int points) {}

  /** The health answer. */
  record HealthAnswer(
      String customerId,
      HealthPoint current,
      LocalDate from,
      LocalDate to,
      List<HealthPoint> history,
      StoredTrend trend,
      List<RelationshipHealth.HealthPoint> ledgerSeries) {}

  /** One late probability with the inputs' contributions. */
  record Probability(
      int daysPastDue, double probability, List<DelayPrediction.FeatureContribution> drivers) {}

  /** When the invoice is likely to be paid. */
  record PaymentDate(
      LocalDate dueDate,
      LocalDate expected,
      LocalDate earliestLikely,
      LocalDate latestLikely,
      boolean latestOpenEnded,
      double expectedDaysLate,
      int daysOverdueAtAsOf) {}

  /** The chance a message is answered within 72 hours. */
  record ReplyChance(
      ChannelKind channel,
      Instant at,
      int hourIndia,
      double likelihood,
      Map<ChannelKind, Double> byChannelAtThatHour,
      List<Integer> bestHours) {}

  /** The predict-behavior answer. */
  record PredictionAnswer(
      String customerId,
      Optional<String> invoiceId,
      InvoiceTerms terms,
      List<Probability> probabilities,
      PaymentDate payment,
      DelayFeatures features,
      ReplyChance reply,
      double healthScore) {}

  // ---------------------------------------------------------------- analyze

  private static Reply analyze(Call call, RelationshipAnalysisRequest body) {
    if (body.interactionHistory().size() > MAX_ITEMS) {
      throw new InvalidInputException(
          "interactionHistory", "at most " + MAX_ITEMS + " items per request");
    }
    if (body.paymentHistory().size() > MAX_ITEMS) {
      throw new InvalidInputException(
          "paymentHistory", "at most " + MAX_ITEMS + " items per request");
    }
    RelationshipDesk desk = call.relationships();
    CustomerId id = body.customerId();
    List<String> unused = new ArrayList<>();
    CustomerHistory.Builder history = CustomerHistory.builder(id);
    addInteractions(desk, id, body.interactionHistory(), history, unused);
    addPayments(id, body.paymentHistory(), history);
    if (body.communicationPreferences() != null) {
      var prefs = body.communicationPreferences();
      for (int i = 0; i < prefs.preferredChannels().size(); i++) {
        ChannelKind c =
            CultureRoutes.channel(
                prefs.preferredChannels().get(i),
                "communicationPreferences.preferredChannels[" + i + "]");
        if (i == 0) {
          history.statedPreference(c);
        }
      }
      if (!prefs.preferredTiming().isEmpty()) {
        unused.add("communicationPreferences.preferredTiming");
      }
      if (prefs.responseExpectation() != null) {
        unused.add("communicationPreferences.responseExpectation");
      }
    }
    LedgerFacts ledger = desk.ledger(id);
    if (!ledger.known() && body.interactionHistory().isEmpty() && body.paymentHistory().isEmpty()) {
      throw new NotFoundException("customer", id.value());
    }
    history.invoices(ledger.invoices()).payments(ledger.payments());
    history.interactions(ledger.interactions());
    CustomerHistory built = history.build();
    RelationshipAnalysis analysis = desk.analyze(built);
    int stored = desk.healthHistory(id).size();
    return Reply.ok(
        new AnalysisAnswer(
            id.value(),
            new Inputs(
                ledger.known(),
                built.invoices().size(),
                built.payments().size(),
                built.interactions().size(),
                built.replies().size()),
            analysis,
            stored,
            unused));
  }

  /**
   * Interaction items: {@code type} is a channel ({@code whatsapp}: a message from the customer) or
   * a channel and a direction ({@code whatsapp:outbound}, {@code email:inbound}). An inbound item
   * with {@code content} is read by the reply reader; {@code sentiment} (a word or a number in [−1,
   * 1]) overrides the tone read. An inbound item with {@code responseTime} (hours) also adds the
   * outbound message it answered, that many hours earlier on the same channel.
   */
  private static void addInteractions(
      RelationshipDesk desk,
      CustomerId id,
      List<InteractionRecord> items,
      CustomerHistory.Builder history,
      List<String> unused) {
    for (int i = 0; i < items.size(); i++) {
      InteractionRecord item = items.get(i);
      String field = "interactionHistory[" + i + "]";
      if (item.type() == null) {
        throw new InvalidInputException(ErrorCode.MISSING_FIELD, field + ".type", "is required");
      }
      if (item.timestamp() == null) {
        throw new InvalidInputException(
            ErrorCode.MISSING_FIELD, field + ".timestamp", "is required");
      }
      String[] parts = item.type().split(":", 2);
      ChannelKind channel = CultureRoutes.channel(parts[0], field + ".type");
      Direction direction = parts.length == 1 ? Direction.INBOUND : direction(parts[1], field);
      Instant at = item.timestamp().toInstant();
      Optional<Double> stated =
          item.sentiment() == null
              ? Optional.empty()
              : Optional.of(polarity(item.sentiment(), field + ".sentiment"));
      String text = item.content() == null ? "" : item.content();
      history.interaction(interaction(id, "req-" + i, channel, direction, text, at));
      if (direction == Direction.OUTBOUND) {
        if (item.sentiment() != null) {
          unused.add(field + ".sentiment");
        }
        if (item.responseTime() != null) {
          unused.add(field + ".responseTime");
        }
        continue;
      }
      if (item.responseTime() != null) {
        BigDecimal hours = item.responseTime();
        if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24 * 365)) > 0) {
          throw new InvalidInputException(
              field + ".responseTime", "must be hours from 0 to 8760, was " + hours);
        }
        Instant asked = at.minusSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue());
        history.interaction(
            interaction(id, "req-" + i + "-ask", channel, Direction.OUTBOUND, "", asked));
      }
      if (!text.isBlank()) {
        ReplyAnalysis read = desk.read(ReplyText.of(text, at));
        double tone = stated.orElse(read.sentiment().polarity());
        Optional<LocalDate> promised =
            read.has(Intent.PROMISE_TO_PAY)
                ? read.entities().promisedDate().map(p -> p.date())
                : Optional.empty();
        Optional<Money> amount =
            promised.isPresent() && !read.entities().amounts().isEmpty()
                ? Optional.of(read.entities().amounts().get(0).amount()).filter(m -> m.paise() > 0)
                : Optional.empty();
        history.reply(
            new ReplySignal(at, channel, clamp(tone), promised, amount, read.has(Intent.DISPUTE)));
      } else if (stated.isPresent()) {
        history.reply(ReplySignal.tone(at, channel, stated.get()));
      }
    }
  }

  private static ImmutableInteraction interaction(
      CustomerId id,
      String key,
      ChannelKind channel,
      Direction direction,
      String text,
      Instant at) {
    return ImmutableInteraction.builder()
        .id(new InteractionId(key))
        .customerId(id)
        .channel(channel)
        .direction(direction)
        .text(text)
        .occurredAt(at)
        .build();
  }

  private static Direction direction(String text, String field) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "inbound", "in", "received" -> Direction.INBOUND;
      case "outbound", "out", "sent" -> Direction.OUTBOUND;
      default ->
          throw new InvalidInputException(
              field + ".type",
              "direction must be inbound or outbound (e.g. whatsapp:outbound), was '" + text + "'");
    };
  }

  private static double polarity(String text, String field) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "positive":
        return WORD_POLARITY;
      case "neutral":
        return 0;
      case "negative":
        return -WORD_POLARITY;
      default:
        break;
    }
    double v;
    try {
      v = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          field, "must be positive, neutral, negative or a number in [-1, 1], was '" + text + "'");
    }
    if (!(v >= -1 && v <= 1)) {
      throw new InvalidInputException(field, "must lie in [-1, 1], was " + text);
    }
    return v;
  }

  private static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }

  /**
   * Payment items become an invoice of their own ({@code req-inv-i}, issued {@value
   * #ASSUMED_CREDIT_DAYS} days before its due date) and, when paid, a payment settling it in full
   * on {@code paidDate}. {@code status}: paid / late / on_time (needs paidDate), open / unpaid /
   * pending / overdue (no paidDate), disputed; absent means paid when paidDate is given, else open.
   */
  private static void addPayments(
      CustomerId id, List<PaymentRecord> items, CustomerHistory.Builder history) {
    for (int i = 0; i < items.size(); i++) {
      PaymentRecord item = items.get(i);
      String field = "paymentHistory[" + i + "]";
      if (item.amount() == null) {
        throw new InvalidInputException(ErrorCode.MISSING_FIELD, field + ".amount", "is required");
      }
      if (item.dueDate() == null) {
        throw new InvalidInputException(ErrorCode.MISSING_FIELD, field + ".dueDate", "is required");
      }
      Money amount = Money.of(item.amount(), Money.INR, field + ".amount");
      if (amount.paise() <= 0) {
        throw new InvalidInputException(field + ".amount", "must be positive");
      }
      LocalDate due = item.dueDate().atZoneSameInstant(INDIA).toLocalDate();
      Optional<LocalDate> paid =
          Optional.ofNullable(item.paidDate()).map(d -> d.atZoneSameInstant(INDIA).toLocalDate());
      String status =
          item.status() == null
              ? (paid.isPresent() ? "paid" : "open")
              : item.status().strip().toLowerCase(Locale.ROOT).replace('-', '_');
      InvoiceStatus invoiceStatus =
          switch (status) {
            case "paid", "late", "on_time", "ontime", "settled" -> InvoiceStatus.PAID;
            case "open", "unpaid", "pending", "overdue", "due" -> InvoiceStatus.OPEN;
            case "disputed" -> InvoiceStatus.DISPUTED;
            default ->
                throw new InvalidInputException(
                    field + ".status",
                    "must be paid, late, on_time, open, unpaid, pending, overdue or disputed, was '"
                        + item.status()
                        + "'");
          };
      if (invoiceStatus == InvoiceStatus.PAID && paid.isEmpty()) {
        throw new InvalidInputException(
            ErrorCode.MISSING_FIELD, field + ".paidDate", "is required when status is " + status);
      }
      if (invoiceStatus != InvoiceStatus.PAID && paid.isPresent()) {
        throw new InvalidInputException(
            field + ".paidDate", "must be absent when status is " + status);
      }
      LocalDate issued = due.minusDays(ASSUMED_CREDIT_DAYS);
      if (paid.isPresent() && paid.get().isBefore(issued)) {
        throw new InvalidInputException(
            field + ".paidDate", "must not be before " + issued + " (due date − 30 days)");
      }
      InvoiceId invoiceId = new InvoiceId("req-inv-" + i);
      Invoice invoice =
          ImmutableInvoice.builder()
              .id(invoiceId)
              .customerId(id)
              .number(new InvoiceNumber("REQ-" + i))
              .issueDate(issued)
              .dueDate(due)
              .amount(amount)
              .tax(Money.ZERO)
              .outstanding(invoiceStatus == InvoiceStatus.PAID ? Money.ZERO : amount)
              .status(invoiceStatus)
              .build();
      history.invoice(invoice);
      if (paid.isPresent()) {
        history.payment(
            ImmutablePayment.builder()
                .id(new PaymentId("req-pay-" + i))
                .customerId(id)
                .amount(amount)
                .receivedOn(paid.get())
                .mode(PaymentMode.OTHER)
                .addAllocations(
                    ImmutablePaymentAllocation.builder()
                        .invoiceId(invoiceId)
                        .amount(amount)
                        .build())
                .build());
      }
    }
  }

  // ---------------------------------------------------------------- health

  private static Reply health(Call call) {
    RelationshipDesk desk = call.relationships();
    CustomerId id = call.customerId();
    LocalDate today = desk.today();
    LocalDate to = date(call.query("to"), "to").orElse(today);
    LocalDate from = date(call.query("from"), "from").orElse(to.minusDays(365));
    if (to.isBefore(from)) {
      throw new InvalidInputException("from", "must not be after to " + to);
    }
    if (to.toEpochDay() - from.toEpochDay() > 3660) {
      throw new InvalidInputException("from", "range too long: at most ten years");
    }
    List<HealthPoint> all = desk.healthHistory(id);
    HealthPoint current = all.get(all.size() - 1);
    List<HealthPoint> in =
        all.stream().filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to)).toList();
    List<RelationshipHealth.HealthPoint> series = List.of();
    LedgerFacts ledger = desk.ledger(id);
    if (ledger.known()) {
      CustomerHistory history = ledger.history(id).build();
      LocalDate last = to.isAfter(today) ? today : to;
      if (!last.isBefore(from)) {
        series = desk.intelligence().health().history(history, from, last, SERIES_STEP_DAYS);
      }
    }
    return Reply.ok(new HealthAnswer(id.value(), current, from, to, in, trend(in), series));
  }

  /** Least-squares slope of the stored scores against their day, in points per 30 days. */
  static StoredTrend trend(List<HealthPoint> points) {
    int n = points.size();
    if (n < 2) {
      return new StoredTrend(TrendDirection.STABLE, 0, n);
    }
    double x0 = points.get(0).at().getEpochSecond() / 86_400.0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (HealthPoint p : points) {
      double x = p.at().getEpochSecond() / 86_400.0 - x0;
      sx += x;
      sy += p.score();
      sxx += x * x;
      sxy += x * p.score();
    }
    double d = n * sxx - sx * sx;
    double slope = d == 0 ? 0 : (n * sxy - sx * sy) / d * 30;
    TrendDirection direction =
        slope > 1
            ? TrendDirection.IMPROVING
            : slope < -1 ? TrendDirection.DETERIORATING : TrendDirection.STABLE;
    return new StoredTrend(direction, slope, n);
  }

  private static Optional<LocalDate> date(Optional<String> text, String field) {
    if (text.isEmpty() || text.get().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date such as 2026-10-01");
    }
  }

  // ---------------------------------------------------------------- predict-behavior

  private static Reply predict(Call call, BehaviourPredictionRequest body) {
    RelationshipDesk desk = call.relationships();
    CustomerId id = body.customerId();
    LedgerFacts ledger = desk.ledger(id);
    if (!ledger.known()) {
      throw new NotFoundException("customer", id.value());
    }
    CustomerHistory history = ledger.history(id).build();
    LocalDate today = desk.today();
    PaymentDelayModel model = desk.intelligence().model();
    List<Integer> thresholds = body.thresholds().isEmpty() ? List.of(0, 30) : body.thresholds();
    for (int i = 0; i < thresholds.size(); i++) {
      if (!model.thresholds().contains(thresholds.get(i))) {
        throw new InvalidInputException(
            "thresholds[" + i + "]", "must be one of " + model.thresholds());
      }
    }
    if (body.invoice() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, "invoice", "is required");
    }
    Optional<String> invoiceId = Optional.ofNullable(body.invoice().invoiceId());
    InvoiceTerms terms = terms(body.invoice(), ledger, today);
    DelayFeatures features = model.features(history, terms);
    DelayPrediction prediction = model.predict(features, terms, today);
    List<Probability> probabilities = new ArrayList<>();
    for (int n : thresholds) {
      double p =
          prediction.probabilities().stream()
              .filter(lp -> lp.daysPastDue() == n)
              .map(DelayPrediction.LateProbability::probability)
              .findFirst()
              .orElseGet(() -> model.probabilityLate(features, n));
      List<DelayPrediction.FeatureContribution> drivers =
          prediction.explanations().stream()
              .filter(e -> e.daysPastDue() == n)
              .findFirst()
              .map(DelayPrediction.Explanation::contributions)
              .orElse(List.of());
      probabilities.add(new Probability(n, p, drivers));
    }
    RelationshipAnalysis analysis = desk.peek(history);
    BehaviourProfile profile = analysis.behaviour();
    BehaviourPredictionRequest.Scenario s = body.scenario();
    ChannelKind channel =
        s == null || s.channel() == null
            ? profile.preference().learned().orElse(ChannelKind.WHATSAPP)
            : CultureRoutes.channel(s.channel(), "scenario.channel");
    Instant at = s == null || s.at() == null ? desk.now() : s.at().toInstant();
    int hour = at.atZone(INDIA).getHour();
    Map<ChannelKind, Double> byChannel = new EnumMap<>(ChannelKind.class);
    for (ChannelKind c : ChannelKind.values()) {
      byChannel.put(c, profile.replyLikelihood(c, hour));
    }
    return Reply.ok(
        new PredictionAnswer(
            id.value(),
            invoiceId,
            terms,
            probabilities,
            new PaymentDate(
                prediction.dueDate(),
                prediction.expectedPaymentDate(),
                prediction.earliestLikely(),
                prediction.latestLikely(),
                prediction.latestOpenEnded(),
                prediction.expectedDaysLate(),
                prediction.daysOverdueAtAsOf()),
            features,
            new ReplyChance(
                channel,
                at,
                hour,
                profile.replyLikelihood(channel, hour),
                byChannel,
                profile.bestHours()),
            analysis.health().score()));
  }

  private static InvoiceTerms terms(
      BehaviourPredictionRequest.InvoiceSpec spec, LedgerFacts ledger, LocalDate today) {
    if (spec.invoiceId() != null) {
      if (spec.amount() != null || spec.dueDate() != null || spec.issueDate() != null) {
        throw new InvalidInputException(
            "invoice.invoiceId", "give either invoiceId or the terms (amount, dates), not both");
      }
      InvoiceId wanted = new InvoiceId(spec.invoiceId());
      return ledger.invoices().stream()
          .filter(i -> i.id().equals(wanted))
          .findFirst()
          .map(InvoiceTerms::of)
          .orElseThrow(() -> new NotFoundException("invoice", spec.invoiceId()));
    }
    if (spec.amount() == null) {
      throw new InvalidInputException(
          ErrorCode.MISSING_FIELD, "invoice.amount", "is required without invoice.invoiceId");
    }
    if (spec.dueDate() == null) {
      throw new InvalidInputException(
          ErrorCode.MISSING_FIELD, "invoice.dueDate", "is required without invoice.invoiceId");
    }
    Money amount = Money.of(spec.amount(), Money.INR, "invoice.amount");
    if (amount.paise() <= 0) {
      throw new InvalidInputException("invoice.amount", "must be positive");
    }
    LocalDate issued = spec.issueDate() == null ? today : spec.issueDate();
    if (spec.dueDate().isBefore(issued)) {
      throw new InvalidInputException("invoice.dueDate", "must not be before issueDate " + issued);
    }
    DeliveryMode mode = DeliveryMode.ELECTRONIC;
    if (spec.deliveryMode() != null) {
      mode =
          switch (spec.deliveryMode().strip().toLowerCase(Locale.ROOT)) {
            case "electronic", "email", "e-invoice", "einvoice" -> DeliveryMode.ELECTRONIC;
            case "paper", "post", "courier", "letter" -> DeliveryMode.PAPER;
            default ->
                throw new InvalidInputException(
                    "invoice.deliveryMode", "must be electronic or paper");
          };
    }
    return new InvoiceTerms(issued, spec.dueDate(), amount, mode);
  }
}
