package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.MessageIntent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Moves a campaign forward to {@code now} after an event: sends what is owed and permitted, runs
 * the steps that are due, and works out when to look again.
 */
final class Advance {
  private static final java.time.LocalTime BASELINE_HOUR = java.time.LocalTime.of(10, 0);

  private final Transition t;
  private Instant wake;

  Advance(Transition transition) {
    this.t = transition;
  }

  void run() {
    sendPending();
    if (t.phase == CampaignState.Phase.ACTIVE) {
      followPlan();
    }
    settleWake();
  }

  private void candidate(Instant at) {
    if (wake == null || at.isBefore(wake)) {
      wake = at;
    }
  }

  private void sendPending() {
    Iterator<CampaignState.Pending> it = t.pending.iterator();
    while (it.hasNext()) {
      CampaignState.Pending owed = it.next();
      if (owed.intent() == MessageIntent.INVOICE_DELIVERY && owed.invoiceId().isPresent()) {
        Optional<OpenItem> invoice =
            t.items.stream().filter(i -> i.invoiceId().equals(owed.invoiceId().get())).findFirst();
        if (invoice.isPresent() && !invoice.get().open()) {
          // Its pay link and amount would ask for money that is no longer owed.
          it.remove();
          t.note("invoice " + invoice.get().invoiceNumber() + " is settled; not delivered");
          continue;
        }
      }
      ContactPurpose purpose = Transition.purposeOf(owed.intent());
      List<ChannelKind> order = new ArrayList<>();
      if (owed.intent() != MessageIntent.INVOICE_DELIVERY && t.lastMessage.isPresent()) {
        order.add(t.lastMessage.get().channel());
      }
      order.addAll(t.ctx.policy().invoiceChannels());
      order.addAll(t.ctx.profile().preferredChannels().value());
      List<ChannelKind> usable = t.usable(order.stream().distinct().toList(), owed.intent());
      if (usable.isEmpty()) {
        it.remove();
        t.note("no channel left for " + owed.intent() + "; not sent");
        continue;
      }
      ChannelKind channel = usable.get(0);
      if (!t.allowedNow(channel, purpose)) {
        try {
          candidate(t.nextAllowed(t.now, channel, purpose));
        } catch (InvalidInputException noSlot) {
          // The tenant's rules leave no time at all: keep the message and look again later,
          // saying so once per look rather than on every event in between.
          if (t.before.wakeAt().map(w -> !w.isAfter(t.now)).orElse(true)) {
            t.note(
                "no permitted time for "
                    + owed.intent()
                    + " by "
                    + channel
                    + " within "
                    + ContactWindowPolicy.HORIZON.toDays()
                    + " days; will look again then");
          }
          candidate(t.now.plus(ContactWindowPolicy.HORIZON));
        }
        continue;
      }
      List<OpenItem> about = about(owed);
      if (about.isEmpty()) {
        it.remove();
        t.note(owed.intent() + " has no invoice to speak about; not sent");
        continue;
      }
      t.send(
          owed.intent(),
          channel,
          owed.intent().name().toLowerCase(java.util.Locale.ROOT),
          about,
          Optional.empty(),
          owed.amount(),
          Optional.empty(),
          -1,
          0);
      it.remove();
    }
  }

  private List<OpenItem> about(CampaignState.Pending owed) {
    if (owed.invoiceId().isPresent()) {
      return t.items.stream().filter(i -> i.invoiceId().equals(owed.invoiceId().get())).toList();
    }
    List<OpenItem> open = t.openItems();
    if (!open.isEmpty()) {
      return open;
    }
    // Thanks after everything is paid: speak about the invoice that fell due last.
    return t.items.stream()
        .max(java.util.Comparator.comparing(OpenItem::dueDate))
        .map(List::of)
        .orElse(List.of());
  }

  private void followPlan() {
    int guard = 4 * t.playbook.steps().size() + 8;
    while (t.phase == CampaignState.Phase.ACTIVE && guard-- > 0) {
      if (t.promise.isPresent()) {
        if (!followUpPromise()) {
          return;
        }
        continue;
      }
      if (t.lastMessage.isPresent() && !t.lastMessage.get().settled()) {
        Instant silenceAt = t.lastMessage.get().at().plus(t.playbook.silence());
        if (!t.now.isBefore(silenceAt)) {
          t.settleLastMessage(false);
          new EventHandler(t).react(Trigger.SILENCE, Optional.empty(), Optional.empty(), false);
          continue;
        }
        candidate(silenceAt);
      }
      if (t.planned.isEmpty()) {
        if (!plan()) {
          return;
        }
        continue;
      }
      if (!sendPlanned()) {
        return;
      }
    }
    if (guard <= 0) {
      throw new IllegalStateException("campaign " + t.before.campaignId() + " did not settle");
    }
  }

