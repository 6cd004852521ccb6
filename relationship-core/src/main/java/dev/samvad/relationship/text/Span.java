package dev.samvad.relationship.text;

/**
 * A stretch of the analysed text that triggered a finding.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets (end exclusive) into the cleaned text the
 * analyser read (after Unicode normalisation, markup stripping and truncation); {@code text} is
 * that stretch, so a caller never needs the cleaned text to show the evidence.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param text the characters covered
 */
public record Span(int start, int end, String text) {

  /** Checks {@code 0 <= start <= end}. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
