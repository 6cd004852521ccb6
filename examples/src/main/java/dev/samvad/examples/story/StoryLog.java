package dev.samvad.examples.story;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Money;
import dev.samvad.orchestration.Trigger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything the story records as it runs: one {@link DayActivity} per day, and every event. */
final class StoryLog {
  static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private final LocalDate first;
  private final List<DayActivity> days = new ArrayList<>();
  private final List<SentMessage> messages = new ArrayList<>();
  private final List<CustomerReply> replies = new ArrayList<>();
  private final List<CustomerPayment> payments = new ArrayList<>();
  private final Set<CustomerId> touched = new HashSet<>();

  StoryLog(LocalDate first, int length) {
    this.first = first;
    for (int i = 0; i < length; i++) {
      days.add(new DayActivity(i + 1, first.plusDays(i)));
    }
  }

  static LocalDate dateOf(Instant at) {
    return at.atZone(INDIA).toLocalDate();
  }

  /** The day {@code at} falls on; the last day for anything after the story. */
  DayActivity day(Instant at) {
    long index = ChronoUnit.DAYS.between(first, dateOf(at));
    return days.get((int) Math.max(0, Math.min(days.size() - 1, index)));
  }

  void message(SentMessage message) {
    messages.add(message);
    day(message.at()).sent(message.channel(), message.language());
  }

  void reply(Instant at, CustomerId customer, ChannelKind channel, String text, Trigger readAs) {
    touched.add(customer);
    replies.add(new CustomerReply(at, customer, channel, text, readAs));
    day(at).replied(readAs);
  }

  void payment(Instant at, CustomerId customer, Money amount, boolean settlesEverything) {
    touched.add(customer);
    payments.add(new CustomerPayment(at, customer, amount, settlesEverything));
    day(at).paid(amount);
  }

  /**
   * A person acted on the customer's campaign. Campaigns finish only on such events (a payment, a
   * reply, a task outcome), never while Samvad merely runs what is due.
   */
  void touched(CustomerId customer) {
    touched.add(customer);
  }

  /** The customers whose campaigns events reached since the last call. */
  Set<CustomerId> takeTouched() {
    Set<CustomerId> out = Set.copyOf(touched);
    touched.clear();
    return out;
  }

  List<DayActivity> days() {
    return days;
  }

  List<SentMessage> messages() {
    return messages;
  }

  List<CustomerReply> replies() {
    return replies;
  }

  List<CustomerPayment> payments() {
    return payments;
  }
}
