package dev.samvad.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.culture.MessageIntent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A campaign driven step by step in an example test: it applies events at given times, wakes the
 * campaign when it asks, and keeps every command with the time it was issued.
 */
final class Conversation {
  static final CampaignEngine ENGINE = CampaignEngine.create();

  /**
   * A command and when the engine issued it.
   *
   * @param at the decision's time
   * @param command the command
   */
  record Issued(Instant at, Command command) {}

  private final Function<Instant, Context> contexts;
  final List<Issued> issued = new ArrayList<>();
  CampaignState state;
  Instant now;

  private Conversation(Function<Instant, Context> contexts) {
    this.contexts = contexts;
  }

  /** Starts a campaign at {@code at} for {@code items}. */
  static Conversation start(
      Function<Instant, Context> contexts, Instant at, boolean holdOut, OpenItem... items) {
    Conversation c = new Conversation(contexts);
    c.now = at;
    c.take(
        ENGINE.start(
            Fixtures.CAMPAIGN, Fixtures.CUSTOMER, List.of(items), holdOut, contexts.apply(at)));
    return c;
  }

  /** Starts a campaign on {@code playbook} with the standard fixtures. */
  static Conversation start(Playbook playbook, Instant at, OpenItem... items) {
    return start(t -> Fixtures.context(playbook, t), at, false, items);
  }

  private Decision take(Decision decision) {
    state = decision.state();
    for (Command command : decision.commands()) {
      issued.add(new Issued(now, command));
    }
    return decision;
  }

  /** Applies {@code event} at {@code at}. */
  Decision apply(Event event, Instant at) {
    now = at;
    return take(ENGINE.next(state, event, contexts.apply(at)));
  }

  /**
   * Wakes the campaign at each time it asks for until {@code until}, then moves the clock there.
   */
  Conversation runUntil(Instant until) {
    for (int i = 0; i < 1_000; i++) {
      if (!(state.waiting() instanceof CampaignState.Waiting.ForTime time)
          || time.at().isAfter(until)) {
        now = until.isAfter(now) ? until : now;
        return this;
      }
      apply(new Event.TimeReached(time.at()), time.at());
    }
    throw new AssertionError("the campaign did not settle");
  }

  Decision pay(String paymentId, String invoiceId, long rupees, Instant at) {
    return apply(
        new Event.PaymentReceived(
            paymentId,
            List.of(new Event.Allocation(new InvoiceId(invoiceId), Money.ofRupees(rupees)))),
        at);
  }

  Decision reply(String replyId, ChannelKind channel, Trigger trigger, Instant at) {
    return reply(replyId, channel, trigger, Optional.empty(), at);
  }

  Decision reply(
      String replyId, ChannelKind channel, Trigger trigger, Optional<LocalDate> date, Instant at) {
    return apply(new Event.ReplyReceived(replyId, channel, trigger, date, false), at);
  }

  Decision manual(String actionId, ManualAction action, Instant at) {
    return apply(new Event.Manual(actionId, action, "asha", "customer called us"), at);
  }

  /** Every message sent so far. */
  List<Command.Send> sends() {
    return issued.stream()
        .filter(i -> i.command() instanceof Command.Send)
        .map(i -> (Command.Send) i.command())
        .toList();
  }

  /** The times of every message sent so far, in order. */
  List<Instant> sendTimes() {
    return issued.stream()
        .filter(i -> i.command() instanceof Command.Send)
        .map(Issued::at)
        .toList();
  }

  /** The messages sent at or after {@code from}. */
  List<Command.Send> sendsFrom(Instant from) {
    return issued.stream()
        .filter(i -> i.command() instanceof Command.Send && !i.at().isBefore(from))
        .map(i -> (Command.Send) i.command())
        .toList();
  }

  List<MessageIntent> intents() {
    return sends().stream().map(Command.Send::intent).toList();
  }

  /** Commands of one type issued so far. */
  <T extends Command> List<T> commands(Class<T> type) {
    return issued.stream().map(Issued::command).filter(type::isInstance).map(type::cast).toList();
  }

  /** The only open task. */
  Task openTask() {
    List<Task> open = state.openTasks();
    assertEquals(1, open.size(), () -> "open tasks: " + open);
    return open.get(0);
  }

  /** Asserts the history holds a line containing {@code text}. */
  void assertHistory(String text) {
    assertTrue(
        state.history().stream().anyMatch(h -> h.what().contains(text)),
        () -> "no history line with '" + text + "' in " + state.history());
  }
}
