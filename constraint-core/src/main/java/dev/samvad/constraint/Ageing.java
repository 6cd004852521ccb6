package dev.samvad.constraint;

import dev.samvad.api.Money;

/**
 * The open balance at the end of a period by days past due. The buckets always sum exactly to
 * {@code total}.
 *
 * @param current not yet due
 * @param days1To30 1 to 30 days past due
 * @param days31To60 31 to 60 days past due
 * @param days61To90 61 to 90 days past due
 * @param over90 more than 90 days past due
 * @param total the open balance
 */
public record Ageing(
    Money current,
    Money days1To30,
    Money days31To60,
    Money days61To90,
    Money over90,
    Money total) {}
