package dev.samvad.examples.story;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** What the simulated customers will do and when: replies to send and payments to make. */
final class Agenda {
  /** Which invoices a payment covers. */
  enum Scope {
    /** Every invoice due within a week of the payment. */
    DUE,
    /** The oldest invoice only. */
    OLDEST,
    /** Everything owed. */
    ALL
  }

  /** Something a customer will do at a time. */
  sealed interface Action {
    Instant at();

    long seq();

    CustomerId customer();
  }

  /**
   * A reply to send.
   *
   * @param channel the channel it comes on
   * @param text what it says
   */
  record Reply(Instant at, long seq, CustomerId customer, ChannelKind channel, String text)
      implements Action {}

  /**
   * A payment to make.
   *
   * @param scope which invoices it covers
   * @param on the value date
   * @param reference the UTR
   */
  record Pay(Instant at, long seq, CustomerId customer, Scope scope, LocalDate on, String reference)
      implements Action {}

  private final PriorityQueue<Action> queue =
      new PriorityQueue<>(Comparator.comparing(Action::at).thenComparingLong(Action::seq));
  private long seq;

  void reply(Instant at, CustomerId customer, ChannelKind channel, String text) {
    queue.add(new Reply(at, seq++, customer, channel, text));
  }

  void pay(Instant at, CustomerId customer, Scope scope, LocalDate on, String reference) {
    queue.add(new Pay(at, seq++, customer, scope, on, reference));
  }

  /** Removes and returns the actions due at or before {@code now}, in time order. */
  List<Action> due(Instant now) {
    List<Action> due = new ArrayList<>();
    while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
      due.add(queue.poll());
    }
    return due;
  }

  /** Whether {@code customer} has something still to do. */
  boolean busy(CustomerId customer) {
    return queue.stream().anyMatch(a -> a.customer().equals(customer));
  }

  /** The day of {@code customer}'s next payment, if one is planned. */
  java.util.Optional<LocalDate> nextPayment(CustomerId customer) {
    return queue.stream()
        .filter(a -> a instanceof Pay && a.customer().equals(customer))
        .map(a -> ((Pay) a).on())
        .min(Comparator.naturalOrder());
  }
}
