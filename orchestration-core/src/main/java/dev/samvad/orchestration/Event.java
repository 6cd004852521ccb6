package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened to a campaign. Every event but {@link TimeReached} has an id; the engine
 * remembers the ids it has applied, so the same event delivered twice changes nothing the second
 * time.
 */
public sealed interface Event {

  /** The event's id, unique per campaign; empty only for {@link TimeReached}. */
  Optional<String> eventId();

  /**
   * The clock reached the campaign's wake time (or the host asks it to look again).
   *
   * @param at the current time
   */
  record TimeReached(Instant at) implements Event {
    /** Requires the time. */
    public TimeReached {
      InvalidInputException.require(at, "at");
    }

    @Override
    public Optional<String> eventId() {
      return Optional.empty();
    }
  }

  /**
   * An invoice joins the customer's conversation.
   *
   * @param item the invoice and what is owed on it
   */
  record InvoiceAdded(OpenItem item) implements Event {
    /** Requires the item. */
    public InvoiceAdded {
      InvalidInputException.require(item, "item");
    }

    @Override
    public Optional<String> eventId() {
      return Optional.of("invoice:" + item.invoiceId().value());
    }
  }

  /**
   * Money arrived and was allocated to invoices; only what it covers is settled.
   *
   * @param paymentId the payment
   * @param allocations how much of it went to which invoice
   */
  record PaymentReceived(String paymentId, List<Allocation> allocations) implements Event {
    /** Requires the id and at least one allocation. */
    public PaymentReceived {
      InvalidInputException.require(paymentId, "paymentId");
      InvalidInputException.require(allocations, "allocations");
      if (allocations.isEmpty()) {
        throw new InvalidInputException("allocations", "must allocate the payment to an invoice");
      }
      allocations = List.copyOf(allocations);
    }

    @Override
    public Optional<String> eventId() {
      return Optional.of("payment:" + paymentId);
    }
  }

  /**
   * One part of a payment.
   *
   * @param invoiceId the invoice it settles
   * @param amount how much; above zero
   */
  record Allocation(InvoiceId invoiceId, Money amount) {
    /** Requires a positive amount. */
    public Allocation {
      InvalidInputException.require(invoiceId, "invoiceId");
      InvalidInputException.require(amount, "amount");
      if (amount.isNegative() || amount.isZero()) {
        throw new InvalidInputException("amount", "must be above zero, was " + amount.format());
      }
    }
  }

  /**
   * The customer replied; the reply has been read into a trigger.
   *
   * @param replyId the interaction id of the reply
   * @param channel where it came from (an opt-out applies to it)
   * @param trigger what the reply means for the campaign
   * @param date the promised or requested date, when the reply named one
   * @param allChannels for an opt-out: stop every channel, not only this one
   */
  record ReplyReceived(
      String replyId,
      ChannelKind channel,
      Trigger trigger,
      Optional<LocalDate> date,
      boolean allChannels)
      implements Event {
    /** Requires a reply trigger. */
    public ReplyReceived {
      InvalidInputException.require(replyId, "replyId");
      InvalidInputException.require(channel, "channel");
      InvalidInputException.require(trigger, "trigger");
      InvalidInputException.require(date, "date");
      if (!trigger.fromReply()) {
        throw new InvalidInputException("trigger", trigger + " is not something a reply says");
      }
    }

    @Override
    public Optional<String> eventId() {
      return Optional.of("reply:" + replyId);
    }
  }

  /**
   * A message could not be delivered on its channel (a bounce, a number not on WhatsApp, a send
   * that failed for good).
   *
   * @param executionId the message
   * @param reason why, in words
   */
  record DeliveryFailed(ExecutionId executionId, String reason) implements Event {
    /** Requires the execution and a reason. */
    public DeliveryFailed {
      InvalidInputException.require(executionId, "executionId");
      InvalidInputException.require(reason, "reason");
    }

    @Override
    public Optional<String> eventId() {
      return Optional.of("failed:" + executionId.value());
    }
  }

  /**
   * A person took a task.
   *
   * @param taskId the task
   * @param person who
   */
  record TaskClaimed(String taskId, String person) implements Event {
    /** Requires both. */
    public TaskClaimed {
      InvalidInputException.require(taskId, "taskId");
      InvalidInputException.require(person, "person");
    }

    @Override
    public Optional<String> eventId() {
      return Optional.of("claim:" + taskId + ":" + person);
    }
  }

  /**
   * A person finished a task.
   *
   * @param taskId the task
   * @param outcome how it ended
   * @param person who
   */
  record TaskCompleted(String taskId, TaskOutcome outcome, String person) implements Event {
    /** Requires all three. */
    public TaskCompleted {
      InvalidInputException.require(taskId, "taskId");
      InvalidInputException.require(outcome, "outcome");
      InvalidInputException.require(person, "person");
    }

    @Override
    public Optional<String> eventId() {
      return Optional.of("done:" + taskId);
    }
  }

  /**
   * A person acted on the campaign directly.
   *
   * @param actionId unique per action, so a retried request acts once
   * @param action what they did
   * @param person who
   * @param reason why, for the audit trail
   */
  record Manual(String actionId, ManualAction action, String person, String reason)
      implements Event {
    /** Requires every field; a reason is required so the audit trail says why. */
    public Manual {
      InvalidInputException.require(actionId, "actionId");
      InvalidInputException.require(action, "action");
      InvalidInputException.require(person, "person");
      InvalidInputException.require(reason, "reason");
      if (reason.isBlank()) {
        throw new InvalidInputException("reason", "must say why");
      }
    }

    @Override
    public Optional<String> eventId() {
      return Optional.of("manual:" + actionId);
    }
  }
}
