package dev.samvad.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.MessageIntent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plays a {@link CampaignScenario} through the engine and checks every guarantee of {@link
 * CampaignEngine} after every decision, against a small model of what the engine was told (the
 * ledger, the opt-outs, a stop). A failed check names the guarantee and shows the last decisions.
 */
final class CampaignSimulation {
  static final CampaignEngine ENGINE = CampaignEngine.create();
  static final CampaignId CAMPAIGN = new CampaignId("cmp-prop");
  private static final int MAX_WAKES = 400;
  private static final int TRACE = 30;

  private final CampaignScenario s;
  private final CustomerCard card;
  private final CulturalProfile profile;
  private final TenantPolicy policy;
  private final ThompsonSampler sampler;
  private final ChannelRanker ranker;

  Instant now;
  CampaignState state;

  // The model: what the engine has been told, kept independently of its state.
  private final Map<InvoiceId, Long> owed = new LinkedHashMap<>();
  private final EnumSet<ChannelKind> optedOut = EnumSet.noneOf(ChannelKind.class);
  private boolean stopped;

  private final Set<String> executions = new HashSet<>();
  private final Set<String> taskIds = new HashSet<>();
  private boolean disputed;
  private final List<Instant> paymentSends = new ArrayList<>();
  private final List<String> paymentSendIds = new ArrayList<>();
  private final Set<String> failed = new HashSet<>();
  private final List<Event> applied = new ArrayList<>();
  private final Deque<String> trace = new ArrayDeque<>();
  final List<Command.Send> sends = new ArrayList<>();
  private Optional<ExecutionId> lastPaymentSend = Optional.empty();
  private int ids;
  private int armSends;
  private int learns;
  int decisions;
  int refused;

  CampaignSimulation(CampaignScenario scenario) {
    this.s = scenario;
    this.card = scenario.customer().card();
    this.profile = scenario.customer().profile();
    this.policy = scenario.tenant().policy();
    this.sampler = scenario.learning() ? new ThompsonSampler() : null;
    this.ranker = sampler != null ? sampler : ChannelRanker.firstChoice();
  }

  Context ctx() {
    return new Context(
        Fixtures.TENANT,
        now,
        s.playbook(),
        profile,
        s.customer().relationship(today()),
        card,
        policy,
        Fixtures.COMPOSER,
        ranker,
        Context.segmentOf(profile));
  }

  LocalDate today() {
    return now.atZone(profile.zone()).toLocalDate();
  }

  /** Starts the campaign and plays every move. */
  CampaignSimulation run() {
    now = s.start();
    List<OpenItem> items = s.items().stream().map(i -> CampaignScenario.dated(i, today())).toList();
    items.forEach(i -> owed.put(i.invoiceId(), i.outstanding().paise()));
    Context ctx = ctx();
    Decision start = ENGINE.start(CAMPAIGN, CampaignScenario.customerId(), items, s.holdOut(), ctx);
    assertEquals(
        start,
        ENGINE.start(CAMPAIGN, CampaignScenario.customerId(), items, s.holdOut(), ctx),
        "(g) start is deterministic");
    record("start " + items.size() + " item(s)", start);
    guarded(() -> check(null, null, start));
    state = start.state();
    learn(start);
    for (CampaignScenario.Move move : s.moves()) {
      play(move);
    }
    return this;
  }

  // ---- moves --------------------------------------------------------------------------------

  private void play(CampaignScenario.Move move) {
    if (move instanceof CampaignScenario.RunFor run) {
      runUntil(now.plus(run.gap()));
    } else if (move instanceof CampaignScenario.Tick tick) {
      now = now.plus(tick.gap());
      apply(new Event.TimeReached(now));
    } else if (move instanceof CampaignScenario.Pay pay) {
      pay(pay).ifPresent(this::apply);
    } else if (move instanceof CampaignScenario.Reply reply) {
      apply(
          new Event.ReplyReceived(
              "R" + ++ids,
              reply.channel(),
              reply.trigger(),
              reply.inDays().map(d -> today().plusDays(d)),
              reply.all()));
    } else if (move instanceof CampaignScenario.Fail fail) {
      failed(fail.which()).ifPresent(id -> apply(new Event.DeliveryFailed(id, "bounced")));
    } else if (move instanceof CampaignScenario.Claim claim) {
      task(claim.task()).ifPresent(id -> apply(new Event.TaskClaimed(id, claim.person())));
    } else if (move instanceof CampaignScenario.Complete complete) {
      task(complete.task())
          .ifPresent(id -> apply(new Event.TaskCompleted(id, outcome(complete), "asha")));
    } else if (move instanceof CampaignScenario.Manual manual) {
      apply(new Event.Manual("M" + ++ids, manual.action(), "asha", "checking " + manual.action()));
    } else if (move instanceof CampaignScenario.AddInvoice add) {
      OpenItem draft =
          CampaignScenario.draft(
              "N" + ++ids, add.issuedDaysAgo(), add.terms(), add.paise(), add.settled());
      apply(new Event.InvoiceAdded(CampaignScenario.dated(draft, today())));
    } else if (move instanceof CampaignScenario.Again again) {
      if (!applied.isEmpty()) {
        apply(applied.get(Math.max(0, applied.size() - again.back())));
      }
    }
  }

