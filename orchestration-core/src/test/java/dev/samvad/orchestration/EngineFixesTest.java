package dev.samvad.orchestration;

import static dev.samvad.api.ChannelKind.EMAIL;
import static dev.samvad.api.ChannelKind.VOICE;
import static dev.samvad.api.ChannelKind.WHATSAPP;
import static dev.samvad.orchestration.Fixtures.ist;
import static dev.samvad.orchestration.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.culture.MessageIntent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One example per engine bug the properties found, each failing before its fix. The property that
 * found it is named in each test's comment.
 */
class EngineFixesTest {
  private static final Playbook STANDARD = Playbooks.standardB2b();

  private static List<String> invoices(Command.Send send) {
    return send.invoices().stream().map(InvoiceId::value).toList();
  }

  // (b) sent after a person stopped the campaign.
  @Test
  void aStoppedCampaignDropsTheMessagesItStillOwed() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T06:00"),
            item("A1", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16), 50_000));
    assertEquals(1, c.state.pending().size(), "the invoice waits for 08:00");
    c.manual("M1", ManualAction.STOP, ist("2026-02-02T07:00"));
    c.runUntil(ist("2026-04-01T00:00"));
    assertEquals(List.of(), c.sends());
    assertEquals(new CampaignState.Waiting.Finished(Outcome.STOPPED), c.state.waiting());
    c.assertHistory("dropped 1 owed message(s)");
  }

  // (b) sent after a person stopped the campaign: a campaign that had finished paid and was only
  // waiting to thank ignored the stop.
  @Test
  void aStopAfterThePaymentDropsTheThanksToo() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T06:00"),
            item("A1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), 50_000));
    c.pay("P1", "A1", 50_000, ist("2026-02-02T06:30"));
    assertEquals(1, c.state.pending().size(), "thanks wait for 08:00");
    c.manual("M1", ManualAction.STOP, ist("2026-02-02T07:00"));
    c.runUntil(ist("2026-03-01T00:00"));
    assertEquals(List.of(), c.sends());
    assertEquals(new CampaignState.Waiting.Finished(Outcome.PAID), c.state.waiting());
  }

  // Thanks only for a paid invoice: a new invoice joining before the thanks went out made the
  // thanks name the new, unpaid invoice.
  @Test
  void theThanksNameTheInvoiceThatWasPaid() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T06:00"),
            item("A1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), 50_000));
    c.pay("P1", "A1", 50_000, ist("2026-02-02T06:30"));
    c.apply(
        new Event.InvoiceAdded(
            item("N1", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 20), 7_000)),
        ist("2026-02-02T07:00"));
    c.runUntil(ist("2026-02-02T09:00"));
    Command.Send thanks = c.sends().get(0);
    assertEquals(MessageIntent.PAYMENT_THANKS, thanks.intent());
    assertEquals(List.of("A1"), invoices(thanks));
    assertTrue(thanks.message().content().toString().contains("INV/A1"));
    assertEquals(MessageIntent.INVOICE_DELIVERY, c.sends().get(1).intent());
    assertEquals(List.of("N1"), invoices(c.sends().get(1)));
  }

  // (h) what the state says is owed is what the payments left.
  @Test
  void markingPaidSettlesTheInvoicesSoANewInvoiceDoesNotBringThemBack() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T10:00"),
            item("A1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), 50_000));
    c.manual("M1", ManualAction.MARK_PAID, ist("2026-02-03T10:00"));
    assertEquals(Money.ZERO, c.state.outstanding());
    Instant joined = ist("2026-02-04T10:00");
    c.apply(
        new Event.InvoiceAdded(
            item("N1", LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 10), 7_000)),
        joined);
    c.runUntil(ist("2026-03-01T00:00"));
    List<Command.Send> reminders =
        c.sendsFrom(joined).stream().filter(s -> s.intent().asksForMoney()).toList();
    assertFalse(reminders.isEmpty());
    for (Command.Send send : reminders) {
      assertEquals(List.of("N1"), invoices(send), send.intent().name());
    }
  }

  // (h) again, through the inbox: a verified payment settles the invoices too.
  @Test
  void aVerifiedPaymentSettlesTheInvoices() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T10:00"),
            item("A1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), 50_000));
    c.reply("R1", EMAIL, Trigger.CLAIMS_PAID, ist("2026-02-02T12:00"));
    Task verify = c.openTask();
    assertEquals(Task.TaskKind.VERIFY_PAYMENT, verify.kind());
    c.apply(
        new Event.TaskCompleted(verify.id(), new TaskOutcome.PaymentVerified(), "asha"),
        ist("2026-02-03T10:00"));
    assertEquals(new CampaignState.Waiting.Finished(Outcome.MARKED_PAID), c.state.waiting());
    assertEquals(Money.ZERO, c.state.outstanding());
  }

  // (c) an invoice delivery used up the day's payment message, and was followed for silence.
  @Test
  void anInvoiceIsADocumentNotAReminder() {
    Playbook silenceHandsOver =
        Playbook.builder("p", "Pre-due only")
            .step(
                Step.message(
                    "pre-due",
                    StepAnchor.DUE_DATE,
                    -3,
                    MessageIntent.PRE_DUE_REMINDER,
                    ChannelPolicy.fixed(WHATSAPP)))
            .on(Trigger.FULL_PAYMENT, new Reaction.Stop(true))
            .on(Trigger.PARTIAL_PAYMENT, new Reaction.Continue())
            .on(Trigger.PROMISE_TO_PAY, new Reaction.Continue())
            .on(Trigger.CLAIMS_PAID, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.DISPUTE, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.EXTENSION_REQUEST, new Reaction.Continue())
            .on(Trigger.OPT_OUT, new Reaction.OptOut(false))
            .on(Trigger.ABUSIVE, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.HARDSHIP, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.OTHER_REPLY, new Reaction.Continue())
            .on(Trigger.DELIVERY_FAILED, new Reaction.Continue())
            .on(Trigger.SILENCE, new Reaction.HandToPerson("no answer", Duration.ofDays(1)))
            .silence(Duration.ofHours(1))
            .build();
    // Issued today and due in three days: the invoice and the pre-due reminder fall on one day.
    Conversation c =
        Conversation.start(
            silenceHandsOver,
            ist("2026-02-02T08:00"),
            item("A1", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 5), 50_000));
    c.runUntil(ist("2026-02-02T11:00"));
    assertEquals(
        List.of(MessageIntent.INVOICE_DELIVERY, MessageIntent.PRE_DUE_REMINDER), c.intents());
    assertEquals(1, c.state.remindersSent(), "the invoice is not a reminder");
    assertEquals(1, c.state.paymentMessages().size(), "the invoice does not count for the caps");
    // An hour after the invoice alone nothing was handed over for silence.
    assertTrue(
        c.commands(Command.CreateTask.class).stream()
            .allMatch(t -> !t.task().createdAt().isBefore(c.sendTimes().get(1))));
  }

  // (b) INVOICE_DELIVERY after everything is paid: its pay link asked for money no longer owed.
  @Test
  void aSettledInvoiceIsNotDelivered() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T06:00"),
            item("A1", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16), 50_000));
    c.pay("P1", "A1", 50_000, ist("2026-02-02T07:00"));
    c.runUntil(ist("2026-03-01T00:00"));
    assertEquals(List.of(MessageIntent.PAYMENT_THANKS), c.intents());
    c.assertHistory("is settled; not delivered");

    OpenItem paidAlready =
        new OpenItem(
            new InvoiceId("N1"),
            "INV/N1",
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 2),
            Money.ofRupees(900),
            Money.ZERO);
    c.apply(new Event.InvoiceAdded(paidAlready), ist("2026-03-02T10:00"));
    c.runUntil(ist("2026-04-01T00:00"));
    assertEquals(List.of(MessageIntent.PAYMENT_THANKS), c.intents());
  }

  // (b) the state remembers every opt-out: a finished campaign ignored them.
  @Test
  void anOptOutAfterTheCampaignFinishedHoldsWhenANewInvoiceReopensIt() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T10:00"),
            item("A1", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 20), 50_000));
    c.pay("P1", "A1", 50_000, ist("2026-02-03T10:00"));
    c.runUntil(ist("2026-02-10T00:00"));
    assertTrue(c.state.wakeAt().isEmpty(), "finished, thanks sent");
    Instant optOut = ist("2026-02-10T10:00");
    c.reply("R1", WHATSAPP, Trigger.OPT_OUT, optOut);
    assertTrue(c.state.optedOut().contains(WHATSAPP));
    c.apply(
        new Event.InvoiceAdded(
            item("N1", LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 20), 7_000)),
        ist("2026-02-11T10:00"));
    c.runUntil(ist("2026-03-20T00:00"));
    List<Command.Send> later = c.sendsFrom(optOut);
    assertTrue(later.size() >= 3, "the new invoice is followed up: " + later);
    assertTrue(later.stream().noneMatch(s -> s.channel() == WHATSAPP), later.toString());
  }

  // (b) the state remembers every opt-out: on a finished campaign the playbook's reach was lost.
  @Test
  void anOptOutOnAFinishedCampaignFollowsThePlaybooksReach() {
    Playbook allOut =
        Playbook.builder("all-out", "Opt-out means everything")
            .step(STANDARD.steps().get(2))
            .on(Trigger.FULL_PAYMENT, new Reaction.Stop(false))
            .on(Trigger.PARTIAL_PAYMENT, new Reaction.Continue())
            .on(Trigger.PROMISE_TO_PAY, new Reaction.Continue())
            .on(Trigger.CLAIMS_PAID, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.DISPUTE, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.EXTENSION_REQUEST, new Reaction.Continue())
            .on(Trigger.OPT_OUT, new Reaction.OptOut(true))
            .on(Trigger.ABUSIVE, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.HARDSHIP, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.OTHER_REPLY, new Reaction.Continue())
            .on(Trigger.DELIVERY_FAILED, new Reaction.Continue())
            .on(Trigger.SILENCE, new Reaction.Continue())
            .build();
    Conversation c =
        Conversation.start(
            allOut,
            ist("2026-02-02T10:00"),
            item("A1", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 20), 50_000));
    c.manual("M1", ManualAction.STOP, ist("2026-02-02T11:00"));
    c.reply("R1", EMAIL, Trigger.OPT_OUT, ist("2026-02-03T10:00"));
    assertEquals(java.util.EnumSet.allOf(dev.samvad.api.ChannelKind.class), c.state.optedOut());
  }

  // (h) what the state says is owed: a payment to a stopped campaign was ignored, so a new
  // invoice reopened the conversation on an invoice already paid.
  @Test
  void aPaymentAfterAStopIsRecorded() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T10:00"),
            item("A1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), 50_000));
    c.manual("M1", ManualAction.STOP, ist("2026-02-02T11:00"));
    c.pay("P1", "A1", 50_000, ist("2026-02-05T11:00"));
    assertEquals(Money.ZERO, c.state.outstanding());
    assertEquals(
        new CampaignState.Waiting.Finished(Outcome.STOPPED),
        c.state.waiting(),
        "no thanks from a stopped campaign");
    Instant joined = ist("2026-02-06T10:00");
    c.apply(
        new Event.InvoiceAdded(
            item("N1", LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 12), 7_000)),
        joined);
    c.runUntil(ist("2026-03-01T00:00"));
    List<Command.Send> reminders =
        c.sendsFrom(joined).stream().filter(s -> s.intent().asksForMoney()).toList();
    assertFalse(reminders.isEmpty());
    reminders.forEach(s -> assertEquals(List.of("N1"), invoices(s)));
  }

  // Every optimised message is learned from exactly once: a message followed by the next step
  // before its silence period ended was never learned from.
  @Test
  void theOptimiserLearnsFromAMessageTheNextStepOvertakes() {
    ChannelPolicy optimise = ChannelPolicy.optimise(WHATSAPP, EMAIL);
    Playbook close =
        Playbook.builder("close", "Two steps a day apart")
            .step(Step.message("a", StepAnchor.DUE_DATE, 0, MessageIntent.DUE_TODAY, optimise))
            .step(Step.message("b", StepAnchor.DUE_DATE, 1, MessageIntent.GENTLE_OVERDUE, optimise))
            .on(Trigger.FULL_PAYMENT, new Reaction.Stop(true))
            .on(Trigger.PARTIAL_PAYMENT, new Reaction.Continue())
            .on(Trigger.PROMISE_TO_PAY, new Reaction.Continue())
            .on(Trigger.CLAIMS_PAID, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.DISPUTE, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.EXTENSION_REQUEST, new Reaction.Continue())
            .on(Trigger.OPT_OUT, new Reaction.OptOut(false))
            .on(Trigger.ABUSIVE, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.HARDSHIP, new Reaction.HandToPerson("check", Duration.ofDays(1)))
            .on(Trigger.OTHER_REPLY, new Reaction.Continue())
            .on(Trigger.DELIVERY_FAILED, new Reaction.Continue())
            .on(Trigger.SILENCE, new Reaction.Continue())
            .silence(Duration.ofDays(3))
            .deliverInvoices(false)
            .build();
    Conversation c =
        Conversation.start(
            close,
            ist("2026-02-02T08:00"),
            item("A1", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3), 50_000));
    c.runUntil(ist("2026-02-04T23:00"));
    List<Command.Send> sends = c.sends();
    assertEquals(2, sends.size());
    List<Command.Learn> learned = c.commands(Command.Learn.class);
    assertEquals(List.of(new Command.Learn(sends.get(0).arm().orElseThrow(), false)), learned);
    c.manual("M1", ManualAction.STOP, ist("2026-02-05T09:00"));
    assertEquals(
        new Command.Learn(sends.get(1).arm().orElseThrow(), false),
        c.commands(Command.Learn.class).get(1),
        "a stop settles the last message too");
  }

  // (b) a call task for a customer who opted out of calls.
  @Test
  void aCallStepIsSkippedForACustomerWhoAskedNotToBeCalled() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T10:00"),
            item("A1", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 25), 50_000));
    c.reply("R1", VOICE, Trigger.OPT_OUT, ist("2026-02-03T10:00"));
    c.runUntil(ist("2026-03-01T00:00"));
    assertTrue(
        c.commands(Command.CreateTask.class).stream()
            .noneMatch(t -> t.task().kind() == Task.TaskKind.CALL));
    c.assertHistory("asked not to be called");
  }

  // Only manual actions and task events may be refused: without a UPI payee every e-mail and
  // WhatsApp reminder failed to render, so each wake threw and the campaign never moved.
  @Test
  void aTenantWithoutAPayLinkRemindsOnTheChannelsThatNeedNone() {
    TenantPolicy base = Fixtures.policy();
    TenantPolicy noUpi =
        new TenantPolicy(
            base.windows(),
            base.caps(),
            base.sellerName(),
            java.util.Optional.empty(),
            base.msme(),
            base.invoiceChannels());
    Conversation c =
        Conversation.start(
            t -> Fixtures.context(STANDARD, t, Fixtures.card(), ChannelRanker.firstChoice(), noUpi),
            ist("2026-02-02T10:00"),
            false,
            item("A1", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 10), 50_000));
    c.runUntil(ist("2026-02-20T00:00"));
    List<Command.Send> sends = c.sends();
    assertTrue(sends.size() >= 3, sends.toString());
    for (Command.Send send : sends) {
      assertTrue(
          send.channel() == dev.samvad.api.ChannelKind.SMS
              || send.channel() == dev.samvad.api.ChannelKind.VOICE,
          send.intent() + " by " + send.channel());
    }
    assertEquals(MessageIntent.INVOICE_DELIVERY, sends.get(0).intent());
  }

  // Waiting for a time, a person or finished: a tenant whose rules leave no day for reminders and
  // invoices made the engine throw (from the window check, then from the wake with nothing set).
  @Test
  void aTenantThatBlocksEveryDayLeavesTheCampaignWaitingNotBroken() {
    dev.samvad.culture.TenantContactRules.Builder rules =
        dev.samvad.culture.TenantContactRules.builder();
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      rules.blockWeekday(day);
    }
    TenantPolicy base = Fixtures.policy();
    TenantPolicy closed =
        new TenantPolicy(
            base.windows().tightenedBy(rules.build()),
            base.caps(),
            base.sellerName(),
            base.upi(),
            base.msme(),
            base.invoiceChannels());
    Instant start = ist("2026-02-02T10:00");
    Conversation c =
        Conversation.start(
            t ->
                Fixtures.context(STANDARD, t, Fixtures.card(), ChannelRanker.firstChoice(), closed),
            start,
            false,
            item("A1", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4), 50_000));
    assertEquals(List.of(), c.sends());
    assertEquals(
        new CampaignState.Waiting.ForTime(start.plus(Duration.ofDays(60))),
        c.state.waiting(),
        "the invoice waits; it is looked at again in 60 days");
    c.assertHistory("will look again then");
    c.runUntil(ist("2026-03-01T00:00"));
    assertEquals(Task.TaskKind.PERSONAL_ATTENTION, c.openTask().kind());
    assertTrue(c.openTask().reason().contains("no permitted time"), c.openTask().reason());
    assertEquals(List.of(), c.sends());
  }

  // Finished campaigns no longer swallow events: a closed task is refused the same way whether
  // the campaign still owed a message or not.
  @Test
  void taskEventsOnAFinishedCampaignAreRefusedLikeOnAnyClosedTask() {
    Conversation c =
        Conversation.start(
            STANDARD,
            ist("2026-02-02T10:00"),
            item("A1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), 50_000));
    c.manual("M1", ManualAction.PAUSE, ist("2026-02-02T11:00"));
    String task = c.openTask().id();
    c.manual("M2", ManualAction.STOP, ist("2026-02-02T12:00"));
    assertTrue(c.state.wakeAt().isEmpty());
    CampaignState finished = c.state;
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                c.apply(
                    new Event.TaskCompleted(task, new TaskOutcome.Resolved(), "ravi"),
                    ist("2026-02-03T10:00")));
    assertEquals("taskId", e.field());
    assertTrue(c.state == finished);
  }

  // (i) never two open tasks for the same reason: a second dispute while the first is still with a
  // person made a second dispute task.
  @Test
  void aSecondDisputeWhileTheFirstIsOpenMakesNoSecondTask() {
    Conversation c = invoicedOnTheSecondOfFebruary();
    c.runUntil(ist("2026-02-10T12:00"));
    c.reply("R1", EMAIL, Trigger.DISPUTE, ist("2026-02-10T12:00"));
    String first = c.openTask().id();
    c.reply("R2", WHATSAPP, Trigger.DISPUTE, ist("2026-02-11T12:00"));
    assertEquals(first, c.openTask().id(), "the open dispute task already covers it");
    c.assertHistory("task " + first + " is still open for this");
  }

  // A second dispute while the first is still with a person was acknowledged again.
  @Test
  void aSecondDisputeWhileTheFirstIsOpenIsNotAcknowledgedAgain() {
    Conversation c = invoicedOnTheSecondOfFebruary();
    c.runUntil(ist("2026-02-10T12:00"));
    c.reply("R1", EMAIL, Trigger.DISPUTE, ist("2026-02-10T12:00"));
    c.runUntil(ist("2026-02-11T12:00"));
    c.reply("R2", EMAIL, Trigger.DISPUTE, ist("2026-02-11T12:00"));
    c.runUntil(ist("2026-02-13T12:00"));
    assertEquals(
        1,
        c.sends().stream().filter(s -> s.intent() == MessageIntent.DISPUTE_ACKNOWLEDGEMENT).count(),
        () -> "acknowledgements in " + c.sends());
    c.assertHistory("already acknowledged");
  }

  // (i) an escalation repeats only a silence period after the last one was completed: a customer
  // who never answers got a fresh escalation the moment a late "no answer" was recorded.
  @Test
  void anEscalationWorkedLateIsNotFollowedByAnotherAtOnce() {
    Conversation c = invoicedOnTheSecondOfFebruary();
    c.runUntil(ist("2026-02-24T12:00"));
    Task call = c.openTask();
    assertEquals(Task.TaskKind.CALL, call.kind());
    c.apply(new Event.TaskCompleted(call.id(), new TaskOutcome.NoAnswer(), "asha"), c.now);
    c.runUntil(ist("2026-03-20T00:00"));
    Task escalation = c.openTask();
    assertEquals(Task.TaskKind.ESCALATION, escalation.kind());
    Instant late = escalation.createdAt().plus(Duration.ofDays(10));
    c.apply(new Event.TaskCompleted(escalation.id(), new TaskOutcome.NoAnswer(), "asha"), late);
    assertEquals(List.of(), c.state.openTasks(), "no new escalation right after a late answer");
    c.runUntil(late.plus(STANDARD.silence()).minusSeconds(1));
    assertEquals(List.of(), c.state.openTasks(), "nor within the silence period after it");
    c.runUntil(late.plus(STANDARD.silence()).plus(Duration.ofDays(1)));
    Task again = c.openTask();
    assertEquals(Task.TaskKind.ESCALATION, again.kind(), "then the next try");
    assertFalse(again.createdAt().isBefore(late.plus(STANDARD.silence())));
  }

  /** A standard campaign started on 2 February for invoice A1 of ₹50,000 due on 9 February. */
  private static Conversation invoicedOnTheSecondOfFebruary() {
    return Conversation.start(
        STANDARD,
        ist("2026-02-02T10:00"),
        item("A1", LocalDate.of(2026, 1, 26), LocalDate.of(2026, 2, 9), 50_000));
  }
}
