package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.culture.MessageIntent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Applies one event to a {@link Transition}: the event's own effect, before the plan advances. */
final class EventHandler {
  private static final Reaction.AwaitPromise DEFAULT_PROMISE =
      new Reaction.AwaitPromise(Duration.ofDays(2), Duration.ofDays(45));

  private final Transition t;

  EventHandler(Transition transition) {
    this.t = transition;
  }

  void apply(Event event) {
    if (event instanceof Event.TimeReached) {
      return;
    } else if (event instanceof Event.InvoiceAdded added) {
      invoiceAdded(added.item());
    } else if (event instanceof Event.PaymentReceived payment) {
      paymentReceived(payment);
    } else if (event instanceof Event.ReplyReceived reply) {
      replyReceived(reply);
    } else if (event instanceof Event.DeliveryFailed failed) {
      deliveryFailed(failed);
    } else if (event instanceof Event.TaskClaimed claimed) {
      int i = openTask(claimed.taskId());
      t.tasks.set(i, t.tasks.get(i).claimedBy(claimed.person()));
      t.note("task " + claimed.taskId() + " claimed by " + claimed.person());
    } else if (event instanceof Event.TaskCompleted completed) {
      taskCompleted(completed);
    } else if (event instanceof Event.Manual manual) {
      manual(manual);
    }
  }

  private void invoiceAdded(OpenItem item) {
    if (t.items.stream().anyMatch(i -> i.invoiceId().equals(item.invoiceId()))) {
      t.note("invoice " + item.invoiceNumber() + " is already in the conversation");
      return;
    }
    t.items.add(item);
    if (t.playbook.deliverInvoices()) {
      t.pending.add(
          new CampaignState.Pending(
              MessageIntent.INVOICE_DELIVERY, Optional.of(item.invoiceId()), Optional.empty()));
    }
    if (t.phase == CampaignState.Phase.FINISHED && item.open()) {
      t.phase = CampaignState.Phase.ACTIVE;
      t.outcome = Optional.empty();
      t.nextStep = 0;
      t.shiftDays = 0;
      t.lastMessage = Optional.empty();
      t.repeats = 0;
      t.remindersSent = 0;
      t.escalatedAt = Optional.empty();
      t.note("reopened for new invoice " + item.invoiceNumber());
    }
    t.planned = Optional.empty();
    t.note("invoice " + item.invoiceNumber() + " joined (" + item.outstanding().format() + ")");
  }

  private void paymentReceived(Event.PaymentReceived payment) {
    Money applied = Money.ZERO;
    Optional<OpenItem> lastPaid = Optional.empty();
    for (Event.Allocation allocation : payment.allocations()) {
      int index = -1;
      for (int i = 0; i < t.items.size(); i++) {
        if (t.items.get(i).invoiceId().equals(allocation.invoiceId())) {
          index = i;
        }
      }
      if (index < 0) {
        t.note(
            "payment "
                + payment.paymentId()
                + ": "
                + allocation.invoiceId().value()
                + " is not in this conversation; ignored");
        continue;
      }
      OpenItem item = t.items.get(index);
      if (item.open() && lastPaid.map(p -> !item.dueDate().isBefore(p.dueDate())).orElse(true)) {
        lastPaid = Optional.of(item);
      }
      applied = applied.plus(item.outstanding().min(allocation.amount()));
      t.items.set(index, item.pay(allocation.amount()));
    }
    if (applied.isZero()) {
      t.note("payment " + payment.paymentId() + " settled nothing here");
      return;
    }
    t.note("payment " + payment.paymentId() + " of " + applied.format() + " received");
    if (t.phase == CampaignState.Phase.FINISHED) {
      // Recorded so a later invoice does not reopen the conversation on paid invoices.
      return;
    }
    t.settleLastMessage(true);
    t.planned = Optional.empty();
    if (t.openItems().isEmpty()) {
      Reaction.Stop stop = (Reaction.Stop) t.playbook.reactionTo(Trigger.FULL_PAYMENT);
      if (stop.thank()) {
        // The thanks names an invoice this payment settled, even if a new one joins before the
        // thanks goes out.
        t.pending.add(
            new CampaignState.Pending(
                MessageIntent.PAYMENT_THANKS,
                lastPaid.map(OpenItem::invoiceId),
                Optional.of(applied)));
      }
      t.finish(Outcome.PAID);
    } else if (t.phase != CampaignState.Phase.FINISHED) {
      react(Trigger.PARTIAL_PAYMENT, Optional.empty(), Optional.empty(), false);
    }
  }

