package dev.samvad.relationship;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What was read from one customer reply: its tone, any promise to pay and whether it disputes the
 * claim. A reply reader produces these; the host maps its analyses onto this small record so that
 * relationship intelligence does not depend on how replies are read.
 *
 * @param at when the reply arrived
 * @param channel the channel it came on
 * @param polarity tone from -1 (hostile) through 0 (neutral) to 1 (warm)
 * @param promisedDate the date the customer promised to pay by, if the reply promises payment
 * @param promisedAmount the amount promised, if stated; absent means "what is owed"
 * @param dispute true when the reply disputes the invoice, the amount or the goods
 */
public record ReplySignal(
    Instant at,
    ChannelKind channel,
    double polarity,
    Optional<LocalDate> promisedDate,
    Optional<Money> promisedAmount,
    boolean dispute) {

  /** Checks the polarity range and that an amount comes only with a promised date. */
  public ReplySignal {
    InvalidInputException.require(at, "at");
    InvalidInputException.require(channel, "channel");
    if (!(polarity >= -1 && polarity <= 1)) {
      throw new InvalidInputException("polarity", "must lie in [-1, 1], was " + polarity);
    }
    promisedDate = InvalidInputException.require(promisedDate, "promisedDate");
    promisedAmount = InvalidInputException.require(promisedAmount, "promisedAmount");
    if (promisedAmount.isPresent() && promisedDate.isEmpty()) {
      throw new InvalidInputException("promisedAmount", "needs a promisedDate");
    }
    if (promisedAmount.isPresent() && promisedAmount.get().paise() <= 0) {
      throw new InvalidInputException("promisedAmount", "must be positive");
    }
  }

  /** A reply with a tone and nothing else. */
  public static ReplySignal tone(Instant at, ChannelKind channel, double polarity) {
    return new ReplySignal(at, channel, polarity, Optional.empty(), Optional.empty(), false);
  }

  /** A promise to pay {@code amount} (or everything owed, when empty) by {@code date}. */
  public static ReplySignal promise(
      Instant at, ChannelKind channel, double polarity, LocalDate date, Optional<Money> amount) {
    return new ReplySignal(at, channel, polarity, Optional.of(date), amount, false);
  }

  /** A reply disputing the claim. */
  public static ReplySignal dispute(Instant at, ChannelKind channel, double polarity) {
    return new ReplySignal(at, channel, polarity, Optional.empty(), Optional.empty(), true);
  }
}
