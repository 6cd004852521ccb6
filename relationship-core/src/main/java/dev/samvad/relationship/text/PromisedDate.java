package dev.samvad.relationship.text;

import java.time.LocalDate;

/**
 * A date by which the writer says they will pay, resolved against the message time in the reply's
 * zone.
 *
 * @param date the day
 * @param firm true for a specific day with no hedge; false for periods ("next week") and hedged
 *     promises ("koshish karunga kal tak")
 * @param basis the kind of expression it came from
 * @param span the words it came from
 */
public record PromisedDate(LocalDate date, boolean firm, DateBasis basis, Span span) {}