  private void replyReceived(Event.ReplyReceived reply) {
    t.repliedSinceStep = true;
    t.settleLastMessage(true);
    t.note("reply " + reply.replyId() + " by " + reply.channel() + ": " + reply.trigger());
    if (t.phase == CampaignState.Phase.FINISHED) {
      if (reply.trigger() == Trigger.OPT_OUT) {
        // The playbook's reaction still decides the opt-out's reach.
        react(Trigger.OPT_OUT, reply.date(), Optional.of(reply.channel()), reply.allChannels());
      }
      return;
    }
    react(reply.trigger(), reply.date(), Optional.of(reply.channel()), reply.allChannels());
  }

  private void deliveryFailed(Event.DeliveryFailed failed) {
    boolean latest =
        t.lastMessage.isPresent()
            && t.lastMessage.get().executionId().equals(failed.executionId().value());
    t.note("delivery of " + failed.executionId().value() + " failed: " + failed.reason());
    if (latest) {
      // A reminder that never arrived does not count towards the frequency caps, so the fallback
      // on the next channel may go at once instead of a day later.
      t.paymentMessages.remove(t.lastMessage.get().at());
    }
    if (latest && t.phase == CampaignState.Phase.ACTIVE) {
      react(Trigger.DELIVERY_FAILED, Optional.empty(), Optional.empty(), false);
    }
  }

  /** Carries out the playbook's reaction to {@code trigger}. */
  void react(
      Trigger trigger,
      Optional<LocalDate> date,
      Optional<ChannelKind> channel,
      boolean allChannels) {
    Reaction reaction = t.playbook.reactionTo(trigger);
    if (reaction instanceof Reaction.Continue) {
      t.planned = Optional.empty();
      t.note(trigger + ": plan continues");
    } else if (reaction instanceof Reaction.AwaitPromise await) {
      awaitPromise(await, date);
    } else if (reaction instanceof Reaction.PauseWithTask pause) {
      if (pause.acknowledge() && trigger == Trigger.DISPUTE) {
        // One acknowledgement per dispute a person is working: a second message about it while
        // the task is open joins that task (Transition.pause) and is not acknowledged again.
        Optional<Task> open = t.openTaskFor(Task.TaskKind.RESOLVE_DISPUTE, pause.task());
        if (open.isPresent()) {
          t.note("dispute already acknowledged; task " + open.get().id() + " has it");
        } else {
          t.pending.add(
              new CampaignState.Pending(
                  MessageIntent.DISPUTE_ACKNOWLEDGEMENT, Optional.empty(), Optional.empty()));
        }
      }
      Task.TaskKind kind =
          switch (trigger) {
            case CLAIMS_PAID -> Task.TaskKind.VERIFY_PAYMENT;
            case DISPUTE -> Task.TaskKind.RESOLVE_DISPUTE;
            default -> Task.TaskKind.PERSONAL_ATTENTION;
          };
      Task.TaskPriority priority =
          trigger == Trigger.DISPUTE ? Task.TaskPriority.HIGH : Task.TaskPriority.NORMAL;
      t.pause(kind, pause.task(), priority, pause.dueWithin());
    } else if (reaction instanceof Reaction.Reschedule reschedule) {
      long days =
          date.map(d -> ChronoUnit.DAYS.between(t.today(), d))
              .orElse(reschedule.defaultDelay().toDays());
      long granted = Math.max(1, Math.min(days, reschedule.maxDelay().toDays()));
      t.shiftDays += (int) granted;
      t.planned = Optional.empty();
      t.note("plan moved " + granted + " day(s) later");
    } else if (reaction instanceof Reaction.OptOut opt) {
      optOut(opt.allChannels() || allChannels, channel.orElse(null));
    } else if (reaction instanceof Reaction.HandToPerson hand) {
      boolean urgent = trigger == Trigger.ABUSIVE || trigger == Trigger.HARDSHIP;
      t.pause(
          Task.TaskKind.PERSONAL_ATTENTION,
          hand.task() + " (" + trigger + ")",
          urgent ? Task.TaskPriority.HIGH : Task.TaskPriority.NORMAL,
          hand.dueWithin());
    } else if (reaction instanceof Reaction.NextChannel) {
      nextChannel();
    } else if (reaction instanceof Reaction.RepeatFrom repeat) {
      repeatFrom(repeat);
    } else if (reaction instanceof Reaction.Stop) {
      throw new IllegalStateException("Stop answers only a full payment");
    }
  }

