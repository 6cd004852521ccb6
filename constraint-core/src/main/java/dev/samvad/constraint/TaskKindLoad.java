package dev.samvad.constraint;

/**
 * The load of one kind of task over the period.
 *
 * @param kind the kind
 * @param arrivals tasks created in the period
 * @param completions tasks completed in the period
 * @param backlog tasks open at the end of the period
 * @param meanBacklogAgeDays mean age of those open tasks
 */
public record TaskKindLoad(
    TaskKind kind, long arrivals, long completions, long backlog, double meanBacklogAgeDays) {}
