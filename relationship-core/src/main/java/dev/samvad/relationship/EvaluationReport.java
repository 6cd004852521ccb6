package dev.samvad.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How well a {@link PaymentDelayModel} fitted on the past predicts the future, against the naive
 * baseline "this customer's historical late rate". Produced by {@link DelayModelEvaluation}.
 *
 * @param cutoff the model was fitted with what was known on this day, on invoices issued before it
 * @param end test outcomes were read as of this day
 * @param customers customers in the portfolio
 * @param trainInvoices invoices issued before the cutoff
 * @param testInvoices invoices issued from the cutoff on
 * @param thresholds results per reported threshold
 */
public record EvaluationReport(
    LocalDate cutoff,
    LocalDate end,
    int customers,
    int trainInvoices,
    int testInvoices,
    List<ThresholdEvaluation> thresholds) {

  /**
   * Results for "paid more than N days past due".
   *
   * @param daysPastDue N
   * @param testExamples test invoices whose answer was known at the end
   * @param positiveRate share of them paid more than N days late
   * @param model the tenant model (fitted on the training period, shrunk toward the prior)
   * @param priorOnly the global prior alone
   * @param baseline the customer's historical late rate (the training-period rate when a customer
   *     has no known outcome yet)
   * @param modelReliability calibration of the tenant model
   * @param baselineReliability calibration of the baseline
   */
  public record ThresholdEvaluation(
      int daysPastDue,
      int testExamples,
      double positiveRate,
      Scores model,
      Scores priorOnly,
      Scores baseline,
      List<ReliabilityBin> modelReliability,
      List<ReliabilityBin> baselineReliability) {}

  /**
   * @param auc area under the ROC curve (0.5 = chance, 1 = perfect ranking)
   * @param brier mean squared error of the probability (lower is better)
   * @param logLoss mean negative log-likelihood (lower is better)
   */
  public record Scores(double auc, double brier, double logLoss) {}

  /**
   * One bin of a reliability table: predictions in [from, to).
   *
   * @param from lower edge
   * @param to upper edge
   * @param count predictions in the bin
   * @param meanPredicted their mean probability
   * @param observed the share that were in fact late
   */
  public record ReliabilityBin(
      double from, double to, int count, double meanPredicted, double observed) {}

  /** The report as Markdown tables. */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Portfolio: %d customers; fitted on %d invoices issued before %s; tested on %d invoices"
                + " issued from then on, outcomes read on %s.%n%n",
            customers,
            trainInvoices,
            cutoff,
            testInvoices,
            end));
    b.append(
        "| N (days past due) | test invoices | late share | model AUC | model Brier | prior-only AUC | prior-only Brier | baseline AUC | baseline Brier |\n");
    b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ThresholdEvaluation t : thresholds) {
      b.append(
          String.format(
              Locale.ROOT,
              "| > %d | %d | %.3f | %.3f | %.4f | %.3f | %.4f | %.3f | %.4f |%n",
              t.daysPastDue(),
              t.testExamples(),
              t.positiveRate(),
              t.model().auc(),
              t.model().brier(),
              t.priorOnly().auc(),
              t.priorOnly().brier(),
              t.baseline().auc(),
              t.baseline().brier()));
    }
    for (ThresholdEvaluation t : thresholds) {
      b.append(
          String.format(
              Locale.ROOT,
              "%nReliability, P(paid > %d days late):%n%n"
                  + "| predicted | model n | model mean predicted | model observed | baseline n |"
                  + " baseline mean predicted | baseline observed |%n"
                  + "|---|---:|---:|---:|---:|---:|---:|%n",
              t.daysPastDue()));
      for (int i = 0; i < t.modelReliability().size(); i++) {
        ReliabilityBin m = t.modelReliability().get(i);
        ReliabilityBin n = t.baselineReliability().get(i);
        b.append(
            String.format(
                Locale.ROOT,
                "| %.1f–%.1f | %d | %s | %s | %d | %s | %s |%n",
                m.from(),
                m.to(),
                m.count(),
                m.count() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", m.meanPredicted()),
                m.count() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", m.observed()),
                n.count(),
                n.count() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", n.meanPredicted()),
                n.count() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", n.observed())));
      }
    }
    return b.toString();
  }
}
