package dev.samvad.orchestration;

import static dev.samvad.api.ChannelKind.EMAIL;
import static dev.samvad.api.ChannelKind.SMS;
import static dev.samvad.api.ChannelKind.WHATSAPP;
import static dev.samvad.culture.MessageIntent.DISPUTE_ACKNOWLEDGEMENT;
import static dev.samvad.culture.MessageIntent.DUE_TODAY;
import static dev.samvad.culture.MessageIntent.FIRM_OVERDUE;
import static dev.samvad.culture.MessageIntent.GENTLE_OVERDUE;
import static dev.samvad.culture.MessageIntent.INVOICE_DELIVERY;
import static dev.samvad.culture.MessageIntent.PRE_DUE_REMINDER;
import static dev.samvad.culture.MessageIntent.PROMISE_FOLLOW_UP;
import static dev.samvad.orchestration.Fixtures.ist;
import static dev.samvad.orchestration.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.MessageIntent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The engine's answer to every kind of event on the standard playbook, worked through by hand.
 * February 2026 is used throughout: Gujarat has no festival quiet day in it, so only Sundays move a
 * reminder. The invoice A1 is due on Monday 9 February: pre-due on Friday the 6th, due today on the
 * 9th, gentle on the 12th, firm on the 16th, a call on the 24th.
 */
class CampaignReactionsTest {
  private static final Playbook STANDARD = Playbooks.standardB2b();
  private static final LocalDate ISSUED = LocalDate.of(2026, 1, 26);
  private static final LocalDate DUE = LocalDate.of(2026, 2, 9);

  private static OpenItem a1() {
    return item("A1", ISSUED, DUE, 50_000);
  }

  private static Conversation standard(Instant start, OpenItem... items) {
    return Conversation.start(STANDARD, start, items);
  }

  private static LocalDateTime local(Instant at) {
    return at.atZone(CulturalProfile.INDIA).toLocalDateTime();
  }

  /** Sends with their times, from {@code from} on. */
  private static List<Conversation.Issued> sendsFrom(Conversation c, Instant from) {
    return c.issued.stream()
        .filter(i -> i.command() instanceof Command.Send && !i.at().isBefore(from))
        .toList();
  }

  private static Command.Send send(Conversation.Issued issued) {
    return (Command.Send) issued.command();
  }

  private static List<Conversation.Issued> payments(Conversation c, Instant from) {
    return sendsFrom(c, from).stream()
        .filter(i -> Transition.isPaymentMessage(send(i).intent()))
        .toList();
  }

  private static CustomerCard emailOnly() {
    return new CustomerCard(
        "Shree Traders",
        Optional.of("Mehul Shah"),
        Optional.of(new EmailAddress("accounts@shreetraders.in")),
        Optional.empty(),
        Optional.empty());
  }

  private static Function<Instant, Context> on(Playbook playbook, CustomerCard card) {
    return t -> Fixtures.context(playbook, t, card, ChannelRanker.firstChoice());
  }

  // ---- the plan -----------------------------------------------------------------------------