  /** Wakes the campaign at every time it asks for until {@code until}, then moves the clock. */
  void runUntil(Instant until) {
    for (int wakes = 0; ; wakes++) {
      if (!(state.waiting() instanceof CampaignState.Waiting.ForTime time)
          || time.at().isAfter(until)) {
        break;
      }
      if (wakes > MAX_WAKES) {
        throw failure("the campaign asked to be woken more than " + MAX_WAKES + " times");
      }
      now = Transition.latest(now, time.at());
      apply(new Event.TimeReached(now));
    }
    now = Transition.latest(now, until);
  }

  private Optional<Event> pay(CampaignScenario.Pay pay) {
    List<OpenItem> items = state.items();
    OpenItem item = items.get(pay.invoice() % items.size());
    long owedNow = item.outstanding().paise();
    List<Event.Allocation> allocations = new ArrayList<>();
    switch (pay.kind()) {
      case 0 -> allocations.add(allocation(item.invoiceId(), Math.max(owedNow, 100)));
      case 1 -> allocations.add(allocation(item.invoiceId(), owedNow * pay.percent() / 100));
      case 2 -> allocations.add(allocation(item.invoiceId(), owedNow + 500_00));
      case 3 -> {
        for (OpenItem open : state.openItems()) {
          allocations.add(allocation(open.invoiceId(), open.outstanding().paise()));
        }
        if (allocations.isEmpty()) {
          allocations.add(allocation(item.invoiceId(), 100));
        }
      }
      default -> allocations.add(allocation(new InvoiceId("X-elsewhere"), 1_000_00));
    }
    return Optional.of(new Event.PaymentReceived("P" + ++ids, allocations));
  }

  private static Event.Allocation allocation(InvoiceId id, long paise) {
    return new Event.Allocation(id, Money.ofPaise(Math.max(1, paise)));
  }

  private Optional<ExecutionId> failed(int which) {
    if (sends.isEmpty()) {
      return Optional.empty();
    }
    return switch (which) {
      case 0 -> Optional.of(sends.get(sends.size() - 1).executionId());
      case 1 -> lastPaymentSend;
      default -> Optional.of(sends.get((which * 7) % sends.size()).executionId());
    };
  }

  private Optional<String> task(int index) {
    List<Task> tasks = index % 2 == 0 ? state.openTasks() : state.tasks();
    if (tasks.isEmpty()) {
      return index == 1 ? Optional.of("no-such-task") : Optional.empty();
    }
    return Optional.of(tasks.get((index / 2) % tasks.size()).id());
  }

  private TaskOutcome outcome(CampaignScenario.Complete complete) {
    return switch (complete.outcome()) {
      case 0 -> new TaskOutcome.Promised(today().plusDays(complete.inDays()));
      case 1 -> new TaskOutcome.Disputed("short shipment");
      case 2 -> new TaskOutcome.NoAnswer();
      case 3 -> new TaskOutcome.PaymentVerified();
      case 4 -> new TaskOutcome.PaymentNotFound();
      case 5 -> new TaskOutcome.Resolved();
      default -> new TaskOutcome.CloseCampaign();
    };
  }

  // ---- one decision -------------------------------------------------------------------------