  private void awaitPromise(Reaction.AwaitPromise await, Optional<LocalDate> date) {
    if (date.isEmpty()) {
      t.note("promise without a date: plan continues");
      return;
    }
    LocalDate promised = date.get();
    LocalDate latest = t.today().plusDays(await.maxWait().toDays());
    if (promised.isAfter(latest)) {
      t.note("promise for " + promised + " held to " + latest);
      promised = latest;
    }
    if (promised.isBefore(t.today())) {
      promised = t.today();
    }
    LocalDate followUp = promised.plusDays(await.grace().toDays() + 1);
    t.promise =
        Optional.of(
            new CampaignState.Promise(
                promised, followUp.atStartOfDay(t.ctx.profile().zone()).toInstant()));
    t.planned = Optional.empty();
    t.note("waiting for the promise of " + promised);
  }

  private void optOut(boolean all, ChannelKind channel) {
    if (all || channel == null) {
      t.optedOut = EnumSet.allOf(ChannelKind.class);
      t.note("opted out of every channel");
    } else {
      t.optedOut.add(channel);
      t.note("opted out of " + channel);
    }
    t.planned = Optional.empty();
    if (!t.anyChannelLeft()) {
      t.pending.clear();
      if (t.phase != CampaignState.Phase.FINISHED) {
        t.finish(Outcome.OPTED_OUT);
      }
    }
  }

  void nextChannel() {
    if (t.lastMessage.isEmpty() || t.lastMessage.get().step() < 0) {
      t.note("no step message to send on another channel; plan continues");
      return;
    }
    CampaignState.LastMessage last = t.lastMessage.get();
    List<ChannelKind> order = t.playbook.steps().get(last.step()).channels().channels();
    for (int i = last.channelIndex() + 1; i < order.size(); i++) {
      ChannelKind next = order.get(i);
      if (!t.usable(List.of(next), t.stepIntent(last.step())).isEmpty()) {
        t.planned =
            Optional.of(
                new CampaignState.Planned(last.step(), next, i, Optional.empty(), t.now, true));
        t.note("will resend step " + t.playbook.steps().get(last.step()).id() + " by " + next);
        return;
      }
    }
    t.pause(
        Task.TaskKind.PERSONAL_ATTENTION,
        "no further channel of step "
            + t.playbook.steps().get(last.step()).id()
            + " reaches the customer",
        Task.TaskPriority.NORMAL,
        Duration.ofDays(1));
  }

  private void repeatFrom(Reaction.RepeatFrom repeat) {
    if (t.repeats >= repeat.maxRepeats()) {
      t.note("loop to " + repeat.stepId() + " ran " + t.repeats + " time(s); plan continues");
      return;
    }
    int index = t.playbook.indexOf(repeat.stepId()).orElseThrow();
    t.repeats++;
    t.nextStep = index;
    t.planned = Optional.empty();
    t.notBefore = Optional.of(t.now.plus(repeat.delay()));
    t.note("back to step " + repeat.stepId() + " after " + repeat.delay());
  }

