package dev.samvad.constraint;

/**
 * How the binding constraint compares with the previous analysis.
 *
 * @param previousAsOf the previous analysis's date
 * @param previousLever the lever that bound then
 * @param previousWhere where it bit then
 * @param currentLever the lever that binds now
 * @param currentWhere where it bites now
 * @param moved true when the lever or its place changed
 * @param summary in plain words
 */
public record ConstraintShift(
    java.time.LocalDate previousAsOf,
    Lever previousLever,
    String previousWhere,
    Lever currentLever,
    String currentWhere,
    boolean moved,
    String summary) {}