  /** Applies one event at {@code now}, checking the decision. */
  void apply(Event event) {
    Context ctx = ctx();
    CampaignState before = state;
    Decision decision;
    try {
      decision = ENGINE.next(before, event, ctx);
    } catch (InvalidInputException refusedEvent) {
      refused++;
      record("refused " + describe(event) + ": " + refusedEvent.getMessage(), null);
      guarded(
          () -> {
            assertTrue(
                event instanceof Event.Manual
                    || event instanceof Event.TaskClaimed
                    || event instanceof Event.TaskCompleted,
                "only manual actions and task events may be refused, not " + event);
            assertThrows(
                InvalidInputException.class,
                () -> ENGINE.next(before, event, ctx),
                "(g) refused again");
          });
      return;
    }
    decisions++;
    record(describe(event), decision);
    Decision twin = ENGINE.next(before, event, ctx);
    guarded(() -> assertEquals(decision, twin, "(g) the same inputs give an equal decision"));
    boolean duplicate = event.eventId().isPresent() && before.hasSeen(event.eventId().get());
    if (duplicate) {
      guarded(() -> assertTrue(decision.unchanged(before), "(f) a repeated event changed"));
      return;
    }
    model(before, event, decision);
    guarded(() -> check(before, event, decision));
    state = decision.state();
    learn(decision);
    if (event.eventId().isPresent()) {
      applied.add(event);
      Decision again = ENGINE.next(state, event, ctx);
      guarded(
          () -> assertTrue(again.unchanged(state), "(f) the same event twice changed the state"));
    }
  }

  private void learn(Decision decision) {
    for (Command command : decision.commands()) {
      if (command instanceof Command.Learn learn) {
        if (sampler != null) {
          sampler.record(learn.arm(), learn.success());
        }
      }
    }
  }

  /** Updates the model with what the event told the engine. */
  private void model(CampaignState before, Event event, Decision decision) {
    if (event instanceof Event.DeliveryFailed failure) {
      failed.add(failure.executionId().value());
    } else if (event instanceof Event.PaymentReceived payment) {
      for (Event.Allocation a : payment.allocations()) {
        owed.computeIfPresent(a.invoiceId(), (k, v) -> Math.max(0, v - a.amount().paise()));
      }
    } else if (event instanceof Event.InvoiceAdded added) {
      owed.putIfAbsent(added.item().invoiceId(), added.item().outstanding().paise());
    } else if (event instanceof Event.ReplyReceived reply
        && reply.trigger() == Trigger.DISPUTE
        && s.playbook().reactionTo(Trigger.DISPUTE) instanceof Reaction.PauseWithTask pause
        && pause.acknowledge()) {
      disputed = true;
    } else if (event instanceof Event.ReplyReceived reply && reply.trigger() == Trigger.OPT_OUT) {
      Reaction.OptOut reaction = (Reaction.OptOut) s.playbook().reactionTo(Trigger.OPT_OUT);
      if (reply.allChannels() || reaction.allChannels()) {
        optedOut.addAll(EnumSet.allOf(ChannelKind.class));
      } else {
        optedOut.add(reply.channel());
      }
    } else if (event instanceof Event.Manual manual) {
      if (manual.action() == ManualAction.MARK_PAID) {
        owed.replaceAll((k, v) -> 0L);
      } else if (manual.action() == ManualAction.STOP) {
        stopped = true;
      }
    } else if (event instanceof Event.TaskCompleted done) {
      if (done.outcome() instanceof TaskOutcome.PaymentVerified) {
        owed.replaceAll((k, v) -> 0L);
      } else if (done.outcome() instanceof TaskOutcome.CloseCampaign) {
        stopped = true;
      }
    }
    if (decision.state().phase() != CampaignState.Phase.FINISHED) {
      stopped = false;
    }
  }

  private boolean allSettled() {
    return owed.values().stream().allMatch(v -> v == 0);
  }

  // ---- the guarantees -----------------------------------------------------------------------

