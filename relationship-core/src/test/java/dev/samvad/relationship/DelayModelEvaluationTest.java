package dev.samvad.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published evaluation: this test produces the table in docs/relationship.md (written to
 * target/relationship-evaluation.md) and checks the model beats the naive baseline.
 */
class DelayModelEvaluationTest {
  static final long SEED = 7;
  static final int CUSTOMERS = 300;
  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final int MONTHS = 30;
  static final LocalDate CUTOFF = LocalDate.of(2026, 9, 1);
  static final LocalDate END = LocalDate.of(2027, 7, 1);

  @Test
  void modelBeatsTheHistoricalLateRateOnALaterPeriod() throws Exception {
    List<CustomerHistory> portfolio = SyntheticPortfolio.generate(SEED, CUSTOMERS, START, MONTHS);
    EvaluationReport report =
        DelayModelEvaluation.evaluate(portfolio, CUTOFF, END, FitOptions.defaults());
    Path out = Path.of("target", "relationship-evaluation.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toMarkdown(), StandardCharsets.UTF_8);
    assertEquals(2, report.thresholds().size());
    for (EvaluationReport.ThresholdEvaluation t : report.thresholds()) {
      assertTrue(t.testExamples() > 1000, "test examples " + t.testExamples());
      assertTrue(t.model().auc() > t.baseline().auc() + 0.02, "AUC at " + t.daysPastDue());
      assertTrue(t.model().brier() < t.baseline().brier(), "Brier at " + t.daysPastDue());
      // calibrated: in every well-populated bin the observed rate is near the predicted one
      for (EvaluationReport.ReliabilityBin b : t.modelReliability()) {
        if (b.count() >= 200) {
          assertEquals(b.meanPredicted(), b.observed(), 0.12, "bin " + b);
        }
      }
    }
  }

  @Test
  void aucOfAPerfectAndARandomRanking() {
    double[] p = {0.1, 0.2, 0.8, 0.9};
    byte[] y = {0, 0, 1, 1};
    assertEquals(1.0, DelayModelEvaluation.auc(p, y, 4), 1e-12);
    double[] flat = {0.5, 0.5, 0.5, 0.5};
    assertEquals(0.5, DelayModelEvaluation.auc(flat, y, 4), 1e-12);
  }
}
