package dev.samvad.orchestration.runtime;

import dev.samvad.api.InvalidInputException;
import dev.samvad.orchestration.Task;
import java.util.Optional;

/**
 * A question to the task inbox: which tasks, in which order, which page.
 *
 * @param assignee only tasks claimed by this person
 * @param openOnly only tasks not yet completed
 * @param kind only tasks of this kind
 * @param sort the order
 * @param offset how many matching tasks to skip; 0 or more
 * @param limit at most this many; 1 to {@value #MAX_LIMIT}
 */
public record TaskQuery(
    Optional<String> assignee,
    boolean openOnly,
    Optional<Task.TaskKind> kind,
    Sort sort,
    int offset,
    int limit) {

  /** The largest page. */
  public static final int MAX_LIMIT = 500;

  /** Validates the page. */
  public TaskQuery {
    InvalidInputException.require(assignee, "assignee");
    InvalidInputException.require(kind, "kind");
    InvalidInputException.require(sort, "sort");
    if (offset < 0) {
      throw new InvalidInputException("offset", "must not be negative, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
  }

  /** Open tasks, soonest due first, first page of 50. */
  public static TaskQuery open() {
    return new TaskQuery(Optional.empty(), true, Optional.empty(), Sort.DUE_AT, 0, 50);
  }

  /** This query restricted to tasks claimed by {@code person}. */
  public TaskQuery assignedTo(String person) {
    InvalidInputException.require(person, "assignee");
    return new TaskQuery(Optional.of(person), openOnly, kind, sort, offset, limit);
  }

  /** This query restricted to tasks of {@code taskKind}. */
  public TaskQuery ofKind(Task.TaskKind taskKind) {
    InvalidInputException.require(taskKind, "kind");
    return new TaskQuery(assignee, openOnly, Optional.of(taskKind), sort, offset, limit);
  }

  /** This query including completed tasks. */
  public TaskQuery includingDone() {
    return new TaskQuery(assignee, false, kind, sort, offset, limit);
  }

  /** This query in another order. */
  public TaskQuery sortedBy(Sort order) {
    return new TaskQuery(assignee, openOnly, kind, order, offset, limit);
  }

  /** This query at another page. */
  public TaskQuery page(int pageOffset, int pageLimit) {
    return new TaskQuery(assignee, openOnly, kind, sort, pageOffset, pageLimit);
  }

  /** Orders of the inbox; ties by task id. */
  public enum Sort {
    /** Soonest due first. */
    DUE_AT,
    /** Highest priority first, then soonest due. */
    PRIORITY
  }
}