  private void check(CampaignState before, Event event, Decision decision) {
    CampaignState after = decision.state();
    checkWaiting(after);
    checkLedger(before, event, after);
    boolean pausedThrough =
        before != null
            && before.phase() == CampaignState.Phase.PAUSED
            && !(event instanceof Event.TaskCompleted)
            && !(event instanceof Event.Manual m && m.action() == ManualAction.RESUME);
    boolean finishedThrough =
        before != null
            && before.phase() == CampaignState.Phase.FINISHED
            && !(event instanceof Event.InvoiceAdded);
    boolean handedOver =
        decision.commands().stream()
            .anyMatch(
                c ->
                    c instanceof Command.CreateTask t
                        && t.task().kind() != Task.TaskKind.CALL
                        && t.task().kind() != Task.TaskKind.ESCALATION);
    int wakes = 0;
    for (Command command : decision.commands()) {
      if (command instanceof Command.Send send) {
        checkSend(send, after);
        if (purposeOf(send.intent()) == ContactPurpose.PAYMENT_REMINDER) {
          assertTrue(after.promise().isEmpty(), "(b) a reminder while a promise is awaited");
          assertFalse(pausedThrough, "(b) payment message while paused");
          assertFalse(finishedThrough, "(b) payment message from a finished campaign");
          assertFalse(handedOver, "(b) payment message in a decision that handed over");
        }
      } else if (command instanceof Command.Wake wake) {
        wakes++;
        assertEquals(after.wakeAt(), Optional.of(wake.at()), "Wake command is the state's");
      } else if (command instanceof Command.CreateTask create) {
        assertTrue(after.tasks().contains(create.task()), "created task is in the state");
        assertTrue(
            create.task().dueAt().isAfter(create.task().createdAt()), "a task falls due later");
        assertTrue(taskIds.add(create.task().id()), "task id used twice: " + create.task().id());
        if (create.task().kind() == Task.TaskKind.ESCALATION) {
          checkEscalationRepeat(before, create.task());
        }
        assertFalse(
            create.task().kind() == Task.TaskKind.CALL && optedOut.contains(ChannelKind.VOICE),
            "(b) a call task for a customer who opted out of calls");
      } else if (command instanceof Command.Learn) {
        learns++;
      } else if (command instanceof Command.Complete complete) {
        assertEquals(CampaignState.Phase.FINISHED, after.phase());
        assertEquals(Optional.of(complete.outcome()), after.outcome());
      }
    }
    assertEquals(after.wakeAt().isPresent() ? 1 : 0, wakes, "one Wake exactly when waiting");
    checkOpenTasks(after);
    checkCaps();
    int unsettled =
        after.lastMessage().isPresent()
                && !after.lastMessage().get().settled()
                && after.lastMessage().get().arm().isPresent()
            ? 1
            : 0;
    assertEquals(
        armSends - unsettled, learns, "every optimised message is learned from exactly once");
    assertTrue(after.history().size() <= CampaignState.HISTORY);
    assertTrue(after.seenEvents().size() <= CampaignState.SEEN_EVENTS);
  }

  /** (i) Never two open tasks for the same reason: a second one would only repeat the first. */
  private void checkOpenTasks(CampaignState after) {
    List<Task> open = after.openTasks();
    for (int i = 0; i < open.size(); i++) {
      for (int j = i + 1; j < open.size(); j++) {
        Task a = open.get(i);
        Task b = open.get(j);
        assertFalse(
            a.kind() == b.kind()
                && (a.kind() != Task.TaskKind.PERSONAL_ATTENTION || a.reason().equals(b.reason())),
            () -> "(i) two open tasks for the same reason: " + a + " and " + b);
      }
    }
  }

  /** (i) An escalation repeats only a silence period after a person completed the last one. */
  private void checkEscalationRepeat(CampaignState before, Task created) {
    if (before == null) {
      return;
    }
    for (Task earlier : before.tasks()) {
      if (earlier.kind() == Task.TaskKind.ESCALATION) {
        assertFalse(earlier.isOpen(), "(i) a new escalation while " + earlier.id() + " is open");
        assertFalse(
            created.createdAt().isBefore(earlier.completedAt().get().plus(s.playbook().silence())),
            () -> "(i) escalation " + created.id() + " within the silence after " + earlier.id());
      }
    }
  }

  /** (e) The campaign waits for a time after now, for a person, or is finished. */
  private void checkWaiting(CampaignState after) {
    CampaignState.Waiting waiting = after.waiting();
    boolean owes = !after.pending().isEmpty();
    switch (after.phase()) {
      case ACTIVE -> {
        CampaignState.Waiting.ForTime time =
            assertInstanceOf(CampaignState.Waiting.ForTime.class, waiting, "(e) active waits");
        assertTrue(time.at().isAfter(now), "(e) an active campaign wakes after now");
        assertTrue(after.openTasks().isEmpty(), "(e) an active campaign has no open task");
      }
      case PAUSED -> {
        assertFalse(after.openTasks().isEmpty(), "(e) a paused campaign has an open task");
        if (owes) {
          CampaignState.Waiting.ForTime time =
              assertInstanceOf(CampaignState.Waiting.ForTime.class, waiting);
          assertTrue(time.at().isAfter(now), "(e) owed messages wait for a later time");
        } else {
          assertInstanceOf(CampaignState.Waiting.ForPerson.class, waiting);
          assertTrue(after.wakeAt().isEmpty(), "(e) a paused campaign does not wake");
        }
      }
      case FINISHED -> {
        assertTrue(after.openTasks().isEmpty(), "(e) a finished campaign has no open task");
        assertTrue(after.outcome().isPresent(), "(e) a finished campaign has an outcome");
        if (owes) {
          CampaignState.Waiting.ForTime time =
              assertInstanceOf(CampaignState.Waiting.ForTime.class, waiting);
          assertTrue(time.at().isAfter(now), "(e) owed messages wait for a later time");
        } else {
          assertEquals(new CampaignState.Waiting.Finished(after.outcome().get()), waiting);
          assertTrue(after.wakeAt().isEmpty(), "(e) a finished campaign does not wake");
        }
      }
    }
  }

