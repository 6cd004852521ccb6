package dev.samvad.relationship;

import static dev.samvad.relationship.Histories.C;
import static dev.samvad.relationship.Histories.at;
import static dev.samvad.relationship.Histories.d;
import static dev.samvad.relationship.Histories.endOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.relationship.Alert.Severity;
import dev.samvad.relationship.Alert.Type;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarlyWarningDetectorTest {
  private final EarlyWarningDetector detector = EarlyWarningDetector.standard();

  @Test
  void aBrokenPromiseRaisesAnAlertAndASecondOneIsCritical() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    b.invoice(Histories.invoice("a", d("2026-01-01"), d("2026-01-31"), 10_000, InvoiceStatus.OPEN));
    b.reply(
        ReplySignal.promise(
            at("2026-02-02T10:00"), ChannelKind.WHATSAPP, 0.2, d("2026-02-10"), Optional.empty()));
    b.reply(
        ReplySignal.promise(
            at("2026-02-16T10:00"), ChannelKind.WHATSAPP, 0.0, d("2026-02-25"), Optional.empty()));
    List<Alert> alerts = detector.detect(b.build(), endOf("2026-03-05"));
    List<Alert> broken = alerts.stream().filter(a -> a.type() == Type.BROKEN_PROMISE).toList();
    assertEquals(2, broken.size(), alerts.toString());
    assertEquals(Severity.CRITICAL, broken.get(0).severity()); // newest first
    assertEquals(Severity.WARNING, broken.get(1).severity());
    assertEquals("promise 2026-02-10", broken.get(1).subject());
    assertEquals(Histories.at("2026-02-14T00:00"), broken.get(1).at());
    assertTrue(broken.get(1).recommendedAction().contains("firm date"));
  }

  @Test
  void aDisputeIsAnAlert() {
    CustomerHistory h =
        CustomerHistory.builder(C)
            .reply(ReplySignal.dispute(at("2026-02-02T10:00"), ChannelKind.EMAIL, -0.5))
            .build();
    List<Alert> alerts = detector.detect(h, endOf("2026-02-10"));
    assertEquals(1, alerts.size());
    assertEquals(Type.DISPUTE_RAISED, alerts.get(0).type());
  }

  @Test
  void aShiftInDaysLateIsCaughtOnceByCusum() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    int[] late = {2, 0, 3, 1, 2, 0, 1, 2, 25, 30, 35, 32, 30, 28};
    for (int i = 0; i < late.length; i++) {
      Histories.paidInvoice(b, "i" + i, d("2025-01-01").plusDays(20L * i), late[i]);
    }
    EarlyWarningDetector wide =
        EarlyWarningDetector.of(
            new EarlyWarningOptions(7, 400, 40, 25, 0.5, 4, 0.2, 3, 3, 14),
            HealthScorer.standard());
    List<Alert> alerts = wide.detect(b.build(), endOf("2025-12-31"));
    List<Alert> shift = alerts.stream().filter(a -> a.type() == Type.DAYS_LATE_SHIFT).toList();
    assertEquals(1, shift.size(), alerts.toString());
    // raised on the settlement of the first invoice of the new level (25 days late)
    assertEquals(Histories.at("2025-08-04T00:00"), shift.get(0).at());
  }

  @Test
  void silenceAfterSteadyRepliesAndTheResponseRateDrop() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    Instant t = at("2026-01-05T10:00");
    for (int i = 0; i < 12; i++) {
      b.interaction(Histories.out(ChannelKind.WHATSAPP, t.plusSeconds(i * 4L * 86_400)));
      b.interaction(Histories.in(ChannelKind.WHATSAPP, t.plusSeconds(i * 4L * 86_400 + 3600)));
    }
    for (int i = 12; i < 20; i++) {
      b.interaction(Histories.out(ChannelKind.WHATSAPP, t.plusSeconds(i * 4L * 86_400)));
    }
    List<Alert> alerts = detector.detect(b.build(), t.plusSeconds(24L * 4 * 86_400));
    assertTrue(alerts.stream().anyMatch(a -> a.type() == Type.SILENCE), alerts.toString());
    assertTrue(
        alerts.stream().anyMatch(a -> a.type() == Type.RESPONSE_RATE_DROP), alerts.toString());
  }

  @Test
  void repeatedOccurrencesWithinTheCoolDownAreMerged() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    Instant t = at("2026-01-05T10:00");
    for (int i = 0; i < 5; i++) {
      b.reply(ReplySignal.tone(t.plusSeconds(i * 86_400L), ChannelKind.EMAIL, 0.5));
    }
    // hostile replies every day: the sentiment chart keeps signalling
    for (int i = 5; i < 12; i++) {
      b.reply(ReplySignal.tone(t.plusSeconds(i * 86_400L), ChannelKind.EMAIL, -0.2));
    }
    List<Alert> alerts = detector.detect(b.build(), t.plusSeconds(12 * 86_400L));
    List<Alert> tone = alerts.stream().filter(a -> a.type() == Type.SENTIMENT_DROP).toList();
    assertEquals(1, tone.size(), alerts.toString());
    assertTrue(tone.get(0).occurrences() > 1, tone.toString());
  }

  @Test
  void healthFallingBelowTheWarningLevel() {
    CustomerHistory.Builder b = CustomerHistory.builder(C);
    for (int i = 0; i < 12; i++) {
      Histories.paidInvoice(b, "ok" + i, d("2025-01-01").plusMonths(i), 0);
    }
    // then everything stops: new invoices go unpaid, promises are broken, a dispute
    for (int i = 0; i < 6; i++) {
      b.invoice(
          Histories.invoice(
              "no" + i,
              d("2026-01-01").plusDays(10L * i),
              d("2026-01-15").plusDays(10L * i),
              10_000,
              InvoiceStatus.OPEN));
      b.reply(
          ReplySignal.promise(
              at("2026-02-01T10:00").plusSeconds(86_400L * 7 * i),
              ChannelKind.SMS,
              -0.8,
              d("2026-02-05").plusDays(7L * i),
              Optional.empty()));
    }
    EarlyWarningDetector detect =
        EarlyWarningDetector.of(
            new EarlyWarningOptions(7, 200, 60, 25, 0.5, 4, 0.2, 3, 3, 14),
            HealthScorer.standard());
    List<Alert> alerts = detect.detect(b.build(), endOf("2026-05-31"));
    assertTrue(alerts.stream().anyMatch(a -> a.type() == Type.HEALTH_THRESHOLD), alerts.toString());
  }
}
