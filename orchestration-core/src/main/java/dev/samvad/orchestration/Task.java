package dev.samvad.orchestration;

import dev.samvad.api.InvalidInputException;
import java.time.Instant;
import java.util.Optional;

/**
 * Work for a person on the collections team: a call to make, a payment to verify, a dispute to look
 * into. While a campaign has an open task it sends nothing and waits for the outcome.
 *
 * @param id unique within the tenant: the campaign id, {@code :t} and a sequence number
 * @param kind what sort of work
 * @param reason what the person should know, in words
 * @param priority how urgent
 * @param createdAt when it was made
 * @param dueAt when it should be done
 * @param assignee who claimed it, if anyone has
 * @param outcome how it ended, once completed
 * @param completedBy who completed it
 * @param completedAt when
 */
public record Task(
    String id,
    TaskKind kind,
    String reason,
    TaskPriority priority,
    Instant createdAt,
    Instant dueAt,
    Optional<String> assignee,
    Optional<TaskOutcome> outcome,
    Optional<String> completedBy,
    Optional<Instant> completedAt) {

  /** Requires every field. */
  public Task {
    InvalidInputException.require(id, "id");
    InvalidInputException.require(kind, "kind");
    InvalidInputException.require(reason, "reason");
    InvalidInputException.require(priority, "priority");
    InvalidInputException.require(createdAt, "createdAt");
    InvalidInputException.require(dueAt, "dueAt");
    InvalidInputException.require(assignee, "assignee");
    InvalidInputException.require(outcome, "outcome");
    InvalidInputException.require(completedBy, "completedBy");
    InvalidInputException.require(completedAt, "completedAt");
  }

  static Task open(
      String id, TaskKind kind, String reason, TaskPriority priority, Instant now, Instant due) {
    return new Task(
        id,
        kind,
        reason,
        priority,
        now,
        due,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** True until completed. */
  public boolean isOpen() {
    return outcome.isEmpty();
  }

  Task claimedBy(String person) {
    return new Task(
        id,
        kind,
        reason,
        priority,
        createdAt,
        dueAt,
        Optional.of(person),
        outcome,
        completedBy,
        completedAt);
  }

  Task completed(TaskOutcome result, String person, Instant at) {
    return new Task(
        id,
        kind,
        reason,
        priority,
        createdAt,
        dueAt,
        assignee.isPresent() ? assignee : Optional.of(person),
        Optional.of(result),
        Optional.of(person),
        Optional.of(at));
  }

  /**
   * Whether a task of {@code otherKind} for {@code otherReason} is about the same matter as this
   * one: the same kind, and for {@link TaskKind#PERSONAL_ATTENTION} (which covers several causes)
   * the same reason too. A campaign never has two open tasks about the same matter.
   */
  boolean sameMatter(TaskKind otherKind, String otherReason) {
    return kind == otherKind && (kind != TaskKind.PERSONAL_ATTENTION || reason.equals(otherReason));
  }

  /** What sort of work a task is. */
  public enum TaskKind {
    /** Call the customer (a playbook step). */
    CALL,
    /** Check the bank for a payment the customer says they made. */
    VERIFY_PAYMENT,
    /** Look into a dispute. */
    RESOLVE_DISPUTE,
    /** Talk to a customer in hardship or who wrote abusively, or whom no channel reaches. */
    PERSONAL_ATTENTION,
    /** Decide about a campaign a person paused. */
    REVIEW_PAUSE,
    /** Every step has run and money is still owed: decide what next. */
    ESCALATION
  }

  /** How urgent a task is. */
  public enum TaskPriority {
    /** Can wait a few days. */
    LOW,
    /** Today or tomorrow. */
    NORMAL,
    /** Today: a dispute, an abusive or distressed customer, or a large sum. */
    HIGH
  }
}
