package dev.samvad.orchestration;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.channel.Recipient;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.MessageIntent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A campaign state being changed by one decision: a mutable working copy, the commands so far and
 * the notes. Built, used and dropped inside one call of the engine.
 */
final class Transition {
  static final Duration DAY = Duration.ofDays(1);
  static final Duration WEEK = Duration.ofDays(7);

  final CampaignState before;
  final Context ctx;
  final Instant now;
  final Playbook playbook;

  CampaignState.Phase phase;
  Optional<Outcome> outcome;
  List<OpenItem> items;
  int nextStep;
  int shiftDays;
  Optional<CampaignState.Planned> planned;
  Optional<Instant> wakeAt;
  Optional<CampaignState.Promise> promise;
  Optional<CampaignState.LastMessage> lastMessage;
  boolean repliedSinceStep;
  EnumSet<ChannelKind> optedOut;
  List<Instant> paymentMessages;
  List<CampaignState.Pending> pending;
  List<Task> tasks;
  int executionSeq;
  int repeats;
  int remindersSent;
  Optional<Instant> escalatedAt;
  List<String> seenEvents;
  // Set by events for this decision only: the next step runs no earlier than this / right away.
  Optional<java.time.Instant> notBefore = Optional.empty();
  boolean sendNow;
  final List<Command> commands = new ArrayList<>(4);
  final List<String> notes = new ArrayList<>(4);
  private boolean changed;

  Transition(CampaignState state, Context ctx) {
    this.before = state;
    this.ctx = ctx;
    this.now = ctx.now();
    this.playbook = ctx.playbook();
    phase = state.phase();
    outcome = state.outcome();
    items = new ArrayList<>(state.items());
    nextStep = state.nextStep();
    shiftDays = state.shiftDays();
    planned = state.planned();
    wakeAt = state.wakeAt();
    promise = state.promise();
    lastMessage = state.lastMessage();
    repliedSinceStep = state.repliedSinceStep();
    optedOut =
        state.optedOut().isEmpty()
            ? EnumSet.noneOf(ChannelKind.class)
            : EnumSet.copyOf(state.optedOut());
    paymentMessages = new ArrayList<>(state.paymentMessages());
    pending = new ArrayList<>(state.pending());
    tasks = new ArrayList<>(state.tasks());
    executionSeq = state.executionSeq();
    repeats = state.repeats();
    remindersSent = state.remindersSent();
    escalatedAt = state.escalatedAt();
    seenEvents = state.seenEvents();
  }

  void note(String text) {
    notes.add(text);
    changed = true;
  }

  void remember(Optional<String> eventId) {
    if (eventId.isPresent()) {
      List<String> seen = new ArrayList<>(seenEvents.size() + 1);
      int from = Math.max(0, seenEvents.size() - CampaignState.SEEN_EVENTS + 1);
      seen.addAll(seenEvents.subList(from, seenEvents.size()));
      seen.add(eventId.get());
      seenEvents = seen;
      changed = true;
    }
  }

  void touch() {
    changed = true;
  }

  // ---- queries ------------------------------------------------------------------------------

  /** Open invoices, oldest due first (then by id); a loop, not a stream: it runs per decision. */
  List<OpenItem> openItems() {
    if (items.size() == 1) {
      OpenItem only = items.get(0);
      return only.open() ? List.of(only) : List.of();
    }
    List<OpenItem> open = new ArrayList<>(items.size());
    for (OpenItem item : items) {
      if (item.open()) {
        open.add(item);
      }
    }
    if (open.size() > 1) {
      open.sort(DUE_ORDER);
    }
    return Collections.unmodifiableList(open);
  }

  private static final Comparator<OpenItem> DUE_ORDER =
      Comparator.comparing(OpenItem::dueDate).thenComparing(i -> i.invoiceId().value());

  String outstandingText() {
    Money total = Money.ZERO;
    for (OpenItem item : items) {
      total = total.plus(item.outstanding());
    }
    return total.format();
  }

  LocalDate today() {
    return now.atZone(ctx.profile().zone()).toLocalDate();
  }

  /** The start of the day a step falls on, for the conversation's oldest open invoice. */
  Optional<ZonedDateTime> stepDay(int index) {
    List<OpenItem> open = openItems();
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Step step = playbook.steps().get(index);
    LocalDate anchor =
        step.anchor() == StepAnchor.DUE_DATE ? open.get(0).dueDate() : earliestIssue(open);
    return Optional.of(
        anchor.plusDays(step.dayOffset() + (long) shiftDays).atStartOfDay(ctx.profile().zone()));
  }

  private static LocalDate earliestIssue(List<OpenItem> open) {
    LocalDate earliest = open.get(0).issueDate();
    for (OpenItem item : open) {
      if (item.issueDate().isBefore(earliest)) {
        earliest = item.issueDate();
      }
    }
    return earliest;
  }

  /**
   * Channels the customer has an address for and has not opted out of, and on which the tenant's
   * facts can write a message of {@code intent}, in {@code order}.
   */
  List<ChannelKind> usable(List<ChannelKind> order, MessageIntent intent) {
    List<ChannelKind> usable = new ArrayList<>(order.size());
    for (ChannelKind channel : order) {
      if (reachable(channel) && MessageComposer.canWrite(ctx.policy(), channel, intent)) {
        usable.add(channel);
      }
    }
    return usable;
  }

