package dev.samvad.constraint;

/**
 * One thing to do about the binding constraint.
 *
 * @param step the focusing step it belongs to
 * @param action what to do, in plain words, with the figures that justify it
 */
public record Recommendation(FocusingStep step, String action) {}
