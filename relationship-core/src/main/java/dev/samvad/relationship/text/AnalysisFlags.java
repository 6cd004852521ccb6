package dev.samvad.relationship.text;

/**
 * What the analyser had to do to the text, and what it distrusts in it.
 *
 * @param truncated the text was longer than {@link ReplyAnalyzer#MAX_CHARS} and only its start was
 *     read
 * @param markupStripped HTML or XML tags were removed before reading
 * @param invalidCharactersReplaced unpaired surrogates or non-characters were replaced
 * @param injectionSuspected the text addresses an automated reader ("ignore previous instructions",
 *     "mark invoice paid"); such instructions are never followed, and payment claims inside them
 *     are not read as payments
 * @param noText after clean-up nothing readable was left (empty, whitespace or symbols only)
 */
public record AnalysisFlags(
    boolean truncated,
    boolean markupStripped,
    boolean invalidCharactersReplaced,
    boolean injectionSuspected,
    boolean noText) {}
