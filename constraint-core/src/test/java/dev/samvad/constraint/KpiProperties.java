package dev.samvad.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Language;
import dev.samvad.api.Money;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.InvoiceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** KPI identities that hold for any portfolio. */
class KpiProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** One generated invoice. */
  record Spec(
      int issuedDaysAgo,
      int termDays,
      long paise,
      int paidPercent,
      InvoiceStatus status,
      int payments,
      int customer,
      int story) {}

  @Provide
  Arbitrary<List<Spec>> portfolios() {
    Arbitrary<Spec> spec =
        Combinators.combine(
                Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 90),
                Arbitraries.longs().between(1, 50_000_000L),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(InvoiceStatus.class),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 11))
            .as(Spec::new);
    return spec.list().ofMaxSize(40);
  }

  static Portfolio build(List<Spec> specs) {
    Portfolio.Builder b = Portfolio.builder(AS_OF);
    for (int c = 0; c < 6; c++) {
      b.customer(
          new CustomerId("C" + c),
          new CustomerSegment(
              Region.values()[c],
              Language.values()[c],
              BusinessSize.values()[c % 4],
              c % 2 == 0 ? "a" : "b",
              c % 3 == 0 ? HoldOutFlag.HOLD_OUT : HoldOutFlag.ADAPTED));
    }
    for (int k = 0; k < specs.size(); k++) {
      Spec s = specs.get(k);
      LocalDate issue = AS_OF.minusDays(s.issuedDaysAgo());
      InvoiceId id = new InvoiceId("I" + k);
      long paid = s.paise() * s.paidPercent() / 100;
      b.invoice(
          new InvoiceFact(
              id,
              new CustomerId("C" + s.customer()),
              issue,
              issue.plusDays(s.termDays()),
              Money.ofPaise(s.paise()),
              Money.ofPaise(s.paise() - paid),
              s.status()));
      for (int j = 0; j < s.payments() && paid > 0; j++) {
        long part = paid / s.payments() + (j == 0 ? paid % s.payments() : 0);
        if (part > 0) {
          LocalDate on = issue.plusDays((long) s.issuedDaysAgo() * (j + 1) / (s.payments() + 1));
          b.payment(new PaymentFact(id, on, Money.ofPaise(part)));
        }
      }
      int story = s.story();
      if (story > 0) {
        ExecutionFact e =
            ExecutionFact.sent(
                id,
                ChannelKind.values()[story % 5],
                Scenario.at(issue, 9),
                Scenario.at(issue, 9 + story % 4));
        if (story % 3 == 0) {
          e = e.failed(story % 2 == 0 ? DeliveryFailure.BOUNCED : DeliveryFailure.FAILED);
        } else {
          e = e.delivered(Scenario.at(issue, 14));
          if (story % 4 == 1) {
            e = e.promised(issue.plusDays(story), Scenario.at(issue, 15));
          } else if (story == 5) {
            e = e.replied(ReplyOutcome.DISPUTED, Scenario.at(issue, 16));
          }
        }
        b.execution(e);
      }
      if (story % 4 == 2) {
        b.task(TaskFact.open(id, TaskKind.CALL, Scenario.at(issue.plusDays(1), 10)));
      }
    }
    return b.build();
  }

  private static List<Kpis> everyKpis(ConstraintAnalysis a) {
    List<Kpis> all = new ArrayList<>(List.of(a.kpis(), a.previousKpis()));
    for (SegmentKpis s : a.segments()) {
      all.add(s.current());
      all.add(s.previous());
    }
    return all;
  }

  @Property(tries = 200)
  void ceiIsBetweenZeroAndHundred(@ForAll("portfolios") List<Spec> specs) {
    for (Kpis k : everyKpis(ConstraintEngine.withDefaults().analyze(build(specs)))) {
      assertTrue(k.cei() >= 0 && k.cei() <= 100, () -> "CEI " + k.cei());
    }
  }

  @Property(tries = 200)
  void dsoIsNeverBelowBestPossibleDso(@ForAll("portfolios") List<Spec> specs) {
    for (Kpis k : everyKpis(ConstraintEngine.withDefaults().analyze(build(specs)))) {
      assertTrue(k.dso() >= k.bestPossibleDso(), () -> k.dso() + " < " + k.bestPossibleDso());
      assertTrue(k.averageDaysDelinquent() >= 0);
    }
  }

  @Property(tries = 200)
  void ageingBucketsSumExactlyToTheOpenBalance(@ForAll("portfolios") List<Spec> specs) {
    for (Kpis k : everyKpis(ConstraintEngine.withDefaults().analyze(build(specs)))) {
      Ageing a = k.ageing();
      Money sum =
          a.current()
              .plus(a.days1To30())
              .plus(a.days31To60())
              .plus(a.days61To90())
              .plus(a.over90());
      assertEquals(a.total(), sum);
      assertEquals(k.closingReceivables(), a.total());
    }
  }

  @Property(tries = 50)
  void analysisIsDeterministicSerialOrParallel(@ForAll("portfolios") List<Spec> specs) {
    Portfolio p = build(specs);
    ConstraintAnalysis first = ConstraintEngine.withDefaults().analyze(p);
    assertEquals(first, ConstraintEngine.withDefaults().analyze(build(specs)));
    assertEquals(
        first,
        ConstraintEngine.create(ConstraintSettings.defaults().withParallel(false)).analyze(p));
  }
}
