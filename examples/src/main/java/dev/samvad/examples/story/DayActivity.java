package dev.samvad.examples.story;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Money;
import dev.samvad.orchestration.Outcome;
import dev.samvad.orchestration.Trigger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened on one day of the story: messages sent by channel and language, replies by what
 * Samvad read them as, payments received, tasks opened and closed, campaigns finished. Filled in by
 * {@link SixtyDays} as the day runs; read-only for everyone else.
 */
public final class DayActivity {
  private final int number;
  private final LocalDate date;
  private final Map<ChannelKind, Integer> sent = new EnumMap<>(ChannelKind.class);
  private final Map<String, Integer> languages = new TreeMap<>();
  private final Map<Trigger, Integer> replies = new EnumMap<>(Trigger.class);
  private final Map<Outcome, Integer> finished = new EnumMap<>(Outcome.class);
  private int payments;
  private Money paid = Money.ZERO;
  private int tasksOpened;
  private int tasksClosed;

  DayActivity(int number, LocalDate date) {
    this.number = number;
    this.date = date;
  }

  /** The day's number in the story, from 1. */
  public int number() {
    return number;
  }

  /** The date, in India. */
  public LocalDate date() {
    return date;
  }

  /** Messages sent, by channel. */
  public Map<ChannelKind, Integer> sent() {
    return Collections.unmodifiableMap(sent);
  }

  /** All messages sent. */
  public int messages() {
    return sent.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Messages sent by template language tag. */
  public Map<String, Integer> languages() {
    return Collections.unmodifiableMap(languages);
  }

  /** Replies received, by what Samvad read them as. */
  public Map<Trigger, Integer> replies() {
    return Collections.unmodifiableMap(replies);
  }

  /** Payments received. */
  public int payments() {
    return payments;
  }

  /** Their total. */
  public Money paid() {
    return paid;
  }

  /** Tasks created for the collections team. */
  public int tasksOpened() {
    return tasksOpened;
  }

  /** Tasks completed, by a person or by Samvad when a campaign finished. */
  public int tasksClosed() {
    return tasksClosed;
  }

  /** Campaigns finished, by outcome. */
  public Map<Outcome, Integer> finished() {
    return Collections.unmodifiableMap(finished);
  }

  /** True when nothing at all happened. */
  public boolean quiet() {
    return sent.isEmpty()
        && replies.isEmpty()
        && payments == 0
        && tasksOpened == 0
        && tasksClosed == 0
        && finished.isEmpty();
  }

  void sent(ChannelKind channel, String language) {
    sent.merge(channel, 1, Integer::sum);
    languages.merge(language, 1, Integer::sum);
  }

  void replied(Trigger trigger) {
    replies.merge(trigger, 1, Integer::sum);
  }

  void paid(Money amount) {
    payments++;
    paid = paid.plus(amount);
  }

  void taskOpened() {
    tasksOpened++;
  }

  void taskClosed() {
    tasksClosed++;
  }

  void finished(Outcome outcome) {
    finished.merge(outcome, 1, Integer::sum);
  }
}