  private boolean reachable(ChannelKind channel) {
    return !optedOut.contains(channel) && ctx.customer().recipient(channel).isPresent();
  }

  boolean anyChannelLeft() {
    for (ChannelKind channel : ChannelKind.values()) {
      if (reachable(channel)) {
        return true;
      }
    }
    return false;
  }

  /** The intent of a message step. */
  MessageIntent stepIntent(int index) {
    return ((StepAction.SendMessage) playbook.steps().get(index).action()).intent();
  }

  /** Whether {@code channel} may be used for {@code purpose} at this very moment. */
  boolean allowedNow(ChannelKind channel, ContactPurpose purpose) {
    ZonedDateTime slot = quarterFloor(now.atZone(ctx.profile().zone()));
    try {
      return ctx.policy().windows().nextAllowed(slot, channel, ctx.profile(), purpose).equals(slot);
    } catch (InvalidInputException noSlot) {
      return false;
    }
  }

  /** The earliest permitted instant at or after now. */
  Instant nextAllowed(Instant from, ChannelKind channel, ContactPurpose purpose) {
    ZonedDateTime desired = from.atZone(ctx.profile().zone());
    return ctx.policy().windows().nextAllowed(desired, channel, ctx.profile(), purpose).toInstant();
  }

  static ZonedDateTime quarterFloor(ZonedDateTime time) {
    return time.withSecond(0).withNano(0).withMinute(time.getMinute() / 15 * 15);
  }

  /** When the frequency caps next allow a payment message; {@code now} when they already do. */
  Instant capsFreeAt() {
    paymentMessages.removeIf(t -> !t.isAfter(now.minus(WEEK)));
    FrequencyCaps caps = ctx.policy().caps();
    Instant free = now;
    free = latest(free, windowFree(caps.perDay(), DAY));
    free = latest(free, windowFree(caps.perWeek(), WEEK));
    return free;
  }

  private Instant windowFree(int limit, Duration window) {
    Instant since = now.minus(window);
    Instant[] inWindow = new Instant[paymentMessages.size()];
    int count = 0;
    for (Instant sent : paymentMessages) {
      if (sent.isAfter(since)) {
        inWindow[count++] = sent;
      }
    }
    if (count < limit) {
      return now;
    }
    Arrays.sort(inWindow, 0, count);
    return inWindow[count - limit].plus(window);
  }

  static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  // ---- changes ------------------------------------------------------------------------------

  ExecutionId newExecutionId() {
    executionSeq++;
    return new ExecutionId(shortId(before.campaignId()) + ":m" + executionSeq);
  }

  String newTaskId() {
    return shortId(before.campaignId()) + ":t" + (tasks.size() + 1);
  }

  // Keeps derived ids within the 64-character limit of ids.
  static String shortId(CampaignId id) {
    String value = id.value();
    if (value.length() <= 52) {
      return value;
    }
    long hash = 0xcbf29ce484222325L;
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return value.substring(0, 35) + "-" + Long.toHexString(hash);
  }

  Task createTask(Task.TaskKind kind, String reason, Task.TaskPriority priority, Duration within) {
    Task task = Task.open(newTaskId(), kind, reason, priority, now, now.plus(within));
    tasks.add(task);
    commands.add(new Command.CreateTask(task));
    note("task " + task.id() + " (" + kind + "): " + reason);
    return task;
  }

  /**
   * Hands the campaign to a person. A task still open for the same matter already has it: a second
   * one would only repeat it in the inbox, so none is made (a repeat comes only once that one is
   * completed and the playbook calls for it again).
   */
  void pause(Task.TaskKind kind, String reason, Task.TaskPriority priority, Duration within) {
    Optional<Task> open = openTaskFor(kind, reason);
    if (open.isPresent()) {
      note("task " + open.get().id() + " is still open for this: " + reason);
    } else {
      createTask(kind, reason, priority, within);
    }
    phase = CampaignState.Phase.PAUSED;
    planned = Optional.empty();
  }

  /** The open task for the same matter, if one is still with a person. */
  Optional<Task> openTaskFor(Task.TaskKind kind, String reason) {
    for (Task task : tasks) {
      if (task.isOpen() && task.sameMatter(kind, reason)) {
        return Optional.of(task);
      }
    }
    return Optional.empty();
  }

  /** When the last task of {@code kind} was completed, if one was. */
  Optional<Instant> lastCompleted(Task.TaskKind kind) {
    Optional<Instant> last = Optional.empty();
    for (Task task : tasks) {
      if (task.kind() == kind && task.completedAt().isPresent()) {
        Instant at = task.completedAt().get();
        if (last.isEmpty() || at.isAfter(last.get())) {
          last = Optional.of(at);
        }
      }
    }
    return last;
  }

