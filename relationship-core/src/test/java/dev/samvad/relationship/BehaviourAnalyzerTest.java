package dev.samvad.relationship;

import static dev.samvad.relationship.Histories.C;
import static dev.samvad.relationship.Histories.at;
import static dev.samvad.relationship.Histories.d;
import static dev.samvad.relationship.Histories.endOf;
import static dev.samvad.relationship.Histories.in;
import static dev.samvad.relationship.Histories.out;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Money;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.relationship.BehaviourProfile.ChannelResponse;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BehaviourAnalyzerTest {
  private final BehaviourAnalyzer analyzer = BehaviourAnalyzer.standard();

  @Test
  void responseRateAndMedianResponseTimePerChannel() {
    CustomerHistory h =
        CustomerHistory.builder(C)
            .statedPreference(ChannelKind.EMAIL)
            // WhatsApp: 3 of 4 answered, after 1 h, 2 h and 4 h
            .interaction(out(ChannelKind.WHATSAPP, at("2026-01-05T10:00")))
            .interaction(in(ChannelKind.WHATSAPP, at("2026-01-05T11:00")))
            .interaction(out(ChannelKind.WHATSAPP, at("2026-01-12T10:00")))
            .interaction(in(ChannelKind.WHATSAPP, at("2026-01-12T12:00")))
            .interaction(out(ChannelKind.WHATSAPP, at("2026-01-19T10:00")))
            .interaction(in(ChannelKind.WHATSAPP, at("2026-01-19T14:00")))
            .interaction(out(ChannelKind.WHATSAPP, at("2026-01-26T10:00")))
            // Email: 0 of 3 answered
            .interaction(out(ChannelKind.EMAIL, at("2026-02-02T16:00")))
            .interaction(out(ChannelKind.EMAIL, at("2026-02-09T16:00")))
            .interaction(out(ChannelKind.EMAIL, at("2026-02-16T16:00")))
            .build();
    BehaviourProfile p = analyzer.analyze(h, endOf("2026-03-31"));
    ChannelResponse wa = channel(p, ChannelKind.WHATSAPP);
    assertEquals(4, wa.sent());
    assertEquals(3, wa.answered());
    assertEquals(0.75, wa.responseRate(), 1e-9);
    assertEquals(Optional.of(2.0), wa.medianResponseHours());
    ChannelResponse email = channel(p, ChannelKind.EMAIL);
    assertEquals(3, email.sent());
    assertEquals(0, email.answered());
    assertEquals(Optional.of(ChannelKind.WHATSAPP), p.preference().learned());
    assertFalse(p.preference().agrees());
    assertEquals(10, p.bestHours().get(0));
    assertEquals(java.time.DayOfWeek.MONDAY, p.bestDays().get(0));
    assertEquals(4, p.hours().get(10).evidence());
    assertTrue(
        p.replyLikelihood(ChannelKind.WHATSAPP, 10) > p.replyLikelihood(ChannelKind.EMAIL, 16));
  }

  @Test
  void aMessageWhoseWindowIsStillOpenIsNotCountedUnanswered() {
    CustomerHistory h =
        CustomerHistory.builder(C)
            .interaction(out(ChannelKind.SMS, at("2026-01-05T10:00")))
            .build();
    BehaviourProfile p = analyzer.analyze(h, at("2026-01-06T10:00"));
    assertTrue(p.channels().stream().noneMatch(c -> c.sent() > 0), p.channels().toString());
  }

  @Test
  void paymentTimingPartialPaymentsAndTrend() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    int[] late = {-2, 0, 5, 10, 20, 40};
    for (int i = 0; i < late.length; i++) {
      Histories.paidInvoice(b, "inv" + i, d("2025-01-10").plusMonths(i), late[i]);
    }
    // one more paid in two parts, 12 days late in the end
    b.invoice(
        Histories.invoice("inv9", d("2025-08-01"), d("2025-08-31"), 10_000, InvoiceStatus.PAID));
    b.payment(Histories.payment(d("2025-09-05"), 4_000, "inv9"));
    b.payment(Histories.payment(d("2025-09-12"), 6_000, "inv9"));
    BehaviourProfile p = analyzer.analyze(b.build(), endOf("2025-12-31"));
    var t = p.timing();
    assertEquals(7, t.settledInvoices());
    assertEquals((-2 + 0 + 5 + 10 + 20 + 40 + 12) / 7.0, t.meanDaysLate(), 1e-9);
    assertEquals(10, t.medianDaysLate(), 1e-9);
    assertEquals(2 / 7.0, t.onTimeShare(), 1e-9);
    assertEquals(TrendDirection.DETERIORATING, t.trend());
    assertEquals(2, t.distribution().get(0).invoices());
    assertEquals(1, p.partialPayments().paidInParts());
    assertFalse(p.partialPayments().habitual());
  }

  @Test
  void promisesKeptBrokenAndPending() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    b.invoice(
        Histories.invoice(
            "a", d("2026-01-01"), d("2026-01-31"), 50_000, InvoiceStatus.PARTIALLY_PAID));
    // kept: promised 10 Feb, paid 12 Feb (within 3 days' grace)
    b.reply(
        ReplySignal.promise(
            at("2026-02-02T11:00"),
            ChannelKind.WHATSAPP,
            0.3,
            d("2026-02-10"),
            Optional.of(Money.ofRupees(20_000))));
    b.payment(Histories.payment(d("2026-02-12"), 20_000, "a"));
    // broken: promised 1 Mar, nothing paid
    b.reply(
        ReplySignal.promise(
            at("2026-02-20T11:00"), ChannelKind.WHATSAPP, 0.0, d("2026-03-01"), Optional.empty()));
    // pending: promised 30 Mar, as of 25 Mar
    b.reply(
        ReplySignal.promise(
            at("2026-03-20T11:00"), ChannelKind.WHATSAPP, 0.0, d("2026-03-30"), Optional.empty()));
    BehaviourProfile p = analyzer.analyze(b.build(), endOf("2026-03-25"));
    assertEquals(3, p.promises().promises());
    assertEquals(1, p.promises().kept());
    assertEquals(1, p.promises().broken());
    assertEquals(1, p.promises().pending());
    assertEquals(Optional.of(0.5), p.promises().keptRatio());
  }

  @Test
  void monthEndHabitAndSlowMarch() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    // every invoice paid on the last day of the month; March ones 40 days late, others ~10
    for (int i = 0; i < 24; i++) {
      java.time.LocalDate issue = d("2025-01-05").plusMonths(i);
      java.time.LocalDate due = issue.plusDays(30);
      int extra = due.getMonth() == Month.MARCH ? 40 : 10;
      java.time.LocalDate paid = due.plusDays(extra);
      paid = paid.withDayOfMonth(paid.lengthOfMonth());
      b.invoice(Histories.invoice("m" + i, issue, due, 10_000, InvoiceStatus.PAID));
      b.payment(Histories.payment(paid, 10_000, "m" + i));
    }
    BehaviourProfile p = analyzer.analyze(b.build(), endOf("2027-06-30"));
    assertTrue(p.calendarHabits().paysAtMonthEnd());
    assertEquals(1.0, p.calendarHabits().monthEndShare(), 1e-9);
    assertEquals(Month.MARCH, p.seasonality().slowMonths().get(0).month());
  }

  @Test
  void disputesAreCounted() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    b.invoice(
        Histories.invoice("x", d("2026-01-01"), d("2026-01-31"), 1_000, InvoiceStatus.DISPUTED));
    b.invoice(Histories.invoice("y", d("2026-01-02"), d("2026-02-01"), 1_000, InvoiceStatus.OPEN));
    b.reply(ReplySignal.dispute(at("2026-02-03T10:00"), ChannelKind.EMAIL, -0.6));
    BehaviourProfile p = analyzer.analyze(b.build(), endOf("2026-03-01"));
    assertEquals(1, p.disputes().disputedInvoices());
    assertEquals(1, p.disputes().disputeReplies());
    assertEquals(0.5, p.disputes().perInvoice(), 1e-9);
  }

  @Test
  void eventsAfterAsOfAreIgnored() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    Histories.paidInvoice(b, "early", d("2025-01-01"), 3);
    Histories.paidInvoice(b, "later", d("2025-06-01"), 50);
    BehaviourProfile p = analyzer.analyze(b.build(), endOf("2025-03-31"));
    assertEquals(1, p.timing().settledInvoices());
    assertEquals(3, p.timing().meanDaysLate(), 1e-9);
  }

  private static ChannelResponse channel(BehaviourProfile p, ChannelKind kind) {
    return p.channels().stream().filter(c -> c.channel() == kind).findFirst().orElseThrow();
  }
}
