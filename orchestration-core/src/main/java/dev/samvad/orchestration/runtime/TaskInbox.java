package dev.samvad.orchestration.runtime;

import dev.samvad.api.CampaignId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The collections team's inbox, gathered from the tasks inside campaign states. It pages through
 * the tenant's campaigns ({@link Page#MAX_LIMIT} per unit of work) and decodes each one that can
 * hold a match, so a query costs time linear in the tenant's campaigns; finished campaigns are
 * skipped for open-task queries. A database store could index tasks in a table of their own.
 */
final class TaskInbox {
  private static final Comparator<TaskView> BY_DUE =
      Comparator.comparing((TaskView v) -> v.task().dueAt()).thenComparing(v -> v.task().id());
  private static final Comparator<TaskView> BY_PRIORITY =
      Comparator.comparing((TaskView v) -> v.task().priority(), Comparator.reverseOrder())
          .thenComparing(BY_DUE);

  private final SamvadStore store;

  TaskInbox(SamvadStore store) {
    this.store = store;
  }

  List<TaskView> tasks(TenantId tenant, TaskQuery query) {
    InvalidInputException.require(query, "query");
    List<TaskView> matches = new ArrayList<>();
    Predicate<Task> wanted =
        task ->
            (!query.openOnly() || task.isOpen())
                && query.kind().map(k -> k == task.kind()).orElse(true)
                && query.assignee().map(a -> task.assignee().equals(Optional.of(a))).orElse(true);
    scan(tenant, !query.openOnly(), wanted, matches);
    matches.sort(query.sort() == TaskQuery.Sort.PRIORITY ? BY_PRIORITY : BY_DUE);
    int from = Math.min(query.offset(), matches.size());
    int to = Math.min(matches.size(), from + query.limit());
    return List.copyOf(matches.subList(from, to));
  }

  Optional<TaskView> task(TenantId tenant, String taskId) {
    InvalidInputException.require(taskId, "taskId");
    int cut = taskId.lastIndexOf(":t");
    if (cut > 0) {
      try {
        CampaignId guess = new CampaignId(taskId.substring(0, cut));
        Optional<TaskView> found =
            store
                .tenant(tenant)
                .inTransaction(uow -> Decider.find(uow, guess))
                .flatMap(state -> view(state, taskId));
        if (found.isPresent()) {
          return found;
        }
      } catch (InvalidInputException notAnId) {
        // A long campaign id was shortened into the task id: search instead.
      }
    }
    List<TaskView> matches = new ArrayList<>();
    scan(tenant, true, task -> task.id().equals(taskId), matches);
    return matches.stream().findFirst();
  }

  private static Optional<TaskView> view(CampaignState state, String taskId) {
    return state.tasks().stream()
        .filter(t -> t.id().equals(taskId))
        .findFirst()
        .map(t -> new TaskView(t, state.campaignId(), state.customerId()));
  }

  private void scan(
      TenantId tenant, boolean finishedToo, Predicate<Task> wanted, List<TaskView> into) {
    TenantStore tenantStore = store.tenant(tenant);
    Optional<String> after = Optional.empty();
    while (true) {
      Page page = new Page(after, Page.MAX_LIMIT);
      List<Versioned<CampaignRecord>> rows =
          tenantStore.inTransaction(uow -> uow.campaigns().list(page));
      for (Versioned<CampaignRecord> row : rows) {
        CampaignRecord record = row.value();
        if (Codec.reserved(record.id()) || (!finishedToo && !Decider.isActive(record))) {
          continue;
        }
        CampaignState state = Codec.decode(record);
        for (Task task : state.tasks()) {
          if (wanted.test(task)) {
            into.add(new TaskView(task, state.campaignId(), state.customerId()));
          }
        }
      }
      if (rows.size() < page.limit()) {
        return;
      }
      after = Optional.of(rows.get(rows.size() - 1).value().id().value());
    }
  }
}
