package dev.samvad.orchestration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.samvad.api.InvalidInputException;
import java.time.LocalDate;

/** How a person ended a task; it feeds back into the campaign as an event. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TaskOutcome.Promised.class, name = "PROMISED"),
  @JsonSubTypes.Type(value = TaskOutcome.Disputed.class, name = "DISPUTED"),
  @JsonSubTypes.Type(value = TaskOutcome.NoAnswer.class, name = "NO_ANSWER"),
  @JsonSubTypes.Type(value = TaskOutcome.PaymentVerified.class, name = "PAYMENT_VERIFIED"),
  @JsonSubTypes.Type(value = TaskOutcome.PaymentNotFound.class, name = "PAYMENT_NOT_FOUND"),
  @JsonSubTypes.Type(value = TaskOutcome.Resolved.class, name = "RESOLVED"),
  @JsonSubTypes.Type(value = TaskOutcome.CloseCampaign.class, name = "CLOSE_CAMPAIGN")
})
public sealed interface TaskOutcome {

  /**
   * The customer promised to pay on {@code date}: the campaign waits for it.
   *
   * @param date the promised day
   */
  record Promised(LocalDate date) implements TaskOutcome {
    /** Requires the date. */
    public Promised {
      InvalidInputException.require(date, "date");
    }
  }

  /**
   * The customer disputes the bill: the campaign stays paused with a dispute task.
   *
   * @param note what the dispute is about
   */
  record Disputed(String note) implements TaskOutcome {
    /** Requires a note. */
    public Disputed {
      InvalidInputException.require(note, "note");
    }
  }

  /** Nobody answered: the plan carries on. */
  record NoAnswer() implements TaskOutcome {}

  /**
   * The payment was found: every invoice of the conversation is settled and the campaign finishes
   * as paid (record the payment in the ledger).
   */
  record PaymentVerified() implements TaskOutcome {}

  /** No payment was found: the plan carries on. */
  record PaymentNotFound() implements TaskOutcome {}

  /** The matter is settled (a dispute resolved, a hardship arrangement made): the plan resumes. */
  record Resolved() implements TaskOutcome {}

  /** Nothing more should be sent: the campaign finishes as stopped. */
  record CloseCampaign() implements TaskOutcome {}
}
