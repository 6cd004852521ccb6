package dev.samvad.culture;

/**
 * One decision of an {@link AdaptationPlan} with its reason in a line.
 *
 * @param aspect what was decided, e.g. {@code language}, {@code tone}
 * @param choice the choice, e.g. {@code hi}, {@code GENTLE}
 * @param why the reason in one line
 */
public record PlanDecision(String aspect, String choice, String why) {}
