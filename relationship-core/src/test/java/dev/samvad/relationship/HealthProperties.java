package dev.samvad.relationship;

import static dev.samvad.relationship.Histories.C;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Money;
import dev.samvad.api.model.InvoiceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class HealthProperties {
  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final Instant AS_OF = Histories.endOf("2027-01-01");

  record Inv(int issueOffset, int credit, int late, boolean open, boolean disputed, long rupees) {}

  record Msg(int offsetMinutes, boolean inbound, int channel) {}

  record Rep(int offsetHours, double polarity, int promiseIn, boolean dispute) {}

  @Provide
  Arbitrary<List<Inv>> invoices() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 700),
            Arbitraries.integers().between(0, 90),
            Arbitraries.integers().between(-30, 200),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(1, 10_000_000))
        .as(Inv::new)
        .list()
        .ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<Msg>> messages() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 700 * 24 * 60),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, ChannelKind.values().length - 1))
        .as(Msg::new)
        .list()
        .ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Rep>> replies() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 700 * 24),
            Arbitraries.doubles().between(-1, 1),
            Arbitraries.integers().between(-1, 30),
            Arbitraries.of(true, false))
        .as(Rep::new)
        .list()
        .ofMaxSize(20);
  }

  static CustomerHistory build(List<Inv> invs, List<Msg> msgs, List<Rep> reps) {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    int n = 0;
    for (Inv v : invs) {
      String id = "v" + (n++);
      LocalDate issue = START.plusDays(v.issueOffset());
      LocalDate due = issue.plusDays(v.credit());
      InvoiceStatus status =
          v.open()
              ? (v.disputed() ? InvoiceStatus.DISPUTED : InvoiceStatus.OPEN)
              : InvoiceStatus.PAID;
      b.invoice(Histories.invoice(id, issue, due, v.rupees(), status));
      if (!v.open()) {
        LocalDate paid = due.plusDays(v.late());
        b.payment(Histories.payment(paid.isBefore(issue) ? issue : paid, v.rupees(), id));
      }
    }
    Instant t0 = START.atStartOfDay(Histories.IST).toInstant();
    for (Msg m : msgs) {
      Instant at = t0.plusSeconds(60L * m.offsetMinutes());
      ChannelKind ch = ChannelKind.values()[m.channel()];
      b.interaction(m.inbound() ? Histories.in(ch, at) : Histories.out(ch, at));
    }
    for (Rep r : reps) {
      Instant at = t0.plusSeconds(3600L * r.offsetHours());
      LocalDate day = LocalDate.ofInstant(at, Histories.IST);
      b.reply(
          new ReplySignal(
              at,
              ChannelKind.WHATSAPP,
              r.polarity(),
              r.promiseIn() < 0 ? Optional.empty() : Optional.of(day.plusDays(r.promiseIn())),
              Optional.<Money>empty(),
              r.dispute()));
    }
    return b.build();
  }

  @Property(tries = 200)
  void healthIsAlwaysWithinZeroAndHundred(
      @ForAll("invoices") List<Inv> invs,
      @ForAll("messages") List<Msg> msgs,
      @ForAll("replies") List<Rep> reps,
      @ForAll @IntRange(min = 0, max = 800) int asOfOffset) {
    CustomerHistory h = build(invs, msgs, reps);
    Instant asOf = Histories.endOf(START.plusDays(asOfOffset).toString());
    RelationshipHealth health = HealthScorer.standard().score(h, asOf);
    assertTrue(health.score() >= 0 && health.score() <= 100, "score " + health.score());
    for (RelationshipHealth.ComponentScore c : health.components()) {
      assertTrue(c.score() >= 0 && c.score() <= 1, c.toString());
    }
    for (RelationshipHealth.HealthPoint p : health.trend().points()) {
      assertTrue(p.score() >= 0 && p.score() <= 100);
    }
  }

  @Property(tries = 200)
  void addingAnOnTimePaymentNeverLowersPunctuality(
      @ForAll("invoices") List<Inv> invs,
      @ForAll @IntRange(min = 0, max = 700) int issueOffset,
      @ForAll @IntRange(min = 0, max = 60) int credit,
      @ForAll @IntRange(min = 0, max = 60) int daysEarly) {
    CustomerHistory before = build(invs, List.of(), List.of());
    LocalDate issue = START.plusDays(issueOffset);
    LocalDate due = issue.plusDays(credit);
    LocalDate paid = due.minusDays(daysEarly);
    if (paid.isBefore(issue)) {
      paid = issue;
    }
    CustomerHistory after =
        before.toBuilder()
            .invoice(Histories.invoice("ontime", issue, due, 5_000, InvoiceStatus.PAID))
            .payment(Histories.payment(paid, 5_000, "ontime"))
            .build();
    double a = punctuality(before);
    double b = punctuality(after);
    assertTrue(b >= a - 1e-12, a + " -> " + b);
  }

  @Property(tries = 100)
  void payingAnOpenInvoiceOnTimeNeverLowersPunctuality(
      @ForAll("invoices") List<Inv> invs, @ForAll @IntRange(min = 0, max = 29) int pick) {
    CustomerHistory before = build(invs, List.of(), List.of());
    var open = before.invoices().stream().filter(i -> i.status() != InvoiceStatus.PAID).toList();
    if (open.isEmpty()) {
      return;
    }
    var target = open.get(pick % open.size());
    CustomerHistory after =
        before.toBuilder()
            .payment(
                Histories.payment(
                    target.dueDate(), target.amount().paise() / 100, target.id().value()))
            .build();
    assertTrue(punctuality(after) >= punctuality(before) - 1e-12);
  }

  private static double punctuality(CustomerHistory h) {
    return HealthScorer.standard().score(h, AS_OF).components().stream()
        .filter(c -> c.component() == HealthComponent.PAYMENT_PUNCTUALITY)
        .findFirst()
        .orElseThrow()
        .score();
  }
}
