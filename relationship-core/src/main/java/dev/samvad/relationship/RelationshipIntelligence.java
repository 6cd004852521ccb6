package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.model.Invoice;
import dev.samvad.culture.ReferenceData;
import dev.samvad.relationship.RelationshipAnalysis.OpenInvoicePrediction;
import dev.samvad.relationship.internal.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one door to relationship intelligence: behaviour, health, alerts and delay predictions for a
 * customer in one call, compiling the history once. Build with {@link #builder()}; immutable and
 * thread-safe.
 *
 * <pre>{@code
 * RelationshipIntelligence ri = RelationshipIntelligence.builder()
 *     .model(PaymentDelayModel.fitLedger(rows, today, FitOptions.defaults()))
 *     .build();
 * RelationshipAnalysis a = ri.analyze(history, clock.instant());
 * }</pre>
 */
public final class RelationshipIntelligence {
  private final BehaviourAnalyzer behaviour;
  private final HealthScorer health;
  private final EarlyWarningDetector warnings;
  private final PaymentDelayModel model;

  private RelationshipIntelligence(Builder b) {
    this.behaviour = BehaviourAnalyzer.using(b.referenceData);
    this.health = HealthScorer.withWeights(b.weights);
    this.warnings = EarlyWarningDetector.of(b.alertOptions, health);
    this.model = b.model == null ? PaymentDelayModel.prior() : b.model;
  }

  /**
   * A builder with the bundled reference data, default weights and options, and the prior model.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Full analysis as of {@code asOf}. */
  public RelationshipAnalysis analyze(CustomerHistory history, Instant asOf) {
    InvalidInputException.require(history, "history");
    InvalidInputException.require(asOf, "asOf");
    Timeline t = Timeline.of(history);
    BehaviourProfile profile = behaviour.analyze(t, history.customerId(), asOf);
    RelationshipHealth score = health.score(t, history, asOf);
    List<Alert> alerts = warnings.detect(t, history.customerId(), asOf, score.trend().points());
    LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.ofTotalSeconds(Timeline.IST_SECONDS));
    List<OpenInvoicePrediction> open = new ArrayList<>();
    // only the few outstanding invoices are ordered, not the whole history
    List<Invoice> invoices = new ArrayList<>();
    for (Invoice invoice : history.invoices()) {
      if (invoice.status().isOutstanding() && !invoice.issueDate().isAfter(today)) {
        invoices.add(invoice);
      }
    }
    invoices.sort(Comparator.comparing(Invoice::dueDate).thenComparing(i -> i.id().value()));
    for (Invoice invoice : invoices) {
      InvoiceTerms terms = InvoiceTerms.of(invoice);
      open.add(
          new OpenInvoicePrediction(
              invoice.id(), model.predict(model.features(t, terms), terms, today)));
    }
    return new RelationshipAnalysis(
        history.customerId(), asOf, profile, score, alerts, List.copyOf(open));
  }

  /** The behaviour analyzer in use. */
  public BehaviourAnalyzer behaviour() {
    return behaviour;
  }

  /** The health scorer in use. */
  public HealthScorer health() {
    return health;
  }

  /** The early-warning detector in use. */
  public EarlyWarningDetector warnings() {
    return warnings;
  }

  /** The payment-delay model in use. */
  public PaymentDelayModel model() {
    return model;
  }

  /** Configures a {@link RelationshipIntelligence}; not thread-safe. */
  public static final class Builder {
    private ReferenceData referenceData = ReferenceData.bundled();
    private HealthWeights weights = HealthWeights.defaults();
    private EarlyWarningOptions alertOptions = EarlyWarningOptions.defaults();
    private PaymentDelayModel model;

    private Builder() {}

    /** Festival calendar and other reference data (default: bundled). */
    public Builder referenceData(ReferenceData data) {
      this.referenceData = InvalidInputException.require(data, "referenceData");
      return this;
    }

    /** Health weights (default: {@link HealthWeights#defaults()}). */
    public Builder weights(HealthWeights w) {
      this.weights = InvalidInputException.require(w, "weights");
      return this;
    }

    /** Early-warning options (default: {@link EarlyWarningOptions#defaults()}). */
    public Builder alertOptions(EarlyWarningOptions o) {
      this.alertOptions = InvalidInputException.require(o, "alertOptions");
      return this;
    }

    /** The tenant's fitted model (default: {@link PaymentDelayModel#prior()}). */
    public Builder model(PaymentDelayModel m) {
      this.model = InvalidInputException.require(m, "model");
      return this;
    }

    public RelationshipIntelligence build() {
      return new RelationshipIntelligence(this);
    }
  }
}
