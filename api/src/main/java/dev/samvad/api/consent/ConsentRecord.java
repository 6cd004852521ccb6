package dev.samvad.api.consent;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's consent ledger: every consent given and withdrawn, on every channel, oldest first.
 * Entries are only ever added ({@link #with}); on each channel they are in time order, so the
 * latest entry at or before a moment says where the customer stood then.
 *
 * @param customerId whose ledger
 * @param entries the history, in the order recorded (at most {@value #MAX_ENTRIES})
 */
public record ConsentRecord(CustomerId customerId, List<ConsentEntry> entries) {

  /** Most entries kept per customer. */
  public static final int MAX_ENTRIES = 1000;

  /**
   * Checks the history: at most {@value #MAX_ENTRIES} entries, each channel's in time order.
   *
   * @throws InvalidInputException naming {@code entries}
   */
  public ConsentRecord {
    InvalidInputException.require(customerId, "customerId");
    entries = List.copyOf(InvalidInputException.require(entries, "entries"));
    if (entries.size() > MAX_ENTRIES) {
      throw new InvalidInputException(
          "entries", "at most " + MAX_ENTRIES + " consent entries per customer");
    }
    for (int i = 0; i < entries.size(); i++) {
      ConsentEntry entry = entries.get(i);
      for (int j = 0; j < i; j++) {
        ConsentEntry earlier = entries.get(j);
        if (earlier.channel() == entry.channel() && entry.at().isBefore(earlier.at())) {
          throw new InvalidInputException(
              "entries",
              "entry "
                  + i
                  + " on "
                  + entry.channel()
                  + " at "
                  + entry.at()
                  + " is earlier than entry "
                  + j
                  + " at "
                  + earlier.at()
                  + "; a channel's history is in time order");
        }
      }
    }
  }

  /** An empty ledger. */
  public static ConsentRecord empty(CustomerId customer) {
    return new ConsentRecord(customer, List.of());
  }

  /**
   * This ledger with {@code entry} added at the end.
   *
   * @throws InvalidInputException naming {@code at} when the entry is earlier than the channel's
   *     latest entry, or {@code entries} when the ledger is full
   */
  public ConsentRecord with(ConsentEntry entry) {
    InvalidInputException.require(entry, "entry");
    Optional<ConsentEntry> last = latest(entry.channel());
    if (last.isPresent() && entry.at().isBefore(last.get().at())) {
      throw new InvalidInputException(
          "at",
          "must not be before the latest entry on "
              + entry.channel()
              + " ("
              + last.get().at()
              + "), was "
              + entry.at());
    }
    List<ConsentEntry> next = new ArrayList<>(entries);
    next.add(entry);
    return new ConsentRecord(customerId, next);
  }

  /** The channel's history, oldest first. */
  public List<ConsentEntry> history(ChannelKind channel) {
    return entries.stream().filter(e -> e.channel() == channel).toList();
  }

  /** The channel's latest entry, or empty when nothing was ever recorded on it. */
  public Optional<ConsentEntry> latest(ChannelKind channel) {
    List<ConsentEntry> history = history(channel);
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** The channel's latest entry at or before {@code at}: where the customer stood then. */
  public Optional<ConsentEntry> standingAt(ChannelKind channel, Instant at) {
    ConsentEntry found = null;
    for (ConsentEntry e : entries) {
      if (e.channel() == channel && !e.at().isAfter(at)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }
}
