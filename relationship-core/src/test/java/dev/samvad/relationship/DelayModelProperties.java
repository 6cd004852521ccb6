package dev.samvad.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Money;
import dev.samvad.api.model.DeliveryMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DelayModelProperties {
  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final CustomerId ID = new CustomerId("c1");

  record Row(
      int issueOffset,
      int credit,
      int late,
      boolean open,
      boolean disputed,
      long rupees,
      boolean paper) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 600),
            Arbitraries.integers().between(0, 90),
            Arbitraries.integers().between(-30, 150),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(100, 5_000_000),
            Arbitraries.of(true, false))
        .as(Row::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  static List<LedgerInvoice> ledger(List<Row> rows, String customer) {
    List<LedgerInvoice> out = new ArrayList<>();
    for (Row r : rows) {
      LocalDate issue = START.plusDays(r.issueOffset());
      LocalDate due = issue.plusDays(r.credit());
      LocalDate settled = due.plusDays(r.late());
      if (settled.isBefore(issue)) {
        settled = issue;
      }
      out.add(
          new LedgerInvoice(
              new CustomerId(customer),
              issue,
              due,
              Money.ofRupees(r.rupees()),
              r.disputed(),
              r.open() ? Optional.empty() : Optional.of(settled),
              r.paper() ? DeliveryMode.PAPER : DeliveryMode.ELECTRONIC));
    }
    return out;
  }

  static CustomerHistory history(List<LedgerInvoice> rows) {
    CustomerHistory.Builder b = CustomerHistory.builder(Histories.C);
    int n = 0;
    for (LedgerInvoice r : rows) {
      String id = "r" + (n++);
      b.invoice(
          Histories.invoice(
              id,
              r.invoiceDate(),
              r.dueDate(),
              r.amount().paise() / 100,
              r.settledOn().isPresent()
                  ? dev.samvad.api.model.InvoiceStatus.PAID
                  : dev.samvad.api.model.InvoiceStatus.OPEN,
              r.deliveryMode()));
      r.settledOn().ifPresent(s -> b.payment(Histories.payment(s, r.amount().paise() / 100, id)));
    }
    return b.build();
  }

  /**
   * Making an earlier invoice that was already due later never lowers the predicted chance of
   * lateness, other things (amounts, disputes, which invoices are known) equal.
   */
  @Property(tries = 300)
  void predictionIsMonotoneInPastLateness(
      @ForAll("rows") List<Row> rows,
      @ForAll @IntRange(min = 0, max = 24) int pick,
      @ForAll @IntRange(min = 1, max = 120) int extra) {
    PaymentDelayModel model = PaymentDelayModel.prior();
    InvoiceTerms terms =
        new InvoiceTerms(
            START.plusDays(640),
            START.plusDays(670),
            Money.ofRupees(20_000),
            DeliveryMode.ELECTRONIC);
    List<Row> later = new ArrayList<>(rows);
    Row r = rows.get(pick % rows.size());
    if (r.issueOffset() + r.credit() >= 640) {
      return; // not yet due at the issue date: its lateness is unknown either way
    }
    later.set(
        pick % rows.size(),
        new Row(
            r.issueOffset(),
            r.credit(),
            r.late() + extra,
            r.open(),
            r.disputed(),
            r.rupees(),
            r.paper()));
    DelayFeatures before = model.features(history(ledger(rows, "c1")), terms);
    DelayFeatures after = model.features(history(ledger(later, "c1")), terms);
    for (int n : List.of(0, 30)) {
      assertTrue(
          model.probabilityLate(after, n) >= model.probabilityLate(before, n) - 1e-12,
          "N=" + n + " " + before + " -> " + after);
    }
  }

  /** Two fits of the same data give bit-identical coefficients. */
  @Property(tries = 15)
  void fittingIsDeterministic(@ForAll("rows") List<Row> a, @ForAll("rows") List<Row> b) {
    List<LedgerInvoice> data = new ArrayList<>(ledger(a, "a"));
    data.addAll(ledger(b, "b"));
    LocalDate asOf = START.plusDays(700);
    ModelCoefficients one =
        PaymentDelayModel.fitLedger(data, asOf, FitOptions.defaults()).coefficients();
    ModelCoefficients two =
        PaymentDelayModel.fitLedger(data, asOf, FitOptions.defaults()).coefficients();
    assertEquals(one, two);
  }
}