  @Test
  void thePlanRunsAtTheStepsDaysAndStopsForTheCall() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-03-01T00:00"));
    List<Conversation.Issued> sends = sendsFrom(c, ist("2026-02-02T00:00"));
    assertEquals(
        List.of(PRE_DUE_REMINDER, DUE_TODAY, GENTLE_OVERDUE, FIRM_OVERDUE),
        sends.stream().map(i -> send(i).intent()).toList());
    assertEquals(
        List.of(
            LocalDateTime.parse("2026-02-06T09:30"),
            LocalDateTime.parse("2026-02-09T09:30"),
            LocalDateTime.parse("2026-02-12T09:30"),
            LocalDateTime.parse("2026-02-16T10:00")),
        sends.stream().map(i -> local(i.at())).toList());
    Task call = c.openTask();
    assertEquals(Task.TaskKind.CALL, call.kind());
    assertEquals(LocalDate.of(2026, 2, 24), local(call.createdAt()).toLocalDate());
  }

  // ---- replies ------------------------------------------------------------------------------

  @Test
  void aPromiseWaitsForTheDatePlusGraceThenFollowsUp() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-13T11:00"));
    Instant promised = ist("2026-02-13T11:00");
    c.reply("R1", EMAIL, Trigger.PROMISE_TO_PAY, Optional.of(LocalDate.of(2026, 2, 18)), promised);
    assertEquals(LocalDate.of(2026, 2, 18), c.state.promise().orElseThrow().date());
    c.runUntil(ist("2026-03-01T00:00"));
    List<Conversation.Issued> after = payments(c, promised);
    // Standard grace is two days: nothing until the 20th is over, the firm step of the 16th waits.
    Conversation.Issued followUp = after.get(0);
    assertEquals(PROMISE_FOLLOW_UP, send(followUp).intent());
    assertEquals(LocalDate.of(2026, 2, 21), local(followUp.at()).toLocalDate());
    assertTrue(
        send(followUp).message().content().toString().contains("₹50,000.00"),
        "the follow-up asks for what is owed");
    assertEquals(FIRM_OVERDUE, send(after.get(1)).intent(), "then the plan carries on");
  }

  @Test
  void aPromiseTooFarOutIsHeldToTheLongestWait() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-13T11:00"));
    c.reply(
        "R1",
        EMAIL,
        Trigger.PROMISE_TO_PAY,
        Optional.of(LocalDate.of(2026, 9, 1)),
        ist("2026-02-13T11:00"));
    assertEquals(LocalDate.of(2026, 3, 30), c.state.promise().orElseThrow().date(), "45 days");
    c.assertHistory("held to 2026-03-30");
  }

  @Test
  void aCustomerWhoSaysTheyPaidPausesTheCampaignForAVerification() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-10T11:00"));
    Instant claim = ist("2026-02-10T11:00");
    c.reply("R1", WHATSAPP, Trigger.CLAIMS_PAID, claim);
    Task verify = c.openTask();
    assertEquals(Task.TaskKind.VERIFY_PAYMENT, verify.kind());
    assertInstanceOf(CampaignState.Waiting.ForPerson.class, c.state.waiting());
    c.runUntil(ist("2026-03-15T00:00"));
    assertEquals(List.of(), sendsFrom(c, claim), "nothing while the payment is checked");
    Instant notFound = ist("2026-03-16T11:00");
    c.apply(
        new Event.TaskCompleted(verify.id(), new TaskOutcome.PaymentNotFound(), "asha"), notFound);
    c.runUntil(ist("2026-03-20T00:00"));
    assertFalse(payments(c, notFound).isEmpty(), "no payment found: the plan resumes");
  }

  @Test
  void aDisputeIsAcknowledgedAndPausesWithAnUrgentTask() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-10T11:00"));
    Instant dispute = ist("2026-02-10T11:00");
    ChannelKind last = c.sends().get(c.sends().size() - 1).channel();
    c.reply("R1", EMAIL, Trigger.DISPUTE, dispute);
    Task task = c.openTask();
    assertEquals(Task.TaskKind.RESOLVE_DISPUTE, task.kind());
    assertEquals(Task.TaskPriority.HIGH, task.priority());
    // The gentle reminder of the 12th waits while the dispute is open.
    c.runUntil(ist("2026-02-14T10:00"));
    List<Conversation.Issued> after = sendsFrom(c, dispute);
    assertEquals(1, after.size());
    assertEquals(DISPUTE_ACKNOWLEDGEMENT, send(after.get(0)).intent());
    assertEquals(last, send(after.get(0)).channel(), "answered where the last reminder went");
    Instant resolved = ist("2026-02-14T10:00");
    c.apply(new Event.TaskCompleted(task.id(), new TaskOutcome.Resolved(), "asha"), resolved);
    assertEquals(CampaignState.Phase.ACTIVE, c.state.phase());
    c.runUntil(ist("2026-02-17T00:00"));
    // Resolved: the reminder held back goes at once, the next one on its day.
    List<Conversation.Issued> resumed = payments(c, resolved);
    assertEquals(GENTLE_OVERDUE, send(resumed.get(0)).intent());
    assertEquals(resolved, resumed.get(0).at());
    assertEquals(FIRM_OVERDUE, send(resumed.get(1)).intent());
    assertEquals(LocalDate.of(2026, 2, 16), local(resumed.get(1).at()).toLocalDate());
  }

  @Test
  void anExtensionMovesThePlanByTheDaysAskedFor() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-13T11:00"));
    Instant asked = ist("2026-02-13T11:00");
    // Asked for ten days: the firm step of the 16th moves to the 26th.
    c.reply("R1", EMAIL, Trigger.EXTENSION_REQUEST, Optional.of(LocalDate.of(2026, 2, 23)), asked);
    assertEquals(10, c.state.shiftDays());
    c.runUntil(ist("2026-03-01T00:00"));
    Conversation.Issued next = payments(c, asked).get(0);
    assertEquals(FIRM_OVERDUE, send(next).intent());
    assertEquals(LocalDate.of(2026, 2, 26), local(next.at()).toLocalDate());
  }

  @Test
  void anExtensionWithoutADateTakesTheDefaultAndALongOneIsCapped() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-13T11:00"));
    c.reply("R1", EMAIL, Trigger.EXTENSION_REQUEST, ist("2026-02-13T11:00"));
    assertEquals(7, c.state.shiftDays());
    c.reply(
        "R2",
        EMAIL,
        Trigger.EXTENSION_REQUEST,
        Optional.of(LocalDate.of(2026, 6, 1)),
        ist("2026-02-13T12:00"));
    assertEquals(7 + 21, c.state.shiftDays(), "at most 21 days without a person");
  }

  @Test
  void anOptOutOfOneChannelKeepsTheOthers() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-07T00:00"));
    assertEquals(WHATSAPP, c.sends().get(0).channel(), "the optimiser's first choice");
    Instant optOut = ist("2026-02-07T10:00");
    c.reply("R1", WHATSAPP, Trigger.OPT_OUT, optOut);
    assertEquals(java.util.Set.of(WHATSAPP), c.state.optedOut());
    c.runUntil(ist("2026-03-01T00:00"));
    List<Conversation.Issued> later = sendsFrom(c, optOut);
    assertEquals(3, later.size());
    later.forEach(i -> assertTrue(send(i).channel() != WHATSAPP, send(i).toString()));
    assertEquals(EMAIL, send(later.get(0)).channel());
  }

  @Test
  void anOptOutOfEveryChannelFinishesTheCampaign() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-07T00:00"));
    Instant optOut = ist("2026-02-07T10:00");
    Decision d =
        c.apply(
            new Event.ReplyReceived("R1", SMS, Trigger.OPT_OUT, Optional.empty(), true), optOut);
    assertTrue(d.commands().contains(new Command.Complete(Outcome.OPTED_OUT)));
    assertEquals(new CampaignState.Waiting.Finished(Outcome.OPTED_OUT), c.state.waiting());
    c.runUntil(ist("2026-04-01T00:00"));
    assertEquals(List.of(), sendsFrom(c, optOut));
  }

  @Test
  void abuseAndHardshipGoToAPersonUrgently() {
    for (Trigger trigger : List.of(Trigger.ABUSIVE, Trigger.HARDSHIP)) {
      Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-10T11:00"));
      Instant at = ist("2026-02-10T11:00");
      c.reply("R1", WHATSAPP, trigger, at);
      Task task = c.openTask();
      assertEquals(Task.TaskKind.PERSONAL_ATTENTION, task.kind(), trigger.name());
      assertEquals(Task.TaskPriority.HIGH, task.priority(), trigger.name());
      assertTrue(task.reason().contains(trigger.name()), task.reason());
      c.runUntil(ist("2026-03-10T00:00"));
      assertEquals(List.of(), sendsFrom(c, at), trigger + ": nothing while a person looks");
    }
  }

  @Test
  void anOtherReplyCarriesOnAndSkipsAStepThatOnlyGoesToTheSilent() {
    Playbook relationship = Playbooks.relationshipFirst();
    Conversation c =
        Conversation.start(relationship, ist("2026-02-02T10:00"), a1())
            .runUntil(ist("2026-02-10T11:00"));
    c.reply("R1", EMAIL, Trigger.OTHER_REPLY, ist("2026-02-10T11:00"));
    c.runUntil(ist("2026-02-22T00:00"));
    c.assertHistory("skipped step gentle: the customer has replied");
    assertEquals(Task.TaskKind.CALL, c.openTask().kind(), "the call of D+12 comes next");
  }

  // ---- failures and silence -----------------------------------------------------------------

  @Test
  void aFailedDeliveryResendsTheStepOnItsNextChannel() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-16T12:00"));
    Command.Send firm = c.sends().get(c.sends().size() - 1);
    assertEquals(FIRM_OVERDUE, firm.intent());
    assertEquals(EMAIL, firm.channel(), "firm notices go by e-mail first");
    Instant bounced = ist("2026-02-16T12:00");
    c.apply(new Event.DeliveryFailed(firm.executionId(), "mailbox full"), bounced);
    c.runUntil(ist("2026-02-20T00:00"));
    Command.Send again = send(payments(c, bounced).get(0));
    assertEquals(FIRM_OVERDUE, again.intent());
    assertEquals(WHATSAPP, again.channel(), "the next channel of the step");
    assertFalse(again.executionId().equals(firm.executionId()));
  }

  @Test
  void aFailureOfAnOlderMessageChangesNothingButTheHistory() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-16T12:00"));
    ExecutionId first = c.sends().get(0).executionId();
    CampaignState before = c.state;
    c.apply(new Event.DeliveryFailed(first, "bounced"), ist("2026-02-16T12:30"));
    assertEquals(before.planned(), c.state.planned());
    assertEquals(before.nextStep(), c.state.nextStep());
    c.assertHistory("delivery of " + first.value() + " failed");
  }

  @Test
  void silenceOnTheHighRiskPlaybookTriesTheNextChannel() {
    Playbook highRisk = Playbooks.highRisk();
    Conversation c =
        Conversation.start(highRisk, ist("2026-02-02T10:00"), item("A1", ISSUED, DUE, 50_000))
            .runUntil(ist("2026-02-02T23:00"));
    // D-5 (4 Feb) by WhatsApp; two days of silence bring the same reminder by SMS.
    c.runUntil(ist("2026-02-07T00:00"));
    List<Command.Send> sends = c.sends();
    assertEquals(PRE_DUE_REMINDER, sends.get(0).intent());
    assertEquals(WHATSAPP, sends.get(0).channel());
    assertEquals(PRE_DUE_REMINDER, sends.get(1).intent());
    assertEquals(SMS, sends.get(1).channel());
  }

  @Test
  void silenceCanLoopBackAFewTimesThenEscalates() {
    Playbook loop =
        Playbook.builder("loop", "Gentle until answered")
            .step(
                Step.message(
                    "gentle", StepAnchor.DUE_DATE, 1, GENTLE_OVERDUE, ChannelPolicy.fixed(EMAIL)))
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
            .on(Trigger.SILENCE, new Reaction.RepeatFrom("gentle", Duration.ofDays(2), 2))
            .silence(Duration.ofDays(2))
            .deliverInvoices(false)
            .build();
    Conversation c = Conversation.start(loop, ist("2026-02-02T10:00"), a1());
    c.runUntil(ist("2026-03-15T00:00"));
    List<Conversation.Issued> sends = sendsFrom(c, ist("2026-02-02T00:00"));
    assertEquals(3, sends.size(), "once and twice again");
    for (int i = 1; i < sends.size(); i++) {
      Duration gap = Duration.between(sends.get(i - 1).at(), sends.get(i).at());
      assertTrue(gap.compareTo(Duration.ofDays(4)) >= 0, "silence, then the loop's wait: " + gap);
    }
    assertEquals(Task.TaskKind.ESCALATION, c.openTask().kind());
  }

  // ---- payments and invoices ----------------------------------------------------------------

  @Test
  void aFullPaymentStopsWithThanks() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-10T11:00"));
    Instant paid = ist("2026-02-10T11:00");
    Decision d = c.pay("P1", "A1", 50_000, paid);
    assertTrue(d.commands().contains(new Command.Complete(Outcome.PAID)));
    c.runUntil(ist("2026-04-01T00:00"));
    List<Conversation.Issued> after = sendsFrom(c, paid);
    assertEquals(1, after.size());
    assertEquals(MessageIntent.PAYMENT_THANKS, send(after.get(0)).intent());
    assertTrue(send(after.get(0)).message().content().toString().contains("₹50,000.00"));
  }

  @Test
  void aPartialPaymentLeavesAStatementOfWhatIsStillOwed() {
    Conversation c =
        Conversation.start(
            on(STANDARD, emailOnly()),
            ist("2026-02-02T10:00"),
            false,
            a1(),
            item("A2", LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 13), 10_000));
    c.runUntil(ist("2026-02-10T11:00"));
    Instant paid = ist("2026-02-10T11:00");
    c.pay("P1", "A1", 20_000, paid);
    assertEquals(CampaignState.Phase.ACTIVE, c.state.phase(), "partial: the plan continues");
    c.runUntil(ist("2026-02-13T00:00"));
    Command.Send next = send(payments(c, paid).get(0));
    assertEquals(List.of(new InvoiceId("A1"), new InvoiceId("A2")), next.invoices());
    String text = next.message().content().toString();
    assertTrue(text.contains("• INV/A1 · ₹30,000.00 · D+3"), text);
    assertTrue(text.contains("• INV/A2 · ₹10,000.00 · D-1"), text);
    assertTrue(text.contains("= ₹40,000.00"), text);
    c.pay("P2", "A1", 30_000, ist("2026-02-13T11:00"));
    c.runUntil(ist("2026-02-21T00:00"));
    // The plan now follows A2, due on the 13th: its firm step falls on the 20th.
    Conversation.Issued firm = payments(c, ist("2026-02-13T11:00")).get(0);
    assertEquals(LocalDate.of(2026, 2, 20), local(firm.at()).toLocalDate());
    Command.Send only = send(firm);
    assertEquals(List.of(new InvoiceId("A2")), only.invoices(), "A1 is settled");
    assertFalse(only.message().content().toString().contains("INV/A1"));
  }

  @Test
  void aNewInvoiceJoinsTheRunningConversation() {
    Conversation c =
        Conversation.start(on(STANDARD, emailOnly()), ist("2026-02-02T10:00"), false, a1());
    c.runUntil(ist("2026-02-10T11:00"));
    Instant joined = ist("2026-02-10T11:00");
    c.apply(
        new Event.InvoiceAdded(
            item("B7", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 24), 8_000)),
        joined);
    c.runUntil(ist("2026-02-13T00:00"));
    List<Conversation.Issued> after = sendsFrom(c, joined);
    assertEquals(INVOICE_DELIVERY, send(after.get(0)).intent());
    assertEquals(List.of(new InvoiceId("B7")), send(after.get(0)).invoices());
    Command.Send statement = send(after.get(1));
    assertEquals(GENTLE_OVERDUE, statement.intent(), "the plan follows the oldest invoice");
    assertEquals(List.of(new InvoiceId("A1"), new InvoiceId("B7")), statement.invoices());
    assertTrue(statement.message().content().toString().contains("= ₹58,000.00"));
  }

  @Test
  void fiveInvoicesMakeOneStatementWithEachLine() {
    LocalDate issued = LocalDate.of(2026, 1, 5);
    Conversation c =
        Conversation.start(
            on(STANDARD, emailOnly()),
            ist("2026-02-10T09:00"),
            false,
            item("B1", issued, LocalDate.of(2026, 2, 1), 1_000),
            item("B2", issued, LocalDate.of(2026, 2, 3), 2_000),
            item("B3", issued, LocalDate.of(2026, 2, 5), 3_000),
            item("B4", issued, LocalDate.of(2026, 2, 6), 4_000),
            item("B5", issued, LocalDate.of(2026, 2, 8), 5_000));
    c.runUntil(ist("2026-02-11T00:00"));
    assertEquals(1, c.sends().size(), "one message, not five");
    String text = c.sends().get(0).message().content().toString();
    for (String line :
        List.of(
            "• INV/B1 · ₹1,000.00 · D+9",
            "• INV/B2 · ₹2,000.00 · D+7",
            "• INV/B3 · ₹3,000.00 · D+5",
            "• INV/B4 · ₹4,000.00 · D+4",
            "• INV/B5 · ₹5,000.00 · D+2",
            "= ₹15,000.00")) {
      assertTrue(text.contains(line), line + " in " + text);
    }
  }

  // ---- caps and the hold-out ----------------------------------------------------------------

  @Test
  void frequencyCapsHoldWhenStepsBunchTogether() {
    Playbook.Builder daily = Playbook.builder("daily", "A reminder every day");
    for (int day = 0; day < 8; day++) {
      daily.step(
          Step.message(
              "d" + day, StepAnchor.DUE_DATE, day, GENTLE_OVERDUE, ChannelPolicy.fixed(WHATSAPP)));
    }
    Playbooks.standardB2b().reactions().forEach(daily::on);
    Playbook bunched = daily.deliverInvoices(false).build();
    Conversation c = Conversation.start(bunched, ist("2026-02-02T10:00"), a1());
    c.runUntil(ist("2026-03-15T00:00"));
    List<Instant> times = c.sendTimes();
    assertTrue(times.size() >= 4, times.toString());
    for (int i = 0; i < times.size(); i++) {
      int inDay = 0;
      int inWeek = 0;
      for (int j = i; j < times.size(); j++) {
        inDay += times.get(j).isBefore(times.get(i).plus(Duration.ofDays(1))) ? 1 : 0;
        inWeek += times.get(j).isBefore(times.get(i).plus(Duration.ofDays(7))) ? 1 : 0;
      }
      assertTrue(inDay <= 1, "two in a day from " + local(times.get(i)));
      assertTrue(inWeek <= 3, inWeek + " in a week from " + local(times.get(i)));
    }
  }

  @Test
  void holdOutCustomersGetThePlainEnglishBaselineOnTheFirstChannel() {
    Conversation c =
        Conversation.start(t -> Fixtures.context(STANDARD, t), ist("2026-02-02T10:00"), true, a1())
            .runUntil(ist("2026-02-20T00:00"));
    List<Conversation.Issued> sends = sendsFrom(c, ist("2026-02-02T00:00"));
    assertEquals(4, sends.size());
    for (Conversation.Issued i : sends) {
      Command.Send s = send(i);
      assertTrue(s.baseline());
      assertEquals("en", s.templateLanguage(), s.intent().name());
      assertTrue(s.arm().isEmpty(), "no optimiser for the hold-out");
      ZonedDateTime at = i.at().atZone(CulturalProfile.INDIA);
      assertTrue(at.getHour() >= 10, "the baseline goes from 10:00: " + at);
    }
    assertEquals(WHATSAPP, send(sends.get(0)).channel(), "the step's first channel");
    assertEquals(EMAIL, send(sends.get(3)).channel(), "the firm step's first channel");
    Conversation adapted =
        standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-07T00:00"));
    assertEquals("gu", adapted.sends().get(0).templateLanguage(), "others get their language");
  }

  // ---- manual actions -----------------------------------------------------------------------

  @Test
  void sendNowRunsTheNextStepAtTheFirstPermittedTime() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1());
    c.manual("M1", ManualAction.SEND_NOW, ist("2026-02-02T22:30"));
    c.runUntil(ist("2026-02-04T00:00"));
    Conversation.Issued sent = sendsFrom(c, ist("2026-02-02T22:30")).get(0);
    assertEquals(PRE_DUE_REMINDER, send(sent).intent());
    assertEquals(LocalDateTime.parse("2026-02-03T08:00"), local(sent.at()), "not at night");
    c.assertHistory("send now by asha: customer called us");
  }

  @Test
  void pauseAndResumeAreAudited() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1());
    Instant paused = ist("2026-02-03T10:00");
    c.manual("M1", ManualAction.PAUSE, paused);
    assertEquals(Task.TaskKind.REVIEW_PAUSE, c.openTask().kind());
    c.runUntil(ist("2026-02-20T00:00"));
    assertEquals(List.of(), sendsFrom(c, paused));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> c.manual("M2", ManualAction.SEND_NOW, ist("2026-02-20T10:00")));
    assertTrue(refused.problem().contains("resume it first"), refused.problem());
    Instant resumed = ist("2026-02-20T10:00");
    c.manual("M3", ManualAction.RESUME, resumed);
    assertEquals(CampaignState.Phase.ACTIVE, c.state.phase());
    assertTrue(c.state.openTasks().isEmpty());
    c.runUntil(ist("2026-02-22T00:00"));
    assertFalse(sendsFrom(c, resumed).isEmpty());
    c.assertHistory("paused by asha: customer called us");
    c.assertHistory("resume by asha: customer called us");
  }

  @Test
  void skipStopAndMarkPaidAreAudited() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1());
    c.manual("M1", ManualAction.SKIP_STEP, ist("2026-02-02T11:00"));
    c.assertHistory("skipped step pre-due by asha: customer called us");
    c.runUntil(ist("2026-02-10T00:00"));
    assertEquals(DUE_TODAY, c.sends().get(0).intent(), "the pre-due step was skipped");

    Decision stop = c.manual("M2", ManualAction.STOP, ist("2026-02-10T11:00"));
    assertTrue(stop.commands().contains(new Command.Complete(Outcome.STOPPED)));
    c.assertHistory("stop by asha: customer called us");

    Conversation d = standard(ist("2026-02-02T10:00"), a1());
    Decision paid = d.manual("M1", ManualAction.MARK_PAID, ist("2026-02-03T11:00"));
    assertTrue(paid.commands().contains(new Command.Complete(Outcome.MARKED_PAID)));
    d.assertHistory("marked paid by asha: customer called us");
    d.runUntil(ist("2026-03-01T00:00"));
    assertEquals(List.of(), d.sends());
  }

  @Test
  void aRepeatedManualActionActsOnce() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1());
    Event skip = new Event.Manual("M1", ManualAction.SKIP_STEP, "asha", "customer called us");
    c.apply(skip, ist("2026-02-02T11:00"));
    CampaignState once = c.state;
    Decision again = c.apply(skip, ist("2026-02-02T11:05"));
    assertTrue(again.unchanged(once));
    assertEquals(1, once.nextStep());
  }

  // ---- tasks --------------------------------------------------------------------------------

  private static Conversation atTheCall() {
    Conversation c = standard(ist("2026-02-02T10:00"), a1()).runUntil(ist("2026-02-25T00:00"));
    assertEquals(Task.TaskKind.CALL, c.openTask().kind());
    return c;
  }

  @Test
  void aClaimNamesTheAssignee() {
    Conversation c = atTheCall();
    Task call = c.openTask();
    c.apply(new Event.TaskClaimed(call.id(), "ravi"), ist("2026-02-25T10:00"));
    assertEquals(Optional.of("ravi"), c.openTask().assignee());
    c.assertHistory("claimed by ravi");
  }

  @Test
  void aCallThatGetsAPromiseWaitsForIt() {
    Conversation c = atTheCall();
    Instant done = ist("2026-02-25T11:00");
    c.apply(
        new Event.TaskCompleted(
            c.openTask().id(), new TaskOutcome.Promised(LocalDate.of(2026, 3, 9)), "ravi"),
        done);
    assertEquals(CampaignState.Phase.ACTIVE, c.state.phase());
    c.runUntil(ist("2026-03-20T00:00"));
    Conversation.Issued next = payments(c, done).get(0);
    assertEquals(PROMISE_FOLLOW_UP, send(next).intent());
    assertEquals(LocalDate.of(2026, 3, 12), local(next.at()).toLocalDate(), "9th + 2 days grace");
  }

  @Test
  void aCallThatFindsADisputeKeepsTheCampaignPaused() {
    Conversation c = atTheCall();
    c.apply(
        new Event.TaskCompleted(
            c.openTask().id(), new TaskOutcome.Disputed("rates differ from the order"), "ravi"),
        ist("2026-02-25T11:00"));
    Task dispute = c.openTask();
    assertEquals(Task.TaskKind.RESOLVE_DISPUTE, dispute.kind());
    assertEquals(Task.TaskPriority.HIGH, dispute.priority());
    assertTrue(dispute.reason().contains("rates differ"));
  }

  @Test
  void aCallNobodyAnsweredResumesThePlan() {
    Conversation c = atTheCall();
    Instant done = ist("2026-02-25T11:00");
    c.apply(new Event.TaskCompleted(c.openTask().id(), new TaskOutcome.NoAnswer(), "ravi"), done);
    c.runUntil(ist("2026-03-14T00:00"));
    assertEquals(MessageIntent.FINAL_NOTICE, send(payments(c, done).get(0)).intent());
  }

  @Test
  void aCallThatClosesTheCampaignStopsIt() {
    Conversation c = atTheCall();
    Decision d =
        c.apply(
            new Event.TaskCompleted(c.openTask().id(), new TaskOutcome.CloseCampaign(), "ravi"),
            ist("2026-02-25T11:00"));
    assertTrue(d.commands().contains(new Command.Complete(Outcome.STOPPED)));
    assertEquals(Optional.of(new TaskOutcome.CloseCampaign()), c.state.tasks().get(0).outcome());
  }

  @Test
  void aTaskCanBeCompletedOnce() {
    Conversation c = atTheCall();
    String id = c.openTask().id();
    c.apply(
        new Event.TaskCompleted(id, new TaskOutcome.NoAnswer(), "ravi"), ist("2026-02-25T11:00"));
    CampaignState after = c.state;
    assertTrue(
        c.apply(
                new Event.TaskCompleted(id, new TaskOutcome.NoAnswer(), "ravi"),
                ist("2026-02-25T11:01"))
            .unchanged(after),
        "the same completion again is a repeat");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> c.apply(new Event.TaskClaimed(id, "asha"), ist("2026-02-25T12:00")));
    assertTrue(e.problem().contains("already completed"), e.problem());
    assertThrows(
        InvalidInputException.class,
        () -> c.apply(new Event.TaskClaimed("nope", "asha"), ist("2026-02-25T12:00")));
  }
}
