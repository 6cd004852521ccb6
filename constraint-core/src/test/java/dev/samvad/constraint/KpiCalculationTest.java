package dev.samvad.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Language;
import dev.samvad.api.Money;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.InvoiceStatus;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** KPIs on a portfolio small enough to work out by hand (see the comments for the arithmetic). */
class KpiCalculationTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private static final CustomerId CUSTOMER = new CustomerId("C1");

  private static Portfolio.Builder base() {
    return Portfolio.builder(AS_OF)
        .customer(
            CUSTOMER,
            new CustomerSegment(
                Region.WEST,
                Language.MARATHI,
                BusinessSize.SMALL,
                "standard",
                HoldOutFlag.ADAPTED));
  }

  private static InvoiceFact invoice(
      String id, LocalDate issue, LocalDate due, long rupees, long open, InvoiceStatus status) {
    return new InvoiceFact(
        new InvoiceId(id),
        CUSTOMER,
        issue,
        due,
        Money.ofRupees(rupees),
        Money.ofRupees(open),
        status);
  }

  /**
   * A: issued 1 Feb, due 3 Mar, ₹1,000, ₹400 paid 10 Mar. B: issued 5 Mar, due 4 Apr, ₹2,000 open.
   * C: issued 20 Mar, due 25 Mar, ₹1,000 paid 25 Mar. Period: the 30 days 2–31 March.
   */
  private static Portfolio handWorked() {
    return base()
        .invoice(
            invoice(
                "A",
                LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 3, 3),
                1000,
                600,
                InvoiceStatus.PARTIALLY_PAID))
        .invoice(
            invoice(
                "B",
                LocalDate.of(2025, 3, 5),
                LocalDate.of(2025, 4, 4),
                2000,
                2000,
                InvoiceStatus.OPEN))
        .invoice(
            invoice(
                "C",
                LocalDate.of(2025, 3, 20),
                LocalDate.of(2025, 3, 25),
                1000,
                0,
                InvoiceStatus.PAID))
        .invoice(
            invoice(
                "X",
                LocalDate.of(2025, 3, 6),
                LocalDate.of(2025, 3, 6),
                5000,
                5000,
                InvoiceStatus.CANCELLED))
        .payment(
            new PaymentFact(new InvoiceId("A"), LocalDate.of(2025, 3, 10), Money.ofRupees(400)))
        .payment(
            new PaymentFact(new InvoiceId("C"), LocalDate.of(2025, 3, 25), Money.ofRupees(1000)))
        .build();
  }

  private final ConstraintEngine engine =
      ConstraintEngine.create(ConstraintSettings.defaults().withPeriodDays(30));

  @Test
  void standardKpisMatchTheHandWorkedFigures() {
    Kpis k = engine.analyze(handWorked()).kpis();
    assertEquals(LocalDate.of(2025, 3, 2), k.period().start());
    assertEquals(Money.ofRupees(3000), k.creditSales()); // B + C; the cancelled X is left out
    assertEquals(Money.ofRupees(1000), k.openingReceivables()); // A, before its payment
    assertEquals(Money.ofRupees(2600), k.closingReceivables()); // A's 600 + B's 2,000
    assertEquals(Money.ofRupees(2000), k.closingCurrent()); // B is not yet due
    assertEquals(Money.ofRupees(1400), k.collections());
    assertEquals(26.0, k.dso(), 1e-9); // 2,600 / 3,000 × 30
    assertEquals(20.0, k.bestPossibleDso(), 1e-9); // 2,000 / 3,000 × 30
    assertEquals(6.0, k.averageDaysDelinquent(), 1e-9);
    assertEquals(70.0, k.cei(), 1e-9); // (1,000 + 3,000 − 2,600) / (1,000 + 3,000 − 2,000)
    assertEquals(35.0, k.collectionRatePercent(), 1e-9); // 1,400 / (1,000 + 3,000)
    // 31 Mar back to 21 Mar: 11 days without sales; 20 Mar: ₹1,000 (left 1,600); 19 Mar to 6 Mar:
    // 14 days; 5 Mar: 1,600 of 2,000 = 0.8 day.
    assertEquals(26.8, k.countBackDso(), 1e-9);
    assertEquals(Money.ofRupees(600), k.ageing().days1To30()); // A is 28 days past due
    assertEquals(Money.ofRupees(2000), k.ageing().current());
  }

  @Test
  void thePreviousPeriodIsReconstructedFromPayments() {
    Kpis k = engine.analyze(handWorked()).previousKpis();
    assertEquals(LocalDate.of(2025, 3, 1), k.period().end());
    assertEquals(Money.ofRupees(1000), k.creditSales()); // A
    assertEquals(Money.ofRupees(1000), k.closingReceivables()); // A had not been paid yet
    assertEquals(30.0, k.dso(), 1e-9);
    assertEquals(30.0, k.bestPossibleDso(), 1e-9); // A was not yet due on 1 March
    assertEquals(0.0, k.averageDaysDelinquent(), 1e-9);
  }

  @Test
  void msmedInterestCompoundsMonthlyAtThreeTimesTheBankRate() {
    Portfolio p =
        Portfolio.builder(LocalDate.of(2025, 6, 30))
            .customer(
                CUSTOMER,
                new CustomerSegment(
                    Region.WEST,
                    Language.MARATHI,
                    BusinessSize.LARGE,
                    "standard",
                    HoldOutFlag.ADAPTED))
            .invoice(
                invoice(
                    "M",
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 3, 31),
                    100_000,
                    100_000,
                    InvoiceStatus.OPEN))
            .build();
    ConstraintEngine micro =
        ConstraintEngine.create(
            ConstraintSettings.defaults()
                .withTenantSize(BusinessSize.MICRO)
                .withRbiBankRatePercent(5.75));
    MsmedReport report = micro.analyze(p).msmed();
    assertTrue(report.applicable());
    assertEquals(17.25, report.annualRatePercent(), 1e-9);
    MsmedInvoice m = report.largest().get(0);
    // Agreed 90 days, but the Act allows 45: interest runs from 16 Feb. To 30 June that is four
    // whole months (compounded at 17.25% / 12) and 15 days (simple, /365).
    assertEquals(LocalDate.of(2025, 2, 16), m.interestFrom());
    assertEquals(135, m.daysLate());
    assertEquals(Money.ofRupees(6626), m.interest());
    assertEquals(Money.ofRupees(6626), report.interest());

    assertFalse(ConstraintEngine.withDefaults().analyze(p).msmed().applicable());
    assertEquals(0, ConstraintEngine.withDefaults().analyze(p).msmed().invoices());
  }

  @Test
  void funnelFollowsTheCohortThroughEachStage() {
    InvoiceId a = new InvoiceId("A");
    Portfolio p =
        base()
            .invoice(
                invoice(
                    "A",
                    LocalDate.of(2025, 3, 2),
                    LocalDate.of(2025, 3, 20),
                    1000,
                    0,
                    InvoiceStatus.PAID))
            .invoice(
                invoice(
                    "B",
                    LocalDate.of(2025, 3, 10),
                    LocalDate.of(2025, 4, 10),
                    1000,
                    1000,
                    InvoiceStatus.OPEN))
            .payment(new PaymentFact(a, LocalDate.of(2025, 3, 18), Money.ofRupees(1000)))
            .execution(
                ExecutionFact.sent(
                        a,
                        ChannelKind.WHATSAPP,
                        Scenario.at(LocalDate.of(2025, 3, 2), 10),
                        Scenario.at(LocalDate.of(2025, 3, 2), 10))
                    .delivered(Scenario.at(LocalDate.of(2025, 3, 2), 11))
                    .read(Scenario.at(LocalDate.of(2025, 3, 2), 13))
                    .promised(LocalDate.of(2025, 3, 18), Scenario.at(LocalDate.of(2025, 3, 2), 15)))
            .execution(
                ExecutionFact.sent(
                        new InvoiceId("B"),
                        ChannelKind.SMS,
                        Scenario.at(LocalDate.of(2025, 3, 11), 10),
                        Scenario.at(LocalDate.of(2025, 3, 11), 10))
                    .failed(DeliveryFailure.BOUNCED))
            .build();
    ConstraintAnalysis analysis = engine.analyze(p);
    Funnel f = analysis.funnel();
    long[] counts = f.stages().stream().mapToLong(FunnelStage::invoices).toArray();
    assertEquals(7, counts.length);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {2, 1, 1, 1, 1, 1, 0}, counts);
    assertEquals(50.0, f.stages().get(1).conversionPercent(), 1e-9);
    assertEquals(11.0, f.stages().get(1).meanHoursToReach(), 1e-9); // midnight to 11:00, 2 Mar
    assertEquals(2.0, f.stages().get(2).meanHoursToReach(), 1e-9);
    assertEquals(100.0, analysis.kpis().promiseKeptPercent(), 1e-9);
    assertEquals(100.0, analysis.kpis().replyRatePercent(), 1e-9);
    ChannelEffectiveness sms =
        analysis.insights().channels().stream()
            .filter(c -> c.channel() == ChannelKind.SMS)
            .findFirst()
            .orElseThrow();
    assertEquals(100.0, sms.bouncedPercent(), 1e-9);
  }

  @Test
  void badInputNamesTheField() {
    Portfolio.Builder b = base();
    assertField(
        "invoice.customerId",
        () ->
            b.invoice(
                new InvoiceFact(
                    new InvoiceId("Z"),
                    new CustomerId("nobody"),
                    AS_OF,
                    AS_OF,
                    Money.ofRupees(1),
                    Money.ZERO,
                    InvoiceStatus.OPEN)));
    assertField(
        "payment.invoiceId",
        () -> b.payment(new PaymentFact(new InvoiceId("none"), AS_OF, Money.ofRupees(1))));
    assertField("outstanding", () -> invoice("Q", AS_OF, AS_OF, 10, 11, InvoiceStatus.OPEN));
    assertField("periodDays", () -> ConstraintSettings.defaults().withPeriodDays(3));
  }

  private static void assertField(String field, Executable call) {
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, call);
    assertEquals(field, e.field());
  }

  @Test
  void theJsonLinesSinkWritesOneLinePerAnalysisToTheHostsWriter() throws Exception {
    StringWriter out = new StringWriter();
    ConstraintSink sink = new JsonLinesConstraintSink(out);
    ConstraintAnalysis analysis = engine.analyze(handWorked());
    sink.export(analysis);
    sink.export(analysis);
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    var tree = dev.samvad.api.json.SamvadJson.newMapper().readTree(lines[0]);
    assertEquals("2025-03-31", tree.get("asOf").asText());
    assertEquals(26.0, tree.at("/kpis/dso").asDouble(), 1e-9);
    assertEquals("₹2,600.00", tree.at("/kpis/closingReceivables/formatted").asText());
    assertTrue(tree.get("candidates").isArray());
  }
}
