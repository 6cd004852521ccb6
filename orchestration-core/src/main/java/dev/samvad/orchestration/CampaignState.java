package dev.samvad.orchestration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.culture.MessageIntent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the engine knows about one customer's conversation. Immutable; the engine returns a
 * new state for every change. One campaign per customer holds all their open invoices, so one
 * reminder speaks about all of them and the frequency caps hold across them.
 *
 * <p>A campaign is always in exactly one of three conditions, which {@link #waiting()} names:
 * waiting for a time (a step, a promise, a contact window, a cap), waiting for a person (an open
 * task), or finished.
 *
 * @param campaignId the campaign
 * @param customerId the customer
 * @param playbookId the playbook it follows
 * @param playbookVersion the playbook version it started on
 * @param phase active, paused for a person, or finished
 * @param outcome how it finished, once finished
 * @param items the invoices of the conversation, settled ones included
 * @param nextStep index of the next playbook step
 * @param shiftDays days the plan was moved later (extensions granted)
 * @param planned the next message as planned: step, channel, time
 * @param wakeAt when to look at the campaign next; empty when waiting only for a person or done
 * @param promise a promise to pay being waited for
 * @param lastMessage the last payment message sent, for silence and fallbacks
 * @param repliedSinceStep whether the customer replied since the last step ran
 * @param optedOut channels the customer opted out of
 * @param paymentMessages when payment messages went out, the last week's, for the frequency caps
 * @param pending messages owed to the customer (thanks, acknowledgements, invoices) waiting for a
 *     permitted time
 * @param tasks tasks created for people, open and done
 * @param executionSeq executions created so far
 * @param repeats loops run so far
 * @param remindersSent payment messages sent so far
 * @param escalatedAt when the last "every step done" task was made
 * @param holdOut whether the customer gets the plain baseline (for measuring uplift)
 * @param seenEvents ids of the events applied, the most recent {@value #SEEN_EVENTS}
 * @param history what happened, the most recent {@value #HISTORY} entries
 * @param createdAt when the campaign started
 */
public record CampaignState(
    CampaignId campaignId,
    CustomerId customerId,
    String playbookId,
    int playbookVersion,
    Phase phase,
    Optional<Outcome> outcome,
    List<OpenItem> items,
    int nextStep,
    int shiftDays,
    Optional<Planned> planned,
    Optional<Instant> wakeAt,
    Optional<Promise> promise,
    Optional<LastMessage> lastMessage,
    boolean repliedSinceStep,
    Set<ChannelKind> optedOut,
    List<Instant> paymentMessages,
    List<Pending> pending,
    List<Task> tasks,
    int executionSeq,
    int repeats,
    int remindersSent,
    Optional<Instant> escalatedAt,
    boolean holdOut,
    List<String> seenEvents,
    List<HistoryEntry> history,
    Instant createdAt) {

  /** How many event ids a state remembers for deduplication. */
  public static final int SEEN_EVENTS = 256;

  /** How many history entries a state keeps. */
  public static final int HISTORY = 40;

  /** Copies the collections and requires every field. */
  public CampaignState {
    InvalidInputException.require(campaignId, "campaignId");
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(playbookId, "playbookId");
    InvalidInputException.require(phase, "phase");
    InvalidInputException.require(createdAt, "createdAt");
    items = List.copyOf(items);
    optedOut = Set.copyOf(optedOut);
    paymentMessages = List.copyOf(paymentMessages);
    pending = List.copyOf(pending);
    tasks = List.copyOf(tasks);
    seenEvents = List.copyOf(seenEvents);
    history = List.copyOf(history);
  }

  /** What the campaign is waiting for. */
  @JsonIgnore
  public Waiting waiting() {
    if (phase == Phase.FINISHED && pending.isEmpty()) {
      return new Waiting.Finished(outcome.orElse(Outcome.STOPPED));
    }
    if (phase == Phase.PAUSED && pending.isEmpty()) {
      return new Waiting.ForPerson(tasks.stream().filter(Task::isOpen).map(Task::id).toList());
    }
    return new Waiting.ForTime(wakeAt.orElseThrow(() -> new IllegalStateException("no wake")));
  }

  /** What is still owed across the conversation. */
  @JsonIgnore
  public Money outstanding() {
    Money total = Money.ZERO;
    for (OpenItem item : items) {
      total = total.plus(item.outstanding());
    }
    return total;
  }

  /** The invoices still owed on, oldest due first. */
  @JsonIgnore
  public List<OpenItem> openItems() {
    return items.stream()
        .filter(OpenItem::open)
        .sorted(
            java.util.Comparator.comparing(OpenItem::dueDate)
                .thenComparing(i -> i.invoiceId().value()))
        .toList();
  }

  /** The open tasks. */
  @JsonIgnore
  public List<Task> openTasks() {
    return tasks.stream().filter(Task::isOpen).toList();
  }

  /** Whether an event with this id has been applied. */
  public boolean hasSeen(String eventId) {
    return seenEvents.contains(eventId);
  }

  /** Where a campaign is in its life. */
  public enum Phase {
    /** Following the plan; waiting for a time. */
    ACTIVE,
    /** Waiting for a person to complete a task. */
    PAUSED,
    /** Done; at most owed messages (thanks) still go out. */
    FINISHED
  }

  /** What a campaign is waiting for. */
  public sealed interface Waiting {
    /**
     * A time.
     *
     * @param at when
     */
    record ForTime(Instant at) implements Waiting {}

    /**
     * A person.
     *
     * @param taskIds the open tasks
     */
    record ForPerson(List<String> taskIds) implements Waiting {}

    /**
     * Nothing: the campaign is finished.
     *
     * @param outcome how
     */
    record Finished(Outcome outcome) implements Waiting {}
  }

  /**
   * The next message as planned.
   *
   * @param step the step index
   * @param channel the channel chosen
   * @param channelIndex its position in the step's policy
   * @param slot the hour slot the optimiser chose, if it chose
   * @param at the time it is planned for
   * @param redo true when it resends an earlier step on another channel
   */
  public record Planned(
      int step,
      ChannelKind channel,
      int channelIndex,
      Optional<SendSlot> slot,
      Instant at,
      boolean redo) {}

  /**
   * A promise to pay.
   *
   * @param date the promised day
   * @param followUpAt when to follow up if the money has not come
   */
  public record Promise(LocalDate date, Instant followUpAt) {}

  /**
   * The last payment message.
   *
   * @param step the step index it ran for (-1 for a promise follow-up)
   * @param executionId its execution
   * @param channel the channel
   * @param channelIndex the channel's position in the step's policy
   * @param at when it was sent
   * @param arm the optimiser's choice, if it chose
   * @param settled true once answered or once silence was handled
   */
  public record LastMessage(
      int step,
      String executionId,
      ChannelKind channel,
      int channelIndex,
      Instant at,
      Optional<Arm> arm,
      boolean settled) {}

  /**
   * A message owed to the customer that waits for a permitted time.
   *
   * @param intent thanks, acknowledgement or invoice delivery
   * @param invoiceId the invoice it speaks about: the one delivered, or the one a payment settled
   * @param amount the amount paid, for thanks
   */
  public record Pending(
      MessageIntent intent, Optional<InvoiceId> invoiceId, Optional<Money> amount) {}

  /**
   * One line of the campaign's history.
   *
   * @param at when
   * @param what what happened
   */
  public record HistoryEntry(Instant at, String what) {}
}
