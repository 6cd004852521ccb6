package dev.samvad.constraint;

import java.util.List;

/**
 * The human task queue as a resource over the current period.
 *
 * @param arrivals tasks created in the period
 * @param completions tasks completed in the period
 * @param arrivalsPerDay {@code arrivals / days}
 * @param completionsPerDay {@code completions / days}: the capacity the team showed
 * @param backlogAtStart tasks open at the start of the period
 * @param backlog tasks open at the end of the period
 * @param meanBacklogAgeDays mean age of the open tasks at the end
 * @param oldestBacklogAgeDays age of the oldest open task
 * @param meanHoursToClaim mean time from creation to claim, over tasks claimed in the period
 * @param meanHoursToComplete mean time from creation to completion, over tasks completed in it
 * @param loadFactor {@code arrivals / completions}: above 1 the backlog grows
 * @param byKind the same by kind of task
 * @param daily day by day
 */
public record TaskQueueReport(
    long arrivals,
    long completions,
    double arrivalsPerDay,
    double completionsPerDay,
    long backlogAtStart,
    long backlog,
    double meanBacklogAgeDays,
    double oldestBacklogAgeDays,
    double meanHoursToClaim,
    double meanHoursToComplete,
    double loadFactor,
    List<TaskKindLoad> byKind,
    List<DailyTaskFlow> daily) {
  /** Copies the lists. */
  public TaskQueueReport {
    byKind = List.copyOf(byKind);
    daily = List.copyOf(daily);
  }
}
