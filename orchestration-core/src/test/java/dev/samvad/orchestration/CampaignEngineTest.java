package dev.samvad.orchestration;

import static dev.samvad.orchestration.Fixtures.CAMPAIGN;
import static dev.samvad.orchestration.Fixtures.CUSTOMER;
import static dev.samvad.orchestration.Fixtures.context;
import static dev.samvad.orchestration.Fixtures.ist;
import static dev.samvad.orchestration.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.culture.MessageIntent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of the engine on the standard playbook. */
class CampaignEngineTest {
  private static final CampaignEngine ENGINE = CampaignEngine.create();
  private static final Playbook STANDARD = Playbooks.standardB2b();

  /** Drives a campaign by waking it whenever it asks, collecting every send. */
  static final class Drive {
    CampaignState state;
    final Playbook playbook;
    final List<Command.Send> sends = new ArrayList<>();
    final List<Instant> sentAt = new ArrayList<>();

    Drive(Playbook playbook, Decision start, Instant at) {
      this.playbook = playbook;
      take(start, at);
    }

    void take(Decision decision, Instant at) {
      state = decision.state();
      for (Command command : decision.commands()) {
        if (command instanceof Command.Send send) {
          sends.add(send);
          sentAt.add(at);
        }
      }
    }

    void apply(Event event, Instant at) {
      take(ENGINE.next(state, event, context(playbook, at)), at);
    }

    /** Wakes the campaign at each requested time until {@code until}. */
    void runUntil(Instant until) {
      for (int i = 0; i < 500; i++) {
        if (!(state.waiting() instanceof CampaignState.Waiting.ForTime time)
            || time.at().isAfter(until)) {
          return;
        }
        apply(new Event.TimeReached(time.at()), time.at());
      }
      throw new AssertionError("did not settle");
    }
  }

  private static Drive started(Instant now, OpenItem... items) {
    Decision start =
        ENGINE.start(CAMPAIGN, CUSTOMER, List.of(items), false, context(STANDARD, now));
    return new Drive(STANDARD, start, now);
  }

