package dev.samvad.orchestration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.Set;

/**
 * How a campaign reacts to a {@link Trigger}. Not every reaction fits every trigger: {@link
 * #allowedFor} says which do, and a playbook pairing them otherwise is rejected (a full payment
 * must stop the campaign; a dispute must pause it; an opt-out must stop a channel or all of them).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Reaction.Stop.class, name = "STOP"),
  @JsonSubTypes.Type(value = Reaction.Continue.class, name = "CONTINUE"),
  @JsonSubTypes.Type(value = Reaction.AwaitPromise.class, name = "AWAIT_PROMISE"),
  @JsonSubTypes.Type(value = Reaction.PauseWithTask.class, name = "PAUSE_WITH_TASK"),
  @JsonSubTypes.Type(value = Reaction.Reschedule.class, name = "RESCHEDULE"),
  @JsonSubTypes.Type(value = Reaction.OptOut.class, name = "OPT_OUT"),
  @JsonSubTypes.Type(value = Reaction.HandToPerson.class, name = "HAND_TO_PERSON"),
  @JsonSubTypes.Type(value = Reaction.NextChannel.class, name = "NEXT_CHANNEL"),
  @JsonSubTypes.Type(value = Reaction.RepeatFrom.class, name = "REPEAT_FROM")
})
public sealed interface Reaction {

  /** Whether this reaction may answer {@code trigger}. */
  default boolean allowedFor(Trigger trigger) {
    return allowed(trigger).contains(getClass());
  }

  /** The reaction types that may answer {@code trigger}. */
  static Set<Class<? extends Reaction>> allowed(Trigger trigger) {
    return switch (trigger) {
      case FULL_PAYMENT -> Set.of(Stop.class);
      case PARTIAL_PAYMENT -> Set.of(Continue.class, PauseWithTask.class, HandToPerson.class);
      case PROMISE_TO_PAY -> Set.of(AwaitPromise.class, Continue.class, HandToPerson.class);
      case CLAIMS_PAID, DISPUTE -> Set.of(PauseWithTask.class, HandToPerson.class);
      case EXTENSION_REQUEST -> Set.of(Reschedule.class, Continue.class, HandToPerson.class);
      case OPT_OUT -> Set.of(OptOut.class);
      case ABUSIVE -> Set.of(HandToPerson.class);
      case HARDSHIP -> Set.of(HandToPerson.class, PauseWithTask.class);
      case OTHER_REPLY -> Set.of(Continue.class, HandToPerson.class);
      case DELIVERY_FAILED -> Set.of(NextChannel.class, Continue.class, HandToPerson.class);
      case SILENCE ->
          Set.of(NextChannel.class, Continue.class, HandToPerson.class, RepeatFrom.class);
    };
  }

  /**
   * Finishes the campaign.
   *
   * @param thank send a {@code PAYMENT_THANKS} message first
   */
  record Stop(boolean thank) implements Reaction {}

  /**
   * Carries on with the plan; amounts are recomputed from the ledger whatever the reaction, so a
   * partial payment followed by this continues with what is still owed.
   */
  record Continue() implements Reaction {}

  /**
   * Waits until the promised date plus {@code grace}, then sends {@code PROMISE_FOLLOW_UP} if the
   * money has not come, and carries on with the plan.
   *
   * @param grace days of slack after the promised date (bank transfers take a day or two)
   * @param maxWait longest a promise may hold the plan; a promise further out is held to this
   */
  record AwaitPromise(Duration grace, Duration maxWait) implements Reaction {
    /** Requires a grace of zero or more and a positive maximum wait. */
    public AwaitPromise {
      InvalidInputException.require(grace, "grace");
      InvalidInputException.require(maxWait, "maxWait");
      if (grace.isNegative()) {
        throw new InvalidInputException("grace", "must not be negative, was " + grace);
      }
      if (maxWait.isNegative() || maxWait.isZero()) {
        throw new InvalidInputException("maxWait", "must be positive, was " + maxWait);
      }
    }
  }

  /**
   * Pauses every message and asks a person to look into it; the task's outcome resumes or finishes
   * the campaign.
   *
   * @param task what the person should do, shown in the inbox
   * @param dueWithin how soon
   * @param acknowledge send a {@code DISPUTE_ACKNOWLEDGEMENT} to the customer first
   */
  record PauseWithTask(String task, Duration dueWithin, boolean acknowledge) implements Reaction {
    /** Requires a task text and a positive due time. */
    public PauseWithTask {
      requireText(task, "task");
      requirePositive(dueWithin, "dueWithin");
    }
  }

  /**
   * Moves the plan later: by the days the customer asked for when they named a date, else by {@code
   * defaultDelay}; never by more than {@code maxDelay}.
   *
   * @param defaultDelay the delay when the customer named no date
   * @param maxDelay the longest delay granted without a person
   */
  record Reschedule(Duration defaultDelay, Duration maxDelay) implements Reaction {
    /** Requires positive delays, the default no longer than the maximum. */
    public Reschedule {
      requirePositive(defaultDelay, "defaultDelay");
      requirePositive(maxDelay, "maxDelay");
      if (defaultDelay.compareTo(maxDelay) > 0) {
        throw new InvalidInputException(
            "defaultDelay", "must not exceed maxDelay " + maxDelay + ", was " + defaultDelay);
      }
    }
  }

  /**
   * Stops messages on the channel the customer opted out on, or on every channel.
   *
   * @param allChannels stop every channel, not just the one the opt-out came through
   */
  record OptOut(boolean allChannels) implements Reaction {}

  /**
   * Pauses the campaign and hands the customer to a person (abusive replies, hardship).
   *
   * @param task what the person should know
   * @param dueWithin how soon
   */
  record HandToPerson(String task, Duration dueWithin) implements Reaction {
    /** Requires a task text and a positive due time. */
    public HandToPerson {
      requireText(task, "task");
      requirePositive(dueWithin, "dueWithin");
    }
  }

  /** Sends the last message again on the next channel its step allows. */
  record NextChannel() implements Reaction {}

  /**
   * Goes back to {@code stepId} after waiting {@code wait}. A loop must wait: a zero wait is
   * rejected, and each repeat counts against the frequency caps like any message.
   *
   * @param stepId the step to run again
   * @param delay how long to wait first; positive
   * @param maxRepeats how often the loop may run in one campaign; 1 to 10
   */
  record RepeatFrom(String stepId, Duration delay, int maxRepeats) implements Reaction {
    /** Requires a step id, a positive wait and a bounded repeat count. */
    public RepeatFrom {
      requireText(stepId, "stepId");
      InvalidInputException.require(delay, "delay");
      if (delay.isNegative() || delay.isZero()) {
        throw new InvalidInputException(
            "delay", "a loop without a wait would repeat at once; must be positive, was " + delay);
      }
      if (maxRepeats < 1 || maxRepeats > 10) {
        throw new InvalidInputException("maxRepeats", "must be 1 to 10, was " + maxRepeats);
      }
    }
  }

  private static void requireText(String text, String field) {
    InvalidInputException.require(text, field);
    if (text.isBlank()) {
      throw new InvalidInputException(field, "must not be blank");
    }
  }

  private static void requirePositive(Duration duration, String field) {
    InvalidInputException.require(duration, field);
    if (duration.isNegative() || duration.isZero()) {
      throw new InvalidInputException(field, "must be positive, was " + duration);
    }
  }
}
