package dev.samvad.constraint;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One automated message orchestration tried to send about an invoice, with its status timeline and
 * what the reply (if any) amounted to. Orchestration maps its execution records onto this:
 * <i>queued</i> when the step decided to send, <i>sent</i> when the channel accepted it,
 * <i>delivered</i> and <i>read</i> from receipts, a {@link DeliveryFailure} when it bounced or
 * failed for good.
 *
 * <p>Time between {@code queuedAt} and {@code sentAt} is waiting for a lawful contact window or for
 * channel throttling; a message still unsent at the analysis date has waited until then.
 *
 * @param invoiceId the invoice the message is about
 * @param channel the channel used
 * @param queuedAt when the step queued the message
 * @param sentAt when the channel accepted it, if it did
 * @param deliveredAt when it was delivered, if a receipt said so
 * @param readAt when it was read, if a receipt said so (SMS and voice usually have none)
 * @param failure why it did not arrive, if it did not; absent while pending or once delivered
 * @param reply what the customer's reply amounted to; {@link ReplyOutcome#NONE} without a reply
 * @param repliedAt when the reply came; present exactly when {@code reply} is not {@code NONE}
 * @param promisedFor the date promised; present exactly when {@code reply} is {@code PROMISED}
 */
public record ExecutionFact(
    InvoiceId invoiceId,
    ChannelKind channel,
    Instant queuedAt,
    Optional<Instant> sentAt,
    Optional<Instant> deliveredAt,
    Optional<Instant> readAt,
    Optional<DeliveryFailure> failure,
    ReplyOutcome reply,
    Optional<Instant> repliedAt,
    Optional<LocalDate> promisedFor) {

  /** Validates presence and that the timeline is consistent. */
  public ExecutionFact {
    InvalidInputException.require(invoiceId, "invoiceId");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(queuedAt, "queuedAt");
    InvalidInputException.require(sentAt, "sentAt");
    InvalidInputException.require(deliveredAt, "deliveredAt");
    InvalidInputException.require(readAt, "readAt");
    InvalidInputException.require(failure, "failure");
    InvalidInputException.require(reply, "reply");
    InvalidInputException.require(repliedAt, "repliedAt");
    InvalidInputException.require(promisedFor, "promisedFor");
    if (sentAt.isPresent() && sentAt.get().isBefore(queuedAt)) {
      throw new InvalidInputException("sentAt", "must not be before queuedAt");
    }
    if (failure.isPresent() && (deliveredAt.isPresent() || readAt.isPresent())) {
      throw new InvalidInputException("failure", "a delivered or read message cannot have failed");
    }
    if ((reply == ReplyOutcome.NONE) == repliedAt.isPresent()) {
      throw new InvalidInputException("repliedAt", "is required exactly when there is a reply");
    }
    if ((reply == ReplyOutcome.PROMISED) != promisedFor.isPresent()) {
      throw new InvalidInputException("promisedFor", "is required exactly for a PROMISED reply");
    }
  }

  /** A message queued and sent, with no receipt yet. */
  public static ExecutionFact sent(
      InvoiceId invoiceId, ChannelKind channel, Instant queuedAt, Instant sentAt) {
    return new ExecutionFact(
        invoiceId,
        channel,
        queuedAt,
        Optional.of(sentAt),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ReplyOutcome.NONE,
        Optional.empty(),
        Optional.empty());
  }

  /** This message delivered at {@code at}. */
  public ExecutionFact delivered(Instant at) {
    return new ExecutionFact(
        invoiceId,
        channel,
        queuedAt,
        sentAt,
        Optional.of(at),
        readAt,
        failure,
        reply,
        repliedAt,
        promisedFor);
  }

  /** This message read at {@code at}. */
  public ExecutionFact read(Instant at) {
    return new ExecutionFact(
        invoiceId,
        channel,
        queuedAt,
        sentAt,
        deliveredAt,
        Optional.of(at),
        failure,
        reply,
        repliedAt,
        promisedFor);
  }

  /** This message failed to arrive for {@code why}. */
  public ExecutionFact failed(DeliveryFailure why) {
    return new ExecutionFact(
        invoiceId,
        channel,
        queuedAt,
        sentAt,
        deliveredAt,
        readAt,
        Optional.of(why),
        reply,
        repliedAt,
        promisedFor);
  }

  /** This message answered at {@code at} with {@code outcome} (not {@code PROMISED}). */
  public ExecutionFact replied(ReplyOutcome outcome, Instant at) {
    return new ExecutionFact(
        invoiceId,
        channel,
        queuedAt,
        sentAt,
        deliveredAt,
        readAt,
        failure,
        outcome,
        Optional.of(at),
        Optional.empty());
  }

  /** This message answered at {@code at} with a promise to pay by {@code date}. */
  public ExecutionFact promised(LocalDate date, Instant at) {
    return new ExecutionFact(
        invoiceId,
        channel,
        queuedAt,
        sentAt,
        deliveredAt,
        readAt,
        failure,
        ReplyOutcome.PROMISED,
        Optional.of(at),
        Optional.of(date));
  }

  /** A message queued and not yet sent (waiting for its window). */
  public static ExecutionFact queued(InvoiceId invoiceId, ChannelKind channel, Instant queuedAt) {
    return new ExecutionFact(
        invoiceId,
        channel,
        queuedAt,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ReplyOutcome.NONE,
        Optional.empty(),
        Optional.empty());
  }
}