  @Test
  void remindersFollowTheStepsAtPermittedTimes() {
    Drive drive =
        started(
            ist("2026-03-02T09:00"),
            item("A1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), 50_000));
    drive.runUntil(ist("2026-04-30T00:00"));
    List<MessageIntent> intents = drive.sends.stream().map(Command.Send::intent).toList();
    assertEquals(MessageIntent.INVOICE_DELIVERY, intents.get(0));
    assertEquals(
        List.of(
            MessageIntent.PRE_DUE_REMINDER,
            MessageIntent.DUE_TODAY,
            MessageIntent.GENTLE_OVERDUE,
            MessageIntent.FIRM_OVERDUE),
        intents.subList(1, 5));
    assertInstanceOf(CampaignState.Waiting.ForPerson.class, drive.state.waiting());
    assertEquals(Task.TaskKind.CALL, drive.state.openTasks().get(0).kind());
    for (Instant at : drive.sentAt) {
      int hour = at.atZone(Fixtures.PROFILE.zone()).getHour();
      assertTrue(hour >= 8 && hour < 21, "sent at " + at);
    }
  }

  @Test
  void fullPaymentStopsWithThanks() {
    Drive drive =
        started(
            ist("2026-03-02T09:00"),
            item("A1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16), 50_000));
    drive.runUntil(ist("2026-03-17T00:00"));
    int before = drive.sends.size();
    drive.apply(
        new Event.PaymentReceived(
            "P1", List.of(new Event.Allocation(new InvoiceId("A1"), Money.ofRupees(50_000)))),
        ist("2026-03-17T11:00"));
    drive.runUntil(ist("2026-05-01T00:00"));
    assertEquals(before + 1, drive.sends.size());
    assertEquals(MessageIntent.PAYMENT_THANKS, drive.sends.get(before).intent());
    assertEquals(new CampaignState.Waiting.Finished(Outcome.PAID), drive.state.waiting());
  }

  @Test
  void theSameEventTwiceChangesNothing() {
    Drive drive =
        started(
            ist("2026-03-02T09:00"),
            item("A1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16), 50_000),
            item("A2", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), 10_000));
    Event pay =
        new Event.PaymentReceived(
            "P1", List.of(new Event.Allocation(new InvoiceId("A1"), Money.ofRupees(50_000))));
    drive.apply(pay, ist("2026-03-03T10:00"));
    CampaignState after = drive.state;
    Decision again = ENGINE.next(after, pay, context(STANDARD, ist("2026-03-03T10:05")));
    assertTrue(again.unchanged(after));
    assertEquals(Money.ofRupees(10_000), after.outstanding());
    assertFalse(after.phase() == CampaignState.Phase.FINISHED);
  }

  @Test
  void disputePausesAcknowledgesAndWaitsForAPerson() {
    Drive drive =
        started(
            ist("2026-03-02T09:00"),
            item("A1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16), 50_000));
    drive.runUntil(ist("2026-03-17T00:00"));
    int before = drive.sends.size();
    drive.apply(
        new Event.ReplyReceived(
            "R1", dev.samvad.api.ChannelKind.EMAIL, Trigger.DISPUTE, Optional.empty(), false),
        ist("2026-03-17T12:00"));
    drive.runUntil(ist("2026-05-01T00:00"));
    assertEquals(before + 1, drive.sends.size());
    assertEquals(MessageIntent.DISPUTE_ACKNOWLEDGEMENT, drive.sends.get(before).intent());
    assertInstanceOf(CampaignState.Waiting.ForPerson.class, drive.state.waiting());
    assertEquals(Task.TaskKind.RESOLVE_DISPUTE, drive.state.openTasks().get(0).kind());
  }

  @Test
  void fiveInvoicesMakeOneStatement() {
    LocalDate issued = LocalDate.of(2026, 2, 1);
    Drive drive =
        started(
            ist("2026-03-10T09:00"),
            item("B1", issued, LocalDate.of(2026, 3, 1), 1_000),
            item("B2", issued, LocalDate.of(2026, 3, 3), 2_000),
            item("B3", issued, LocalDate.of(2026, 3, 5), 3_000),
            item("B4", issued, LocalDate.of(2026, 3, 6), 4_000),
            item("B5", issued, LocalDate.of(2026, 3, 8), 5_000));
    drive.runUntil(ist("2026-03-11T00:00"));
    assertEquals(1, drive.sends.size());
    Command.Send send = drive.sends.get(0);
    assertEquals(5, send.invoices().size());
    assertTrue(send.message().content().toString().contains("₹15,000.00"));
  }

  @Test
  void aCustomersEarlierOptOutCarriesIntoANewCampaign() {
    Instant now = ist("2026-03-09T10:00");
    Decision start =
        ENGINE.start(
            CAMPAIGN,
            CUSTOMER,
            List.of(item("A1", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 30), 1_000)),
            false,
            java.util.Set.of(dev.samvad.api.ChannelKind.EMAIL),
            context(STANDARD, now));
    assertEquals(java.util.Set.of(dev.samvad.api.ChannelKind.EMAIL), start.state().optedOut());
    List<Command.Send> sends =
        start.commands().stream()
            .filter(Command.Send.class::isInstance)
            .map(Command.Send.class::cast)
            .toList();
    assertEquals(1, sends.size());
    assertEquals(MessageIntent.INVOICE_DELIVERY, sends.get(0).intent());
    assertFalse(sends.get(0).channel() == dev.samvad.api.ChannelKind.EMAIL);
  }

  @Test
  void anInvoicePaidBeforeItCouldBeDeliveredIsNotSent() {
    // Issued on a Sunday, when invoices are not delivered; paid the same day.
    Instant sunday = ist("2026-03-15T09:00");
    Drive drive =
        new Drive(
            STANDARD,
            ENGINE.start(
                CAMPAIGN,
                CUSTOMER,
                List.of(item("A1", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22), 500)),
                false,
                context(STANDARD, sunday)),
            sunday);
    drive.apply(
        new Event.PaymentReceived(
            "P1", List.of(new Event.Allocation(new InvoiceId("A1"), Money.ofRupees(500)))),
        sunday.plusSeconds(600));
    drive.runUntil(ist("2026-03-20T00:00"));
    assertEquals(
        List.of(MessageIntent.PAYMENT_THANKS),
        drive.sends.stream().map(Command.Send::intent).toList());
    assertEquals(new CampaignState.Waiting.Finished(Outcome.PAID), drive.state.waiting());
  }

  @Test
  void anOptOutAfterTheCampaignFinishedIsStillRecorded() {
    Drive drive =
        started(
            ist("2026-03-09T09:00"),
            item("A1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16), 5_000));
    drive.apply(
        new Event.Manual("m1", ManualAction.STOP, "asha", "settled offline"),
        ist("2026-03-09T10:00"));
    assertEquals(new CampaignState.Waiting.Finished(Outcome.STOPPED), drive.state.waiting());
    drive.apply(
        new Event.ReplyReceived(
            "R1", dev.samvad.api.ChannelKind.EMAIL, Trigger.OPT_OUT, Optional.empty(), false),
        ist("2026-03-10T10:00"));
    assertEquals(java.util.Set.of(dev.samvad.api.ChannelKind.EMAIL), drive.state.optedOut());
    assertEquals(new CampaignState.Waiting.Finished(Outcome.STOPPED), drive.state.waiting());
  }
}