  /** Follows up a promise that fell due; false when the campaign must now wait. */
  private boolean followUpPromise() {
    CampaignState.Promise promise = t.promise.get();
    if (t.now.isBefore(promise.followUpAt())) {
      candidate(promise.followUpAt());
      return false;
    }
    List<ChannelKind> order = new ArrayList<>();
    t.lastMessage.ifPresent(m -> order.add(m.channel()));
    int step = Math.min(t.nextStep, t.playbook.steps().size() - 1);
    order.addAll(t.playbook.steps().get(step).channels().channels());
    order.addAll(t.ctx.profile().preferredChannels().value());
    List<ChannelKind> usable =
        t.usable(order.stream().distinct().toList(), MessageIntent.PROMISE_FOLLOW_UP);
    if (usable.isEmpty()) {
      t.promise = Optional.empty();
      t.pause(
          Task.TaskKind.PERSONAL_ATTENTION,
          "the promise of " + promise.date() + " fell due and no channel reaches the customer",
          Task.TaskPriority.NORMAL,
          Duration.ofDays(1));
      return false;
    }
    ChannelKind channel = usable.get(0);
    Optional<Instant> ready = readyAt(channel, ContactPurpose.PAYMENT_REMINDER, t.now);
    if (ready.isEmpty()) {
      return false;
    }
    if (ready.get().isAfter(t.now)) {
      candidate(ready.get());
      return false;
    }
    t.send(
        MessageIntent.PROMISE_FOLLOW_UP,
        channel,
        "promise",
        t.openItems(),
        Optional.of(promise.date()),
        Optional.empty(),
        Optional.empty(),
        -1,
        0);
    t.promise = Optional.empty();
    t.planned = Optional.empty();
    return true;
  }

  /** Plans the next step; false when the campaign must now wait (for a time or a person). */
  private boolean plan() {
    int steps = t.playbook.steps().size();
    if (t.nextStep >= steps) {
      escalate();
      return false;
    }
    if (!t.sendNow && t.notBefore.isEmpty()) {
      while (t.nextStep + 1 < steps && !t.now.isBefore(day(t.nextStep + 1).toInstant())) {
        t.note("skipped step " + t.playbook.steps().get(t.nextStep).id() + ": its day has passed");
        t.nextStep++;
      }
    }
    Step step = t.playbook.steps().get(t.nextStep);
    if (step.onlyIfSilent() && t.repliedSinceStep) {
      t.note("skipped step " + step.id() + ": the customer has replied");
      t.nextStep++;
      t.repliedSinceStep = false;
      return true;
    }
    ZonedDateTime day = day(t.nextStep);
    if (t.sendNow) {
      day = t.now.atZone(t.ctx.profile().zone());
    }
    if (t.notBefore.isPresent() && t.notBefore.get().isAfter(day.toInstant())) {
      day = t.notBefore.get().atZone(t.ctx.profile().zone());
    }
    if (step.action() instanceof StepAction.CallTask call) {
      if (t.now.isBefore(day.toInstant())) {
        candidate(day.toInstant());
        return false;
      }
      if (t.optedOut.contains(ChannelKind.VOICE)) {
        t.note("skipped step " + step.id() + ": the customer asked not to be called");
        t.nextStep++;
        return true;
      }
      t.pause(Task.TaskKind.CALL, call.reason(), Task.TaskPriority.NORMAL, call.dueWithin());
      t.nextStep++;
      t.repliedSinceStep = false;
      return false;
    }
    List<ChannelKind> usable = t.usable(step.channels().channels(), t.stepIntent(t.nextStep));
    if (usable.isEmpty()) {
      t.note("skipped step " + step.id() + ": no channel of it reaches the customer");
      t.nextStep++;
      return true;
    }
    ChannelKind channel = usable.get(0);
    Optional<SendSlot> slot = Optional.empty();
    if (step.channels() instanceof ChannelPolicy.Optimise && !t.before.holdOut()) {
      Arm arm = t.ctx.ranker().choose(t.ctx.segment(), usable, seed());
      channel = arm.channel();
      slot = Optional.of(arm.slot());
    }
    ZonedDateTime now = t.now.atZone(t.ctx.profile().zone());
    ZonedDateTime desired;
    boolean preferred = false;
    if (t.sendNow) {
      desired = now;
    } else if (slot.isPresent()) {
      desired = day.with(slot.get().start());
    } else if (t.before.holdOut()) {
      desired = day.with(BASELINE_HOUR);
    } else {
      desired = day;
      preferred = true;
    }
    if (desired.isBefore(now)) {
      desired = now;
    }
    Optional<Instant> at = slotFor(desired, channel, preferred);
    if (at.isEmpty()) {
      return false;
    }
    t.planned =
        Optional.of(
            new CampaignState.Planned(
                t.nextStep,
                channel,
                step.channels().channels().indexOf(channel),
                slot,
                at.get(),
                false));
    t.touch();
    return true;
  }

