package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.channel.DeliveryReceipt;
import dev.samvad.channel.DeliveryStatus;
import dev.samvad.channel.InboundMessage;
import dev.samvad.channel.Recipient;
import dev.samvad.culture.MessageIntent;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.Outcome;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.Task;
import dev.samvad.orchestration.TaskOutcome;
import dev.samvad.orchestration.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Worked examples of the runtime over the in-memory store and test channels. */
class CampaignRuntimeTest {
  private static final CustomerId C1 = new CustomerId("C-1");
  private static final CampaignId K1 = new CampaignId("cmp-1");
  private static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);

  private static List<MessageIntent> intents(CampaignRuntime runtime, CampaignId id) {
    return runtime.executions(TENANT, id).stream().map(ExecutionView::intent).toList();
  }

  private static List<ExecutionView> withStatus(
      CampaignRuntime runtime, CampaignId id, ExecutionStatus status) {
    return runtime.executions(TENANT, id).stream().filter(v -> v.status() == status).toList();
  }

  @Test
  void aCampaignDeliversItsInvoiceAndFollowsItsSteps() {
    Harness h = new Harness(ist("2026-03-02T09:00"));
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", MAR_2, LocalDate.of(2026, 3, 16), 50_000)));
    assertEquals(1, runtime.executions(TENANT, K1).size());
    assertEquals(ExecutionStatus.QUEUED, runtime.executions(TENANT, K1).get(0).status());
    RunReport report = runtime.runDue(h.now());
    assertEquals(1, report.sent(), report.toString());
    ExecutionView view = runtime.executions(TENANT, K1).get(0);
    assertEquals(ExecutionStatus.SENT, view.status());
    assertEquals(MessageIntent.INVOICE_DELIVERY, view.intent());
    assertTrue(view.providerMessageId().isPresent());
    assertEquals(view, runtime.execution(TENANT, view.executionId()).orElseThrow());
    h.runUntil(runtime, ist("2026-04-10T00:00"), Duration.ofHours(1));
    assertEquals(
        List.of(
            MessageIntent.INVOICE_DELIVERY,
            MessageIntent.PRE_DUE_REMINDER,
            MessageIntent.DUE_TODAY,
            MessageIntent.GENTLE_OVERDUE,
            MessageIntent.FIRM_OVERDUE),
        intents(runtime, K1));
    assertEquals(5, h.delivered().size());
    CampaignState state = runtime.find(TENANT, K1).orElseThrow();
    assertInstanceOf(CampaignState.Waiting.ForPerson.class, state.waiting());
    List<TaskView> inbox = runtime.tasks(TENANT, TaskQuery.open());
    assertEquals(1, inbox.size());
    assertEquals(Task.TaskKind.CALL, inbox.get(0).task().kind());
    assertEquals(K1, inbox.get(0).campaignId());
    assertEquals(inbox.get(0), runtime.task(TENANT, inbox.get(0).task().id()).orElseThrow());
    assertTrue(h.audit.entries(TENANT).stream().anyMatch(e -> e.action().equals("message.send")));
    assertTrue(h.events.events(TENANT).stream().anyMatch(e -> e.type().equals("task.created")));
  }

  @Test
  void aSecondStartForTheSameCustomerJoinsTheRunningCampaign() {
    Harness h = new Harness(ist("2026-03-02T09:00"));
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", MAR_2, MAR_2.plusDays(14), 500)));
    CampaignState joined =
        runtime.start(
            TENANT,
            new CampaignId("cmp-2"),
            C1,
            Playbooks.HIGH_RISK,
            List.of(item("A2", MAR_2, MAR_2.plusDays(30), 700)));
    assertEquals(K1, joined.campaignId());
    assertEquals(2, joined.items().size());
    assertEquals(Optional.empty(), runtime.find(TENANT, new CampaignId("cmp-2")));
    assertEquals(K1, runtime.activeFor(TENANT, C1).orElseThrow().campaignId());
    ConflictException taken =
        assertThrows(
            ConflictException.class,
            () ->
                runtime.start(
                    TENANT,
                    K1,
                    new CustomerId("C-2"),
                    Playbooks.STANDARD_B2B,
                    List.of(item("B1", MAR_2, MAR_2.plusDays(14), 500))));
    assertEquals(ErrorCode.ALREADY_EXISTS, taken.code());
    assertThrows(
        InvalidInputException.class,
        () ->
            runtime.start(
                TENANT,
                new CampaignId("cmp-3"),
                new CustomerId("C-3"),
                "no-such-playbook",
                List.of(item("B2", MAR_2, MAR_2.plusDays(14), 500))));
    assertThrows(
        NotFoundException.class,
        () -> runtime.apply(TENANT, new CampaignId("nope"), new Event.TimeReached(h.now())));
  }

  @Test
  void aFullPaymentCancelsTheQueuedReminderAndSendsThanks() {
    Harness h = new Harness(ist("2026-03-09T08:00"));
    CampaignRuntime runtime = h.runtime();
    startHighRiskForA1(runtime);
    h.clock.moveTo(ist("2026-03-09T12:00"));
    runtime.apply(TENANT, K1, new Event.TimeReached(h.now()));
    List<ExecutionView> queued = withStatus(runtime, K1, ExecutionStatus.QUEUED);
    assertEquals(1, queued.size(), runtime.executions(TENANT, K1).toString());
    assertTrue(queued.get(0).intent().asksForMoney());
    CampaignState paid = payA1(runtime, 10_000);
    assertEquals(Optional.of(Outcome.PAID), paid.outcome());
    runtime.runDue(h.now());
    assertEquals(
        ExecutionStatus.CANCELLED,
        runtime.execution(TENANT, queued.get(0).executionId()).orElseThrow().status());
    List<MessageIntent> delivered = h.delivered().stream().map(c -> intentOf(runtime, c)).toList();
    assertEquals(List.of(MessageIntent.PAYMENT_THANKS), delivered);
    // The same payment again changes nothing.
    CampaignState again = payA1(runtime, 10_000);
    assertEquals(paid, again);
    assertThrows(
        NotFoundException.class,
        () ->
            runtime.payment(
                TENANT,
                C1,
                "PAY-2",
                List.of(new Event.Allocation(new InvoiceId("Z9"), Money.ofRupees(1)))));
  }

  /** K1 for C1 on the high-risk playbook, for invoice A1 of ₹10,000 due on 14 March. */
  private static void startHighRiskForA1(CampaignRuntime runtime) {
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.HIGH_RISK,
        List.of(item("A1", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 14), 10_000)));
  }

  /** C1 pays {@code rupees} towards invoice A1, as payment PAY-1. */
  private static CampaignState payA1(CampaignRuntime runtime, long rupees) {
    return runtime.payment(
        TENANT,
        C1,
        "PAY-1",
        List.of(new Event.Allocation(new InvoiceId("A1"), Money.ofRupees(rupees))));
  }

  private static MessageIntent intentOf(CampaignRuntime runtime, RecordingChannel.Call call) {
    return runtime.execution(TENANT, call.message().executionId()).orElseThrow().intent();
  }

  /** K1 for C1 on the standard playbook, its invoice sent, two hours later. */
  private static CampaignRuntime startedWithItsInvoiceSent(Harness h) {
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", MAR_2, MAR_2.plusDays(14), 9_000)));
    runtime.runDue(h.now());
    h.clock.advance(Duration.ofHours(2));
    return runtime;
  }

  @Test
  void repliesAreReadIntoTriggersAndActOnTheCampaign() {
    Harness h = new Harness(ist("2026-03-02T09:00"));
    CampaignRuntime runtime = startedWithItsInvoiceSent(h);
    ReplyResult promise =
        runtime.reply(TENANT, C1, "I will pay on 20 March for sure", ChannelKind.EMAIL, h.now());
    assertEquals(Trigger.PROMISE_TO_PAY, promise.trigger());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 20)), promise.date());
    assertTrue(promise.campaign().orElseThrow().promise().isPresent());
    ReplyResult same =
        runtime.reply(
            TENANT,
            C1,
            "I will pay on 20 March for sure",
            ChannelKind.EMAIL,
            promise.analysis().flags() == null ? h.now() : h.now());
    assertEquals(promise.replyId(), same.replyId());
    assertEquals(promise.campaign(), same.campaign());

    h.clock.advance(Duration.ofHours(1));
    ReplyResult optOut =
        runtime.reply(
            TENANT,
            C1,
            new InboundMessage(
                ChannelKind.WHATSAPP,
                Recipient.phone("9812345678"),
                "Please stop sending me messages on WhatsApp",
                h.now(),
                "wa-1"));
    assertEquals(Trigger.OPT_OUT, optOut.trigger());
    assertTrue(optOut.campaign().orElseThrow().optedOut().contains(ChannelKind.WHATSAPP));

    h.clock.advance(Duration.ofHours(1));
    ReplyResult dispute =
        runtime.reply(
            TENANT,
            C1,
            "The goods were damaged, we dispute this invoice",
            ChannelKind.EMAIL,
            h.now());
    assertEquals(Trigger.DISPUTE, dispute.trigger());
    CampaignState paused = dispute.campaign().orElseThrow();
    assertEquals(CampaignState.Phase.PAUSED, paused.phase());
    runtime.runDue(h.now());
    assertTrue(intents(runtime, K1).contains(MessageIntent.DISPUTE_ACKNOWLEDGEMENT));
    TaskView task =
        runtime.tasks(TENANT, TaskQuery.open().ofKind(Task.TaskKind.RESOLVE_DISPUTE)).get(0);
    assertEquals(Task.TaskPriority.HIGH, task.task().priority());
    runtime.apply(TENANT, K1, new Event.TaskClaimed(task.task().id(), "asha"));
    assertEquals(1, runtime.tasks(TENANT, TaskQuery.open().assignedTo("asha")).size());
    assertEquals(0, runtime.tasks(TENANT, TaskQuery.open().assignedTo("ravi")).size());
    CampaignState resumed =
        runtime.apply(
            TENANT,
            K1,
            new Event.TaskCompleted(task.task().id(), new TaskOutcome.Resolved(), "asha"));
    assertEquals(CampaignState.Phase.ACTIVE, resumed.phase());
    assertEquals(0, runtime.tasks(TENANT, TaskQuery.open()).size());
    assertEquals(1, runtime.tasks(TENANT, TaskQuery.open().includingDone()).size());
    assertTrue(
        h.audit.entries(TENANT).stream()
            .map(AuditEntry::action)
            .toList()
            .containsAll(List.of("task.claim", "task.complete")));

    ReplyResult stranger =
        runtime.reply(TENANT, new CustomerId("C-404"), "hello", ChannelKind.SMS, h.now());
    assertEquals(Optional.empty(), stranger.campaign());
  }

  @Test
  void aDisputeThatAlsoSaysStopIsBothAnOptOutAndADispute() {
    Harness h = new Harness(ist("2026-03-02T09:00"));
    CampaignRuntime runtime = startedWithItsInvoiceSent(h);
    InboundMessage text =
        new InboundMessage(
            ChannelKind.WHATSAPP,
            Recipient.phone("9812345678"),
            "This invoice is wrong, do not message me again",
            h.now(),
            "wa-7");
    ReplyResult both = runtime.reply(TENANT, C1, text);
    assertEquals(List.of(Trigger.OPT_OUT, Trigger.DISPUTE), both.triggers());
    assertEquals(Trigger.OPT_OUT, both.trigger());
    CampaignState paused = both.campaign().orElseThrow();
    assertTrue(paused.optedOut().contains(ChannelKind.WHATSAPP), "the opt-out is recorded");
    assertEquals(CampaignState.Phase.PAUSED, paused.phase(), "the dispute pauses the campaign");
    assertEquals(Task.TaskKind.RESOLVE_DISPUTE, paused.openTasks().get(0).kind());
    runtime.runDue(h.now());
    List<ExecutionView> acks =
        runtime.executions(TENANT, K1).stream()
            .filter(v -> v.intent() == MessageIntent.DISPUTE_ACKNOWLEDGEMENT)
            .toList();
    assertEquals(1, acks.size(), "acknowledged once");
    assertNotEquals(ChannelKind.WHATSAPP, acks.get(0).channel(), "not on the closed channel");
    assertTrue(
        runtime.executions(TENANT, K1).stream()
            .noneMatch(
                v ->
                    v.channel() == ChannelKind.WHATSAPP
                        && v.intent() != MessageIntent.INVOICE_DELIVERY),
        "nothing after the opt-out goes by WhatsApp");

    CampaignState before = runtime.find(TENANT, K1).orElseThrow();
    ReplyResult again = runtime.reply(TENANT, C1, text);
    assertEquals(before, again.campaign().orElseThrow(), "the same reply twice acts once");
  }

  @Test
  void manualActionsAreAuditedAndTheSameActionTwiceActsOnce() {
    Harness h = new Harness(ist("2026-03-02T09:00"));
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", MAR_2, MAR_2.plusDays(14), 9_000)));
    Event pause = new Event.Manual("act-1", ManualAction.PAUSE, "asha", "customer called");
    CampaignState paused = runtime.apply(TENANT, K1, pause);
    assertEquals(CampaignState.Phase.PAUSED, paused.phase());
    CampaignState again = runtime.apply(TENANT, K1, pause);
    assertEquals(paused, again);
    List<AuditEntry> pauses =
        h.audit.entries(TENANT).stream().filter(e -> e.action().equals("campaign.pause")).toList();
    assertEquals("user:asha", pauses.get(0).actor());
    assertEquals("customer called", pauses.get(0).details().get("reason"));
    assertThrows(
        InvalidInputException.class,
        () ->
            runtime.apply(
                TENANT, K1, new Event.Manual("act-2", ManualAction.SEND_NOW, "asha", "now")));
  }

  @Test
  void transientFailuresAreRetriedWithBackoffThenTheNextChannelIsTried() {
    Harness h = new Harness(ist("2026-03-09T08:00"), b -> b);
    // WhatsApp refuses for now, every time; SMS works.
    h.channels.put(
        ChannelKind.WHATSAPP,
        dev.samvad.channel.TestChannel.builder(7)
            .clock(h.clock)
            .transientFailures(1.0, Duration.ofMinutes(10), Duration.ofMinutes(10))
            .build());
    h.recorders.put(
        ChannelKind.WHATSAPP, new RecordingChannel(h.channels.get(ChannelKind.WHATSAPP), h.clock));
    CampaignRuntime runtime = h.runtime();
    startHighRiskForA1(runtime);
    // A reminder that never arrived does not use up the daily cap: the fallback goes the same day.
    h.runUntil(runtime, ist("2026-03-09T14:00"), Duration.ofMinutes(5));
    List<RecordingChannel.Call> whatsapp = h.recorders.get(ChannelKind.WHATSAPP).calls();
    assertEquals(h.retry.maxAttempts(), whatsapp.size(), whatsapp.toString());
    for (int i = 1; i < whatsapp.size(); i++) {
      assertTrue(
          !whatsapp.get(i).at().isBefore(whatsapp.get(i - 1).at().plus(Duration.ofMinutes(10))),
          "retry-after honoured");
      assertFalse(whatsapp.get(i).key().equals(whatsapp.get(i - 1).key()), "a new key per attempt");
    }
    ExecutionView failed = withStatus(runtime, K1, ExecutionStatus.FAILED).get(0);
    assertEquals(ChannelKind.WHATSAPP, failed.channel());
    assertEquals(h.retry.maxAttempts(), failed.attempt());
    List<ExecutionView> sent = withStatus(runtime, K1, ExecutionStatus.SENT);
    assertEquals(1, sent.size());
    assertEquals(ChannelKind.SMS, sent.get(0).channel());
    assertEquals(failed.stepId(), sent.get(0).stepId());
  }

  @Test
  void anUnwiredChannelFailsForGoodAndTheCampaignFallsBack() {
    Harness h = new Harness(ist("2026-03-09T08:00"));
    h.recorders.remove(ChannelKind.WHATSAPP);
    CampaignRuntime runtime = h.runtime();
    startHighRiskForA1(runtime);
    h.runUntil(runtime, ist("2026-03-09T14:00"), Duration.ofMinutes(15));
    ExecutionView failed = withStatus(runtime, K1, ExecutionStatus.FAILED).get(0);
    assertTrue(
        failed
            .timeline()
            .get(failed.timeline().size() - 1)
            .detail()
            .contains("no channel configured"),
        failed.timeline().toString());
    assertEquals(ChannelKind.SMS, withStatus(runtime, K1, ExecutionStatus.SENT).get(0).channel());
  }

  @Test
  void receiptsBuildTheTimelineOnceAndABounceFallsBack() {
    Harness h = new Harness(ist("2026-03-09T08:00"), b -> b.duplicateReceipts(1.0));
    CampaignRuntime runtime = h.runtime();
    startHighRiskForA1(runtime);
    h.runUntil(runtime, ist("2026-03-09T14:00"), Duration.ofMinutes(15));
    ExecutionView sent = withStatus(runtime, K1, ExecutionStatus.SENT).get(0);
    List<DeliveryReceipt> receipts = h.channels.get(sent.channel()).drainReceipts();
    assertEquals(4, receipts.size(), "queued, sent, delivered, delivered again");
    receipts.forEach(r -> runtime.receipt(TENANT, r));
    ExecutionView delivered = runtime.execution(TENANT, sent.executionId()).orElseThrow();
    assertEquals(ExecutionStatus.DELIVERED, delivered.status());
    receipts.forEach(r -> runtime.receipt(TENANT, r));
    assertEquals(delivered, runtime.execution(TENANT, sent.executionId()).orElseThrow());
    // A late bounce on the reminder: the campaign resends the step on the next channel.
    runtime.receipt(
        TENANT,
        new DeliveryReceipt(
            sent.providerMessageId().orElseThrow(),
            DeliveryStatus.BOUNCED,
            h.now(),
            "no such user"));
    assertEquals(
        ExecutionStatus.FAILED,
        runtime.execution(TENANT, sent.executionId()).orElseThrow().status());
    h.runUntil(runtime, h.now().plus(Duration.ofHours(2)), Duration.ofMinutes(15));
    ExecutionView resent = withStatus(runtime, K1, ExecutionStatus.SENT).get(0);
    assertEquals(sent.stepId(), resent.stepId());
    assertFalse(resent.channel() == sent.channel());
    assertThrows(
        NotFoundException.class,
        () ->
            runtime.receipt(
                TENANT, new DeliveryReceipt("unknown", DeliveryStatus.DELIVERED, h.now(), "")));
  }

  @Test
  void aMessageDispatchedLateWaitsForTheContactWindow() {
    Harness h = new Harness(ist("2026-03-03T20:50"));
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 20), 10_000)));
    assertEquals(List.of(MessageIntent.INVOICE_DELIVERY), intents(runtime, K1));
    h.clock.moveTo(ist("2026-03-03T21:30"));
    RunReport late = runtime.runDue(h.now());
    assertEquals(1, late.deferred(), late.toString());
    ExecutionView held = runtime.executions(TENANT, K1).get(0);
    assertEquals(ExecutionStatus.QUEUED, held.status());
    ZonedDateTime next =
        RuntimeFixtures.WINDOWS.nextAllowed(
            h.now().atZone(RuntimeFixtures.profile(C1).zone()).withMinute(30),
            ChannelKind.EMAIL,
            RuntimeFixtures.profile(C1),
            dev.samvad.culture.ContactPurpose.INVOICE_DELIVERY);
    assertEquals(Optional.of(next.toInstant()), held.nextAttemptAt());
    assertTrue(h.delivered().isEmpty());
    h.clock.moveTo(next.toInstant());
    runtime.runDue(h.now());
    assertEquals(1, h.delivered().size());
    assertEquals(next.toInstant(), h.delivered().get(0).at());
  }

  @Test
  void theOptimisersLearningSurvivesARestart() {
    Harness h = new Harness(ist("2026-03-09T08:00"));
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 12), 10_000)));
    h.runUntil(runtime, ist("2026-03-09T18:00"), Duration.ofMinutes(30));
    assertTrue(
        runtime.executions(TENANT, K1).stream()
            .anyMatch(v -> v.intent() == MessageIntent.PRE_DUE_REMINDER));
    runtime.reply(TENANT, C1, "ok noted", ChannelKind.EMAIL, h.now());
    var learned = runtime.optimiser(TENANT).snapshot();
    assertEquals(
        1, learned.values().stream().mapToLong(c -> c[0]).sum(), learned.keySet().toString());
    var restored = h.builder("node-2").build().optimiser(TENANT).snapshot();
    assertEquals(learned.keySet(), restored.keySet());
    assertEquals(List.of(), runtime.tasks(TENANT, TaskQuery.open()));
    assertSame(runtime.optimiser(TENANT), runtime.optimiser(TENANT));
    Instant unused = h.now();
    assertTrue(unused != null);
  }

  @Test
  void holdOutMembershipIsStableAndNearItsShare() {
    Harness h = new Harness(ist("2026-03-09T08:00"));
    CampaignRuntime runtime = h.builder("n").holdOutShare(0.10).build();
    int held = 0;
    for (int i = 0; i < 200; i++) {
      CustomerId customer = new CustomerId("H-" + i);
      CampaignState state =
          runtime.start(
              TENANT,
              new CampaignId("h-" + i),
              customer,
              Playbooks.STANDARD_B2B,
              List.of(item("I" + i, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 20), 100)));
      held += state.holdOut() ? 1 : 0;
    }
    assertTrue(held > 5 && held < 40, "held out " + held + " of 200");
  }

  @Test
  void anOptOutOutlivesTheCampaignItWasMadeIn() {
    Harness h = new Harness(ist("2026-03-09T10:00"));
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", MAR_2, MAR_2.plusDays(14), 900)));
    runtime.apply(
        TENANT,
        K1,
        new Event.ReplyReceived(
            "r-1", ChannelKind.WHATSAPP, Trigger.OPT_OUT, Optional.empty(), false));
    runtime.payment(
        TENANT, C1, "P-1", List.of(new Event.Allocation(new InvoiceId("A1"), Money.ofRupees(900))));
    assertEquals(Optional.empty(), runtime.activeFor(TENANT, C1));
    CampaignState next =
        runtime.start(
            TENANT,
            new CampaignId("cmp-2"),
            C1,
            Playbooks.HIGH_RISK,
            List.of(item("A2", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20), 500)));
    assertEquals(new CampaignId("cmp-2"), next.campaignId());
    assertEquals(java.util.Set.of(ChannelKind.WHATSAPP), next.optedOut());
  }

  /** Refuses the first three attempts of the first message for two hours each; accepts the rest. */
  static final class SlowStartChannel implements dev.samvad.channel.Channel {
    private String first;

    @Override
    public dev.samvad.channel.ChannelCapabilities capabilities() {
      return dev.samvad.channel.ChannelCapabilities.unrestricted(false);
    }

    @Override
    public synchronized dev.samvad.channel.SendResult send(
        dev.samvad.channel.OutboundMessage message, String key) {
      String execution = message.executionId().value();
      if (first == null) {
        first = execution;
      }
      if (execution.equals(first) && !key.endsWith("#4")) {
        return new dev.samvad.channel.SendResult.TransientFailure(Duration.ofHours(2), "busy");
      }
      return new dev.samvad.channel.SendResult.Accepted("p-" + key);
    }
  }

  @Test
  void theCapsAtSendingCountWhenMessagesReallyWentOut() {
    Harness h = new Harness(ist("2026-03-09T08:00"));
    h.recorders.clear();
    SlowStartChannel slow = new SlowStartChannel();
    for (ChannelKind kind : List.of(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WHATSAPP)) {
      h.recorders.put(kind, new RecordingChannel(slow, h.clock));
    }
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 12), 10_000)));
    h.runUntil(runtime, ist("2026-03-10T10:00"), Duration.ofMinutes(15));
    List<RecordingChannel.Call> out = h.delivered();
    assertEquals(1, out.size(), out.toString());
    Instant first = out.get(0).at();
    assertTrue(
        first.isAfter(ist("2026-03-09T14:00")), "the first reminder went out late: " + first);
    // The engine counts the first reminder from when it decided it; the runtime from when it left.
    runtime.apply(TENANT, K1, new Event.Manual("now-1", ManualAction.SEND_NOW, "asha", "asked"));
    h.runUntil(runtime, ist("2026-03-11T12:00"), Duration.ofMinutes(15));
    out =
        h.delivered().stream()
            .sorted(java.util.Comparator.comparing(RecordingChannel.Call::at))
            .toList();
    assertEquals(2, out.size(), out.toString());
    assertEquals(first.plus(Duration.ofDays(1)), out.get(1).at());
    ExecutionView second =
        runtime.execution(TENANT, out.get(1).message().executionId()).orElseThrow();
    assertTrue(
        second.timeline().stream().anyMatch(e -> e.detail().startsWith("frequency cap")),
        second.timeline().toString());
  }

  @Test
  void anInvoiceArrivingDuringADisputeIsDeliveredWhenTheCampaignResumes() {
    Harness h = new Harness(ist("2026-03-09T10:00"));
    CampaignRuntime runtime = h.runtime();
    runtime.start(
        TENANT,
        K1,
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), 5_000)));
    runtime.apply(
        TENANT,
        K1,
        new Event.ReplyReceived(
            "r-1", ChannelKind.EMAIL, Trigger.DISPUTE, Optional.empty(), false));
    h.clock.advance(Duration.ofHours(1));
    runtime.start(
        TENANT,
        new CampaignId("cmp-2"),
        C1,
        Playbooks.STANDARD_B2B,
        List.of(item("A2", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 30), 2_000)));
    h.runUntil(runtime, ist("2026-03-11T12:00"), Duration.ofMinutes(30));
    ExecutionView invoice =
        runtime.executions(TENANT, K1).stream()
            .filter(v -> v.intent() == MessageIntent.INVOICE_DELIVERY)
            .findFirst()
            .orElseThrow();
    assertEquals(ExecutionStatus.QUEUED, invoice.status(), invoice.timeline().toString());
    assertFalse(
        h.delivered().stream().anyMatch(c -> intentOf(runtime, c).asksForMoney()),
        "nothing asking for money went out during the dispute");
    String task = runtime.find(TENANT, K1).orElseThrow().openTasks().get(0).id();
    runtime.apply(TENANT, K1, new Event.TaskCompleted(task, new TaskOutcome.Resolved(), "asha"));
    runtime.runDue(h.now());
    assertEquals(
        ExecutionStatus.SENT,
        runtime.execution(TENANT, invoice.executionId()).orElseThrow().status());
  }

  /**
   * The wake decides ahead on the campaign it first read, outside its unit of work; a part payment
   * that lands in between (here while the wake builds its context) must not be lost: the decision
   * is made again on the campaign as it stands, so the payment's outstanding amount survives.
   */
  @Test
  void aPartPaymentWhileAWakeBuildsItsContextIsNotOverwrittenByTheWake() {
    AtomicReference<CampaignRuntime> runtimeRef = new AtomicReference<>();
    AtomicBoolean payOnNextContext = new AtomicBoolean();
    ContextSource fixed = RuntimeFixtures.contexts();
    ContextSource paying =
        (tenant, customer, playbook, now) -> {
          if (payOnNextContext.getAndSet(false)) {
            payA1(runtimeRef.get(), 4_000);
          }
          return fixed.contextFor(tenant, customer, playbook, now);
        };
    Harness h = new Harness(ist("2026-03-09T08:00"), 1, b -> b, paying);
    CampaignRuntime runtime = h.runtime();
    runtimeRef.set(runtime);
    startHighRiskForA1(runtime);
    runtime.runDue(h.now());
    assertTrue(runtime.executions(TENANT, K1).isEmpty(), "nothing in the outbox yet");
    Instant wakeAt = runtime.find(TENANT, K1).orElseThrow().wakeAt().orElseThrow();
    h.clock.moveTo(wakeAt);
    payOnNextContext.set(true);
    RunReport report = runtime.runDue(h.now());
    assertFalse(payOnNextContext.get(), "the wake built a context");
    assertEquals(1, report.decisions(), report.toString());
    CampaignState state = runtime.find(TENANT, K1).orElseThrow();
    assertEquals(Money.ofRupees(6_000), state.items().get(0).outstanding(), state.toString());
    assertEquals(CampaignState.Phase.ACTIVE, state.phase());
  }
}
