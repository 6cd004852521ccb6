package dev.samvad.culture;

/**
 * One of Hofstede's cultural dimensions with a score.
 *
 * @param code PDI, IDV, MAS, UAI, LTO or IVR
 * @param name the dimension's name
 * @param score 0 to 100
 * @param confidence how far to trust the score for this customer, in [0, 1]
 * @param heuristic true when adjusted by our own rule rather than published
 * @param source where it comes from
 */
public record CulturalDimension(
    String code, String name, int score, double confidence, boolean heuristic, String source) {}