  /** (h) The ledger matches the payments, and PAID means settled by payments. */
  private void checkLedger(CampaignState before, Event event, CampaignState after) {
    Map<InvoiceId, Long> items = new LinkedHashMap<>();
    after.items().forEach(i -> items.put(i.invoiceId(), i.outstanding().paise()));
    assertEquals(owed, items, "(h) what the state says is owed is what the payments left");
    if (after.outcome().equals(Optional.of(Outcome.PAID))) {
      assertTrue(allSettled(), "(h) PAID with money still owed");
    }
    if (event instanceof Event.PaymentReceived
        && before.phase() != CampaignState.Phase.FINISHED
        && allSettled()) {
      assertEquals(Optional.of(Outcome.PAID), after.outcome(), "(h) settled but not PAID");
    }
    if (!allSettled()) {
      assertFalse(after.outcome().equals(Optional.of(Outcome.PAID)));
    }
    assertEquals(
        optedOut,
        after.optedOut().isEmpty()
            ? EnumSet.noneOf(ChannelKind.class)
            : EnumSet.copyOf(after.optedOut()),
        "(b) the state remembers every opt-out");
  }

  private void checkSend(Command.Send send, CampaignState after) {
    sends.add(send);
    ChannelKind channel = send.channel();
    assertEquals(purposeOf(send.intent()), send.purpose(), "purpose of " + send.intent());
    ZonedDateTime local = now.atZone(profile.zone());
    ZonedDateTime floor =
        local.truncatedTo(ChronoUnit.MINUTES).withMinute(local.getMinute() / 15 * 15);
    assertEquals(
        floor.toInstant(),
        policy.windows().nextAllowed(floor, channel, profile, send.purpose()).toInstant(),
        () -> "(a) " + send.intent() + " by " + channel + " outside its window at " + local);
    assertTrue(executions.add(send.executionId().value()), "(d) execution id used twice");
    assertFalse(optedOut.contains(channel), "(b) sent on opted-out " + channel);
    assertFalse(after.optedOut().contains(channel), "(b) sent on opted-out " + channel);
    assertFalse(stopped, "(b) sent after a person stopped the campaign");
    assertEquals(card.recipient(channel).orElseThrow(), send.message().recipient());
    assertEquals(s.holdOut(), send.baseline(), "hold-out customers get the baseline");
    if (send.intent().asksForMoney()) {
      assertFalse(allSettled(), () -> "(b) " + send.intent() + " after everything is paid");
    }
    assertEquals(
        CAMPAIGN.value() + ":m" + executions.size(),
        send.executionId().value(),
        "(d) execution ids count up per campaign");
    if (s.holdOut() && purposeOf(send.intent()) == ContactPurpose.PAYMENT_REMINDER) {
      assertEquals("en", send.templateLanguage(), "the hold-out baseline is English");
      assertTrue(send.arm().isEmpty(), "the optimiser does not choose for the hold-out");
    }
    if (send.intent() == MessageIntent.PAYMENT_THANKS) {
      assertEquals(1, send.invoices().size(), "thanks for one settled invoice");
      assertEquals(0L, owed.get(send.invoices().get(0)), "thanks for an invoice that is paid");
      assertTrue(((Reaction.Stop) s.playbook().reactionTo(Trigger.FULL_PAYMENT)).thank());
    }
    if (send.intent() == MessageIntent.DISPUTE_ACKNOWLEDGEMENT) {
      assertTrue(disputed, "an acknowledgement answers a dispute the playbook acknowledges");
    }
    if (send.intent() == MessageIntent.INVOICE_DELIVERY) {
      assertEquals(1, send.invoices().size(), "one invoice per delivery");
      assertTrue(owed.get(send.invoices().get(0)) > 0, "(b) delivered a settled invoice");
    }
    if (purposeOf(send.intent()) == ContactPurpose.PAYMENT_REMINDER) {
      Set<String> open = new TreeSet<>();
      owed.forEach(
          (id, v) -> {
            if (v > 0) {
              open.add(id.value());
            }
          });
      Set<String> listed = new TreeSet<>();
      send.invoices().forEach(i -> listed.add(i.value()));
      assertEquals(open, listed, "a payment message speaks about every open invoice, only those");
      long total = owed.values().stream().mapToLong(Long::longValue).sum();
      String amount = Money.ofPaise(total).format();
      assertTrue(
          send.message().content().toString().contains(amount),
          () -> "the message asks for what is owed, " + amount + ": " + send.message().content());
      paymentSends.add(now);
      paymentSendIds.add(send.executionId().value());
      lastPaymentSend = Optional.of(send.executionId());
      if (send.arm().isPresent()) {
        armSends++;
      }
    }
  }

