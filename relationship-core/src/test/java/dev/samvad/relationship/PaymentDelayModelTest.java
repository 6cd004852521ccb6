package dev.samvad.relationship;

import static dev.samvad.relationship.Histories.C;
import static dev.samvad.relationship.Histories.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.Money;
import dev.samvad.api.model.DeliveryMode;
import dev.samvad.api.model.InvoiceStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentDelayModelTest {
  private final PaymentDelayModel prior = PaymentDelayModel.prior();

  static CustomerHistory payer(int late, int invoices) {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    for (int i = 0; i < invoices; i++) {
      Histories.paidInvoice(b, "i" + i, d("2025-01-01").plusMonths(i), late);
    }
    return b.build();
  }

  static InvoiceTerms next() {
    return new InvoiceTerms(
        d("2027-06-15"), d("2027-07-15"), Money.ofRupees(10_000), DeliveryMode.ELECTRONIC);
  }

  @Test
  void aChronicLatePayerIsPredictedLateAndAPromptOneOnTime() {
    DelayPrediction late = prior.predict(payer(60, 24), next(), d("2027-06-15"));
    DelayPrediction prompt = prior.predict(payer(-2, 24), next(), d("2027-06-15"));
    assertTrue(late.probabilityLaterThan(30) > 0.6, late.probabilities().toString());
    assertTrue(prompt.probabilityLaterThan(0) < 0.3, prompt.probabilities().toString());
    assertTrue(late.expectedPaymentDate().isAfter(prompt.expectedPaymentDate()));
    assertFalse(late.earliestLikely().isAfter(late.expectedPaymentDate()));
    assertFalse(late.expectedPaymentDate().isAfter(late.latestLikely()));
    assertEquals(List.of(0, 30), late.probabilities().stream().map(p -> p.daysPastDue()).toList());
  }

  @Test
  void explanationsAddUpToTheLogOdds() {
    DelayPrediction p = prior.predict(payer(20, 10), next(), d("2027-06-15"));
    DelayPrediction.Explanation e = p.explanations().get(0);
    double z = e.intercept();
    for (DelayPrediction.FeatureContribution c : e.contributions()) {
      z += c.contribution();
    }
    double sigmoid = 1 / (1 + Math.exp(-z));
    // the reported probability is the sigmoid, capped by the lower thresholds' probabilities
    assertTrue(p.probabilityLaterThan(0) <= sigmoid + 1e-12);
    assertEquals(DelayFeatures.SIZE - 1, e.contributions().size());
    assertTrue(
        Math.abs(e.contributions().get(0).contribution())
            >= Math.abs(e.contributions().get(1).contribution()));
  }

  @Test
  void anInvoiceAlreadyOverdueIsConditionedOnIt() {
    CustomerHistory h = payer(5, 12);
    DelayPrediction atIssue = prior.predict(h, next(), d("2027-06-15"));
    DelayPrediction overdue = prior.predict(h, next(), d("2027-08-04")); // 20 days overdue
    assertEquals(20, overdue.daysOverdueAtAsOf());
    assertEquals(1.0, overdue.probabilityLaterThan(0), 1e-12);
    assertTrue(overdue.probabilityLaterThan(30) > atIssue.probabilityLaterThan(30));
    assertTrue(overdue.expectedDaysLate() >= 21);
  }

  /**
   * Leakage check: the features of an invoice must not change when anything on or after its issue
   * date changes — its own settlement, later invoices, later payments, later replies.
   */
  @Test
  void featuresSeeNothingFromTheIssueDateOn() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    for (int i = 0; i < 8; i++) {
      Histories.paidInvoice(b, "old" + i, d("2025-01-01").plusMonths(i), 10 * i);
    }
    // an earlier invoice still open on the target's issue date, settled after it
    b.invoice(
        Histories.invoice(
            "straddle", d("2025-09-01"), d("2025-10-01"), 10_000, InvoiceStatus.PAID));
    b.payment(Histories.payment(d("2025-12-20"), 10_000, "straddle"));
    CustomerHistory base = b.build();
    var target =
        Histories.invoice("target", d("2025-11-15"), d("2025-12-15"), 30_000, InvoiceStatus.PAID);
    InvoiceTerms terms = InvoiceTerms.of(target);

    CustomerHistory paidOnTime =
        base.toBuilder()
            .invoice(target)
            .payment(Histories.payment(d("2025-12-10"), 30_000, "target"))
            .build();
    CustomerHistory paidVeryLate =
        base.toBuilder()
            .invoice(target)
            .payment(Histories.payment(d("2026-06-30"), 30_000, "target"))
            .invoice(
                Histories.invoice(
                    "after", d("2026-01-01"), d("2026-01-31"), 99_000, InvoiceStatus.DISPUTED))
            .reply(
                ReplySignal.dispute(
                    Histories.at("2025-11-20T10:00"), dev.samvad.api.ChannelKind.EMAIL, -1))
            .build();
    // the straddling invoice settled differently after the issue date: still only "late so far"
    CustomerHistory straddleLater =
        CustomerHistory.builder(C)
            .invoices(base.invoices())
            .payments(
                base.payments().stream()
                    .filter(p -> !p.receivedOn().equals(d("2025-12-20")))
                    .toList())
            .payment(Histories.payment(d("2026-03-01"), 10_000, "straddle"))
            .invoice(target)
            .build();

    DelayFeatures f1 = prior.features(paidOnTime, terms);
    assertEquals(f1, prior.features(paidVeryLate, terms));
    assertEquals(f1, prior.features(straddleLater, terms));
    assertEquals(f1, prior.features(base, terms));
    assertEquals(1, f1.openOverdue());
    assertEquals(9, f1.knownInvoices());
  }

  @Test
  void fittingIsDeterministicAndIgnoresInputOrder() {
    List<CustomerHistory> portfolio =
        SyntheticPortfolio.generate(3, 40, LocalDate.of(2025, 1, 1), 18);
    LocalDate asOf = LocalDate.of(2026, 7, 1);
    PaymentDelayModel a = PaymentDelayModel.fit(portfolio, asOf, FitOptions.defaults());
    List<CustomerHistory> shuffled = new ArrayList<>(portfolio);
    Collections.reverse(shuffled);
    PaymentDelayModel b = PaymentDelayModel.fit(shuffled, asOf, FitOptions.defaults());
    assertEquals(a.coefficients(), b.coefficients());
    List<LedgerInvoice> rows = new ArrayList<>();
    portfolio.forEach(h -> rows.addAll(LedgerInvoice.fromHistory(h)));
    PaymentDelayModel c = PaymentDelayModel.fitLedger(rows, asOf, FitOptions.defaults());
    Collections.reverse(rows);
    PaymentDelayModel d = PaymentDelayModel.fitLedger(rows, asOf, FitOptions.defaults());
    assertEquals(c.coefficients(), d.coefficients());
  }

  @Test
  void aTinyTenantStaysCloseToThePrior() {
    List<LedgerInvoice> rows = LedgerInvoice.fromHistory(payer(3, 6));
    PaymentDelayModel tiny =
        PaymentDelayModel.fitLedger(rows, d("2026-01-01"), FitOptions.defaults());
    double[] p = tiny.coefficientsAt(0);
    double[] q = prior.coefficientsAt(0);
    for (int j = 0; j < p.length; j++) {
      assertEquals(q[j], p[j], 0.35, "coefficient " + DelayFeatures.NAMES.get(j));
    }
  }

  @Test
  void coefficientsRoundTrip() {
    PaymentDelayModel again = PaymentDelayModel.of(prior.coefficients());
    assertEquals(prior.coefficients(), again.coefficients());
    DelayFeatures f = prior.features(payer(12, 8), next());
    assertEquals(prior.probabilityLate(f, 30), again.probabilityLate(f, 30));
  }

  @Test
  void reportedThresholdsOffTheGridAreFitted() {
    FitOptions options = new FitOptions(20, List.of(10, 20));
    List<LedgerInvoice> rows = LedgerInvoice.fromHistory(payer(12, 12));
    PaymentDelayModel m = PaymentDelayModel.fitLedger(rows, d("2026-06-01"), options);
    assertTrue(m.thresholds().contains(10) && m.thresholds().contains(20));
    DelayPrediction p = m.predict(payer(12, 12), next(), d("2027-06-15"));
    assertTrue(p.probabilityLaterThan(10) >= p.probabilityLaterThan(20));
  }

  /** The shipped prior is exactly what fitting the documented synthetic portfolio gives. */
  @Test
  void shippedPriorMatchesAFreshFit() throws Exception {
    PaymentDelayModel fresh = PaymentDelayModel.fitPrior();
    String text = fresh.priorText();
    if (Boolean.getBoolean("samvad.writePrior")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/main/resources/dev/samvad/relationship/prior-model.txt"),
          text,
          StandardCharsets.UTF_8);
    }
    for (int n : fresh.thresholds()) {
      assertArrayEquals(fresh.coefficientsAt(n), prior.coefficientsAt(n), 1e-12, "threshold " + n);
    }
  }
}