  /** Sends the planned message if its time, window and caps allow; false when it must wait. */
  private boolean sendPlanned() {
    CampaignState.Planned plan = t.planned.get();
    if (t.now.isBefore(plan.at())) {
      candidate(plan.at());
      return false;
    }
    if (t.usable(List.of(plan.channel()), t.stepIntent(plan.step())).isEmpty()) {
      t.planned = Optional.empty();
      return true;
    }
    Optional<Instant> ready = readyAt(plan.channel(), ContactPurpose.PAYMENT_REMINDER, t.now);
    if (ready.isEmpty()) {
      return false;
    }
    if (ready.get().isAfter(t.now)) {
      t.planned =
          Optional.of(
              new CampaignState.Planned(
                  plan.step(),
                  plan.channel(),
                  plan.channelIndex(),
                  plan.slot(),
                  ready.get(),
                  plan.redo()));
      candidate(ready.get());
      return false;
    }
    Step step = t.playbook.steps().get(plan.step());
    MessageIntent intent = ((StepAction.SendMessage) step.action()).intent();
    Optional<Arm> arm = plan.slot().map(s -> new Arm(t.ctx.segment(), plan.channel(), s));
    t.send(
        intent,
        plan.channel(),
        step.id(),
        t.openItems(),
        Optional.empty(),
        Optional.empty(),
        arm,
        plan.step(),
        plan.channelIndex());
    if (!plan.redo()) {
      t.nextStep = plan.step() + 1;
      t.repliedSinceStep = false;
    }
    t.planned = Optional.empty();
    t.sendNow = false;
    t.notBefore = Optional.empty();
    return true;
  }

  /**
   * When a payment message on {@code channel} may go: {@code now} if the window and caps allow it,
   * else the first time both do. Empty when no permitted time exists (the campaign is paused).
   */
  private Optional<Instant> readyAt(ChannelKind channel, ContactPurpose purpose, Instant from) {
    Instant caps = t.capsFreeAt();
    if (caps.equals(from) && t.allowedNow(channel, purpose)) {
      return Optional.of(from);
    }
    // Later instants keep the caps free: nothing else is sent meanwhile.
    return nextAllowed(Transition.latest(caps, from), channel, purpose);
  }

  private Optional<Instant> nextAllowed(Instant from, ChannelKind channel, ContactPurpose purpose) {
    try {
      return Optional.of(t.nextAllowed(from, channel, purpose));
    } catch (InvalidInputException noSlot) {
      noPermittedTime(channel);
      return Optional.empty();
    }
  }

  private Optional<Instant> slotFor(ZonedDateTime desired, ChannelKind channel, boolean preferred) {
    try {
      ZonedDateTime at =
          preferred
              ? t.ctx
                  .policy()
                  .windows()
                  .nextPreferred(desired, channel, t.ctx.profile(), ContactPurpose.PAYMENT_REMINDER)
              : t.ctx
                  .policy()
                  .windows()
                  .nextAllowed(desired, channel, t.ctx.profile(), ContactPurpose.PAYMENT_REMINDER);
      return Optional.of(at.toInstant());
    } catch (InvalidInputException noSlot) {
      noPermittedTime(channel);
      return Optional.empty();
    }
  }

  private void noPermittedTime(ChannelKind channel) {
    t.pause(
        Task.TaskKind.PERSONAL_ATTENTION,
        "the contact rules leave no permitted time on " + channel + " in the next 60 days",
        Task.TaskPriority.NORMAL,
        Duration.ofDays(1));
  }

  private void escalate() {
    Instant at = t.now;
    if (t.lastMessage.isPresent()) {
      at = Transition.latest(at, t.lastMessage.get().at().plus(t.playbook.silence()));
    }
    if (t.escalatedAt.isPresent()) {
      at = Transition.latest(at, t.escalatedAt.get().plus(t.playbook.silence()));
    }
    // A repeat waits a silence period from when a person finished the last one (say, a call
    // nobody answered), not from when it was made: a task worked late must not be followed by a
    // fresh one at once.
    Optional<Instant> done = t.lastCompleted(Task.TaskKind.ESCALATION);
    if (done.isPresent()) {
      at = Transition.latest(at, done.get().plus(t.playbook.silence()));
    }
    if (t.now.isBefore(at)) {
      candidate(at);
      return;
    }
    t.escalatedAt = Optional.of(t.now);
    t.pause(
        Task.TaskKind.ESCALATION,
        "every step has run and " + t.outstandingText() + " is still owed",
        Task.TaskPriority.NORMAL,
        Duration.ofDays(2));
  }

  private ZonedDateTime day(int index) {
    return t.stepDay(index).orElseThrow(() -> new IllegalStateException("no open invoice"));
  }

  private long seed() {
    return t.before.campaignId().value().hashCode() * 1_000_003L + t.executionSeq;
  }

  private void settleWake() {
    boolean waitsForTime = !t.pending.isEmpty() || t.phase == CampaignState.Phase.ACTIVE;
    if (!waitsForTime) {
      t.wakeAt = Optional.empty();
      return;
    }
    if (wake == null) {
      throw new IllegalStateException(
          "campaign " + t.before.campaignId() + " is " + t.phase + " with nothing to wait for");
    }
    if (!t.wakeAt.equals(Optional.of(wake))) {
      t.wakeAt = Optional.of(wake);
      t.touch();
    }
    t.commands.add(new Command.Wake(wake));
  }
}