  /**
   * (c) At most perDay payment messages in any 24 hours and perWeek in any 7 days. A message whose
   * delivery failed never reached the customer, so it need not count (the engine may count it).
   */
  private void checkCaps() {
    FrequencyCaps caps = s.tenant().caps();
    for (int i = 0; i < paymentSends.size(); i++) {
      if (failed.contains(paymentSendIds.get(i))) {
        continue;
      }
      Instant from = paymentSends.get(i);
      int day = 0;
      int week = 0;
      for (int j = i; j < paymentSends.size(); j++) {
        if (failed.contains(paymentSendIds.get(j))) {
          continue;
        }
        Instant at = paymentSends.get(j);
        if (at.isBefore(from.plus(Duration.ofDays(1)))) {
          day++;
        }
        if (at.isBefore(from.plus(Duration.ofDays(7)))) {
          week++;
        }
      }
      assertTrue(day <= caps.perDay(), "(c) " + day + " payment messages within a day of " + from);
      assertTrue(
          week <= caps.perWeek(), "(c) " + week + " payment messages within a week of " + from);
    }
  }

  static ContactPurpose purposeOf(MessageIntent intent) {
    return switch (intent) {
      case INVOICE_DELIVERY -> ContactPurpose.INVOICE_DELIVERY;
      case PAYMENT_THANKS, DISPUTE_ACKNOWLEDGEMENT -> ContactPurpose.TRANSACTIONAL;
      case FESTIVAL_GREETING -> ContactPurpose.GREETING;
      default -> ContactPurpose.PAYMENT_REMINDER;
    };
  }

  // ---- diagnostics --------------------------------------------------------------------------

  private String describe(Event event) {
    if (event instanceof Event.TimeReached) {
      return "time";
    }
    return event.toString();
  }

  private void record(String what, Decision decision) {
    StringBuilder line = new StringBuilder();
    line.append(now.atZone(profile.zone()).toLocalDateTime()).append("  ").append(what);
    if (decision != null) {
      for (Command c : decision.commands()) {
        if (c instanceof Command.Send send) {
          line.append("\n      send ")
              .append(send.intent())
              .append(" by ")
              .append(send.channel())
              .append(' ')
              .append(send.invoices());
        } else if (!(c instanceof Command.Wake)) {
          line.append("\n      ").append(c);
        }
      }
      CampaignState st = decision.state();
      line.append("\n      -> ")
          .append(st.phase())
          .append(" wake ")
          .append(st.wakeAt().map(w -> w.atZone(profile.zone()).toLocalDateTime()).orElse(null))
          .append(" next ")
          .append(st.nextStep())
          .append(" notes ")
          .append(decision.notes());
    }
    trace.addLast(line.toString());
    while (trace.size() > TRACE) {
      trace.removeFirst();
    }
  }

  String trace() {
    return String.join("\n", trace);
  }

  private void guarded(Runnable check) {
    try {
      check.run();
    } catch (AssertionError e) {
      AssertionError wrapped = failure(e.getMessage());
      wrapped.initCause(e);
      throw wrapped;
    }
  }

  private AssertionError failure(String message) {
    return new AssertionError(
        message
            + "\nplaybook: "
            + s.playbook().steps()
            + "\nreactions: "
            + s.playbook().reactions()
            + "\nsilence "
            + s.playbook().silence()
            + ", tenant "
            + s.tenant()
            + ", hold-out "
            + s.holdOut()
            + ", reach "
            + s.customer().reachable()
            + "\nlast decisions:\n"
            + String.join("\n", trace));
  }
}
