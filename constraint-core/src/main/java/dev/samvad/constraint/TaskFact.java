package dev.samvad.constraint;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import java.time.Instant;
import java.util.Optional;

/**
 * One task orchestration handed to a person about an invoice, with its queue timeline.
 *
 * @param invoiceId the invoice it is about
 * @param kind what the person must do
 * @param createdAt when the task entered the queue
 * @param claimedAt when a person took it, if anyone has
 * @param completedAt when it was done, if it has been
 */
public record TaskFact(
    InvoiceId invoiceId,
    TaskKind kind,
    Instant createdAt,
    Optional<Instant> claimedAt,
    Optional<Instant> completedAt) {

  /** Validates presence and order of the timeline. */
  public TaskFact {
    InvalidInputException.require(invoiceId, "invoiceId");
    InvalidInputException.require(kind, "kind");
    InvalidInputException.require(createdAt, "createdAt");
    InvalidInputException.require(claimedAt, "claimedAt");
    InvalidInputException.require(completedAt, "completedAt");
    if (claimedAt.isPresent() && claimedAt.get().isBefore(createdAt)) {
      throw new InvalidInputException("claimedAt", "must not be before createdAt");
    }
    if (completedAt.isPresent() && completedAt.get().isBefore(createdAt)) {
      throw new InvalidInputException("completedAt", "must not be before createdAt");
    }
  }

  /** A task still waiting in the queue. */
  public static TaskFact open(InvoiceId invoiceId, TaskKind kind, Instant createdAt) {
    return new TaskFact(invoiceId, kind, createdAt, Optional.empty(), Optional.empty());
  }

  /** A task claimed at {@code claimedAt} and completed at {@code completedAt}. */
  public static TaskFact done(
      InvoiceId invoiceId,
      TaskKind kind,
      Instant createdAt,
      Instant claimedAt,
      Instant completedAt) {
    return new TaskFact(
        invoiceId, kind, createdAt, Optional.of(claimedAt), Optional.of(completedAt));
  }
}
