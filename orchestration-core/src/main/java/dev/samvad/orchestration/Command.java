package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.MessageIntent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a {@link Decision} asks the runtime to do. */
public sealed interface Command {

  /**
   * Send one message. The runtime stores it in the outbox in the same unit of work as the new state
   * and dispatches it with {@link #executionId} as the idempotency key, so a step is sent at most
   * once however often the runtime crashes.
   *
   * @param executionId unique per (campaign, sequence): the idempotency key
   * @param stepId the playbook step, or the event that called for it (e.g. {@code thanks})
   * @param intent what the message is for
   * @param purpose which contact rules apply
   * @param message the rendered message with its recipient
   * @param invoices the invoices it speaks about
   * @param templateLanguage the template language actually used
   * @param baseline true when the customer is in the hold-out group and got the plain message
   * @param arm the optimiser's choice, when it chose
   */
  record Send(
      ExecutionId executionId,
      String stepId,
      MessageIntent intent,
      ContactPurpose purpose,
      OutboundMessage message,
      List<InvoiceId> invoices,
      String templateLanguage,
      boolean baseline,
      Optional<Arm> arm)
      implements Command {
    /** Copies the list. */
    public Send {
      invoices = List.copyOf(invoices);
    }

    /** The channel it goes through. */
    public ChannelKind channel() {
      return message.channel();
    }
  }

  /**
   * Look at the campaign again at {@code at}.
   *
   * @param at when
   */
  record Wake(Instant at) implements Command {}

  /**
   * Put a task in the collections team's inbox.
   *
   * @param task the task
   */
  record CreateTask(Task task) implements Command {}

  /**
   * The campaign is finished.
   *
   * @param outcome how
   */
  record Complete(Outcome outcome) implements Command {}

  /**
   * Teach the optimiser: a message chosen by it was answered (a reply or payment within the silence
   * period) or not.
   *
   * @param arm what was chosen
   * @param success whether it got a response
   */
  record Learn(Arm arm, boolean success) implements Command {}
}
