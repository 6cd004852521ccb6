package dev.samvad.constraint;

import java.time.LocalDate;

/**
 * Tasks into and out of the human queue on one day.
 *
 * @param date the day
 * @param arrivals tasks created
 * @param completions tasks completed
 * @param backlogAtEnd tasks open at the end of the day
 */
public record DailyTaskFlow(LocalDate date, long arrivals, long completions, long backlogAtEnd) {}
