package dev.samvad.relationship;

import static dev.samvad.relationship.Histories.C;
import static dev.samvad.relationship.Histories.d;
import static dev.samvad.relationship.Histories.endOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthScorerTest {
  private final HealthScorer scorer = HealthScorer.standard();

  @Test
  void anEmptyHistoryIsNeutral() {
    RelationshipHealth h = scorer.score(CustomerHistory.builder(C).build(), endOf("2026-01-01"));
    assertEquals(50.0, h.score(), 1e-9);
    assertTrue(h.drivers().isEmpty());
    assertEquals(TrendDirection.STABLE, h.trend().direction());
  }

  @Test
  void aPromptPayerScoresAboveALatePayerAndDriversSayWhy() {
    RelationshipHealth prompt = scorer.score(payer(0), endOf("2026-12-31"));
    RelationshipHealth late = scorer.score(payer(45), endOf("2026-12-31"));
    assertTrue(prompt.score() > late.score() + 15, prompt.score() + " vs " + late.score());
    assertTrue(
        late.drivers().get(0).contains("0 of 24 invoices paid on or before the due date"),
        late.drivers().toString());
    assertTrue(late.drivers().get(0).startsWith("-"));
  }

  @Test
  void aSlideIntoLatenessIsADeterioratingTrend() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    for (int i = 0; i < 24; i++) {
      Histories.paidInvoice(b, "i" + i, d("2025-01-01").plusDays(15L * i), i < 14 ? 0 : 90);
    }
    RelationshipHealth h = scorer.score(b.build(), endOf("2026-03-15"));
    assertEquals(TrendDirection.DETERIORATING, h.trend().direction(), h.trend().toString());
    assertTrue(h.trend().slopePerMonth() < -1);
    assertEquals(150, h.trend().windowDays());
  }

  @Test
  void weightsAreValidatedAndNormalised() {
    HealthWeights w = HealthWeights.defaults().with(HealthComponent.TENURE, 0.2);
    double sum = 0;
    for (HealthComponent c : HealthComponent.values()) {
      sum += w.of(c);
    }
    assertEquals(1.0, sum, 1e-12);
    assertThrows(
        InvalidInputException.class,
        () -> HealthWeights.defaults().with(HealthComponent.TENURE, -1));
    assertThrows(
        InvalidInputException.class,
        () -> HealthWeights.defaults().with(HealthComponent.TENURE, Double.NaN));
    var zero = new java.util.EnumMap<HealthComponent, Double>(HealthComponent.class);
    for (HealthComponent c : HealthComponent.values()) {
      zero.put(c, 0.0);
    }
    assertThrows(InvalidInputException.class, () -> new HealthWeights(zero));
  }

  @Test
  void onlyPunctualityWeighted() {
    var only = new java.util.EnumMap<HealthComponent, Double>(HealthComponent.class);
    for (HealthComponent c : HealthComponent.values()) {
      only.put(c, c == HealthComponent.PAYMENT_PUNCTUALITY ? 1.0 : 0.0);
    }
    RelationshipHealth h =
        HealthScorer.withWeights(new HealthWeights(only)).score(payer(0), endOf("2026-12-31"));
    // 24 on-time invoices plus the neutral pseudo-invoice: close to but below 100
    assertTrue(h.score() > 90 && h.score() < 100, "" + h.score());
  }

  @Test
  void historyPointsCoverTheRange() {
    List<RelationshipHealth.HealthPoint> points =
        scorer.history(payer(10), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 30);
    assertEquals(13, points.size());
  }

  static CustomerHistory payer(int late) {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    for (int i = 0; i < 24; i++) {
      Histories.paidInvoice(b, "i" + i, d("2025-01-01").plusMonths(i), late);
    }
    return b.build();
  }
}