  private void taskCompleted(Event.TaskCompleted completed) {
    int i = openTask(completed.taskId());
    t.tasks.set(i, t.tasks.get(i).completed(completed.outcome(), completed.person(), t.now));
    TaskOutcome outcome = completed.outcome();
    t.note("task " + completed.taskId() + " done by " + completed.person() + ": " + name(outcome));
    if (outcome instanceof TaskOutcome.Promised promised) {
      Reaction reaction = t.playbook.reactionTo(Trigger.PROMISE_TO_PAY);
      awaitPromise(
          reaction instanceof Reaction.AwaitPromise await ? await : DEFAULT_PROMISE,
          Optional.of(promised.date()));
      resumeIfFree();
    } else if (outcome instanceof TaskOutcome.Disputed disputed) {
      t.pause(
          Task.TaskKind.RESOLVE_DISPUTE,
          "dispute: " + disputed.note(),
          Task.TaskPriority.HIGH,
          Duration.ofDays(2));
    } else if (outcome instanceof TaskOutcome.PaymentVerified) {
      t.settleAll();
      t.finish(Outcome.MARKED_PAID);
    } else if (outcome instanceof TaskOutcome.CloseCampaign) {
      t.finish(Outcome.STOPPED);
    } else {
      resumeIfFree();
    }
  }

  private void resumeIfFree() {
    if (t.phase == CampaignState.Phase.PAUSED && t.tasks.stream().noneMatch(Task::isOpen)) {
      t.phase = CampaignState.Phase.ACTIVE;
      t.planned = Optional.empty();
      t.note("resumed");
    }
  }

  private void manual(Event.Manual manual) {
    String who = " by " + manual.person() + ": " + manual.reason();
    switch (manual.action()) {
      case SEND_NOW -> {
        if (t.phase != CampaignState.Phase.ACTIVE) {
          throw new InvalidInputException(
              "action",
              "SEND_NOW needs an active campaign; this one is "
                  + t.phase
                  + (t.phase == CampaignState.Phase.PAUSED ? " (resume it first)" : ""));
        }
        if (t.nextStep >= t.playbook.steps().size()) {
          throw new InvalidInputException("action", "SEND_NOW: every step has already run");
        }
        t.promise = Optional.empty();
        t.planned = Optional.empty();
        t.sendNow = true;
        t.note("send now" + who);
      }
      case PAUSE -> {
        requireNotFinished(manual);
        t.pause(
            Task.TaskKind.REVIEW_PAUSE,
            "paused" + who,
            Task.TaskPriority.NORMAL,
            Duration.ofDays(3));
      }
      case RESUME -> {
        requireNotFinished(manual);
        for (int i = 0; i < t.tasks.size(); i++) {
          if (t.tasks.get(i).isOpen()) {
            t.tasks.set(
                i, t.tasks.get(i).completed(new TaskOutcome.Resolved(), manual.person(), t.now));
          }
        }
        t.note("resume" + who);
        resumeIfFree();
      }
      case SKIP_STEP -> {
        requireNotFinished(manual);
        if (t.nextStep >= t.playbook.steps().size()) {
          throw new InvalidInputException("action", "SKIP_STEP: every step has already run");
        }
        t.note("skipped step " + t.playbook.steps().get(t.nextStep).id() + who);
        t.nextStep++;
        t.planned = Optional.empty();
      }
      case STOP -> {
        t.note("stop" + who);
        t.finish(Outcome.STOPPED);
      }
      case MARK_PAID -> {
        t.note("marked paid" + who);
        t.settleAll();
        t.finish(Outcome.MARKED_PAID);
      }
    }
  }

  private void requireNotFinished(Event.Manual manual) {
    if (t.phase == CampaignState.Phase.FINISHED) {
      throw new InvalidInputException("action", manual.action() + ": the campaign is finished");
    }
  }

  private int openTask(String taskId) {
    for (int i = 0; i < t.tasks.size(); i++) {
      if (t.tasks.get(i).id().equals(taskId)) {
        if (!t.tasks.get(i).isOpen()) {
          throw new InvalidInputException("taskId", "task " + taskId + " is already completed");
        }
        return i;
      }
    }
    throw new InvalidInputException("taskId", "no task " + taskId + " in this campaign");
  }

  private static String name(TaskOutcome outcome) {
    return outcome.getClass().getSimpleName();
  }
}
