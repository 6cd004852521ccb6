package dev.samvad.orchestration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.MessageIntent;
import java.time.Duration;

/** What a playbook step does when its time comes. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = StepAction.SendMessage.class, name = "SEND_MESSAGE"),
  @JsonSubTypes.Type(value = StepAction.CallTask.class, name = "CALL_TASK")
})
public sealed interface StepAction {

  /**
   * Sends a message of this intent, rendered in the customer's language, through the step's channel
   * policy. For a customer with several open invoices the message is a statement of all of them.
   *
   * @param intent one of the intents that ask for money or deliver an invoice
   */
  record SendMessage(MessageIntent intent) implements StepAction {
    /** Requires the intent. */
    public SendMessage {
      InvalidInputException.require(intent, "intent");
    }
  }

  /**
   * Asks a person on the collections team to call the customer; the campaign waits for the task's
   * outcome.
   *
   * @param reason what the caller should know, shown in the task inbox
   * @param dueWithin how soon the call should happen
   */
  record CallTask(String reason, Duration dueWithin) implements StepAction {
    /** Requires a reason and a positive due time. */
    public CallTask {
      InvalidInputException.require(reason, "reason");
      if (reason.isBlank()) {
        throw new InvalidInputException("reason", "must not be blank");
      }
      InvalidInputException.require(dueWithin, "dueWithin");
      if (dueWithin.isNegative() || dueWithin.isZero()) {
        throw new InvalidInputException("dueWithin", "must be positive, was " + dueWithin);
      }
    }
  }
}
