package dev.samvad.examples.story;

import dev.samvad.api.CustomerId;
import dev.samvad.orchestration.Task;
import dev.samvad.orchestration.TaskOutcome;
import dev.samvad.orchestration.Trigger;
import dev.samvad.orchestration.runtime.TaskQuery;
import dev.samvad.orchestration.runtime.TaskView;
import dev.samvad.sdk.TenantSession;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A simulated person on the collections team. Every working day (Monday to Saturday) at {@link
 * #SHIFT} they go through the task inbox and take up each task that has waited about a day:
 *
 * <ul>
 *   <li>a call (a playbook's call step, or an escalation when every step has run): the customer
 *       promises a date, or does not pick up;
 *   <li>a dispute: settled once it is a few days old (the customer's own pace), and the plan
 *       resumes;
 *   <li>a payment to verify: found in the bank and recorded, or not found;
 *   <li>a hand-over: for hardship, a plan agreed three weeks out; otherwise (no channel of a step
 *       got an answer) a call, as above.
 * </ul>
 */
final class CollectionsDesk {
  /** When the person works the inbox, in India. */
  static final LocalTime SHIFT = LocalTime.of(11, 0);

  /** How long a task waits before the person takes it up. */
  static final Duration WAIT = Duration.ofHours(20);

  private final TenantSession session;
  private final SimulatedCustomers customers;
  private final StoryLog log;

  CollectionsDesk(TenantSession session, SimulatedCustomers customers, StoryLog log) {
    this.session = session;
    this.customers = customers;
    this.log = log;
  }

  /** Works the inbox if {@code now} is the start of a shift. */
  void work(Instant now) {
    ZonedDateTime local = now.atZone(StoryLog.INDIA);
    if (!local.toLocalTime().equals(SHIFT) || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return;
    }
    LocalDate today = local.toLocalDate();
    for (TaskView view : openTasks()) {
      Task task = view.task();
      if (task.createdAt().plus(WAIT).isAfter(now)) {
        continue;
      }
      log.touched(view.customerId());
      outcome(view, today, now).ifPresent(o -> session.completeTask(task.id(), o));
    }
  }

  private Optional<TaskOutcome> outcome(TaskView view, LocalDate today, Instant now) {
    CustomerId customer = view.customerId();
    Task task = view.task();
    return switch (task.kind()) {
      case CALL, ESCALATION -> Optional.of(call(customer, today));
      case RESOLVE_DISPUTE -> {
        int days = customers.persona(customer).map(Persona::days).orElse(3);
        if (task.createdAt().plus(Duration.ofDays(days)).isAfter(now)) {
          yield Optional.empty();
        }
        customers.disputeSettled(customer, today);
        yield Optional.of(new TaskOutcome.Resolved());
      }
      case VERIFY_PAYMENT -> {
        Optional<LocalDate> paidOn = customers.trueClaim(customer);
        if (paidOn.isEmpty()) {
          yield Optional.of(new TaskOutcome.PaymentNotFound());
        }
        // Verified first, so the campaign ends as verified; then the money goes in the ledger.
        session.completeTask(task.id(), new TaskOutcome.PaymentVerified());
        customers.recordClaimed(customer, paidOn.get(), now);
        yield Optional.empty();
      }
      case PERSONAL_ATTENTION -> {
        if (!task.reason().contains(Trigger.HARDSHIP.name())) {
          yield Optional.of(call(customer, today));
        }
        LocalDate date = today.plusWeeks(3);
        customers.planAgreed(customer, date);
        yield Optional.of(new TaskOutcome.Promised(date));
      }
      case REVIEW_PAUSE -> Optional.of(new TaskOutcome.Resolved());
    };
  }

  /** A phone call: a promised date, or no answer. */
  private TaskOutcome call(CustomerId customer, LocalDate today) {
    return customers
        .called(customer, today)
        .<TaskOutcome>map(TaskOutcome.Promised::new)
        .orElse(new TaskOutcome.NoAnswer());
  }

  private List<TaskView> openTasks() {
    List<TaskView> all = new ArrayList<>();
    for (int offset = 0; ; offset += TaskQuery.MAX_LIMIT) {
      List<TaskView> page = session.tasks(TaskQuery.open().page(offset, TaskQuery.MAX_LIMIT));
      all.addAll(page);
      if (page.size() < TaskQuery.MAX_LIMIT) {
        return all;
      }
    }
  }
}