  void finish(Outcome how) {
    if (how == Outcome.STOPPED && !pending.isEmpty()) {
      // A stopped campaign sends nothing more, not even the messages it owed (also when it had
      // finished already and was only waiting to send them).
      note("dropped " + pending.size() + " owed message(s): the campaign is stopped");
      pending.clear();
    }
    if (phase == CampaignState.Phase.FINISHED) {
      return;
    }
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      if (task.isOpen()) {
        tasks.set(i, task.completed(new TaskOutcome.CloseCampaign(), "samvad", now));
      }
    }
    // Nothing follows a finished campaign's last message: learn from it now (paid means answered).
    settleLastMessage(how == Outcome.PAID || how == Outcome.MARKED_PAID);
    phase = CampaignState.Phase.FINISHED;
    outcome = Optional.of(how);
    planned = Optional.empty();
    promise = Optional.empty();
    commands.add(new Command.Complete(how));
    note("finished: " + how);
  }

  /** Settles every invoice: a person says everything is paid. */
  void settleAll() {
    for (int i = 0; i < items.size(); i++) {
      OpenItem item = items.get(i);
      if (item.open()) {
        items.set(i, item.pay(item.outstanding()));
      }
    }
    touch();
  }

  /** Learns from the last message once: answered (a reply or payment) or not. */
  void settleLastMessage(boolean answered) {
    if (lastMessage.isEmpty() || lastMessage.get().settled()) {
      return;
    }
    CampaignState.LastMessage last = lastMessage.get();
    last.arm().ifPresent(arm -> commands.add(new Command.Learn(arm, answered)));
    lastMessage =
        Optional.of(
            new CampaignState.LastMessage(
                last.step(),
                last.executionId(),
                last.channel(),
                last.channelIndex(),
                last.at(),
                last.arm(),
                true));
    touch();
  }

  /** Renders and queues one message. */
  void send(
      MessageIntent intent,
      ChannelKind channel,
      String stepId,
      List<OpenItem> about,
      Optional<LocalDate> promiseDate,
      Optional<Money> paid,
      Optional<Arm> arm,
      int step,
      int channelIndex) {
    Recipient recipient = ctx.customer().recipient(channel).orElseThrow();
    ExecutionId id = newExecutionId();
    boolean baseline = before.holdOut();
    MessageComposer.Composed composed =
        ctx.composer()
            .compose(
                ctx,
                id,
                intent,
                channel,
                recipient,
                about,
                promiseDate,
                paid,
                baseline,
                remindersSent);
    List<InvoiceId> invoices = new ArrayList<>(about.size());
    for (OpenItem item : about) {
      invoices.add(item.invoiceId());
    }
    commands.add(
        new Command.Send(
            id,
            stepId,
            intent,
            purposeOf(intent),
            composed.message(),
            invoices,
            composed.templateLanguage(),
            baseline,
            arm));
    if (isPaymentMessage(intent)) {
      // The message it replaces got no answer before the plan moved on.
      settleLastMessage(false);
      paymentMessages.add(now);
      remindersSent++;
      lastMessage =
          Optional.of(
              new CampaignState.LastMessage(
                  step, id.value(), channel, channelIndex, now, arm, false));
    }
    note("sent " + intent + " by " + channel + " (" + id.value() + ")");
  }

  /**
   * Whether a message is a payment reminder: counted by the frequency caps, followed for silence
   * and held while paused. Invoices ask for money too but are documents, not reminders.
   */
  static boolean isPaymentMessage(MessageIntent intent) {
    return purposeOf(intent) == ContactPurpose.PAYMENT_REMINDER;
  }

  static ContactPurpose purposeOf(MessageIntent intent) {
    return switch (intent) {
      case INVOICE_DELIVERY -> ContactPurpose.INVOICE_DELIVERY;
      case PAYMENT_THANKS, DISPUTE_ACKNOWLEDGEMENT -> ContactPurpose.TRANSACTIONAL;
      case FESTIVAL_GREETING -> ContactPurpose.GREETING;
      default -> ContactPurpose.PAYMENT_REMINDER;
    };
  }

  // ---- result -------------------------------------------------------------------------------

  Decision advanceAndDecide() {
    new Advance(this).run();
    return decide();
  }

  Decision decide() {
    if (!changed && commands.isEmpty() && wakeAt.equals(before.wakeAt())) {
      return new Decision(before, List.of(), notes);
    }
    List<CampaignState.HistoryEntry> history = new ArrayList<>(before.history());
    for (String note : notes) {
      history.add(new CampaignState.HistoryEntry(now, note));
    }
    if (history.size() > CampaignState.HISTORY) {
      history = history.subList(history.size() - CampaignState.HISTORY, history.size());
    }
    CampaignState state =
        new CampaignState(
            before.campaignId(),
            before.customerId(),
            before.playbookId(),
            before.playbookVersion(),
            phase,
            outcome,
            items,
            nextStep,
            shiftDays,
            planned,
            wakeAt,
            promise,
            lastMessage,
            repliedSinceStep,
            optedOut,
            paymentMessages,
            pending,
            tasks,
            executionSeq,
            repeats,
            remindersSent,
            escalatedAt,
            before.holdOut(),
            seenEvents,
            history,
            before.createdAt());
    return new Decision(state, commands, notes);
  }
}
