package dev.samvad.api.llm;

import dev.samvad.api.InvalidInputException;
import java.util.List;

/**
 * An analysis explained in plain words: the result of {@link ExplainAnalysis}.
 *
 * @param summary two or three sentences
 * @param points what to do, one short sentence each (at most {@value #MAX_POINTS})
 */
public record Explanation(String summary, List<String> points) {

  /** The most points accepted. */
  public static final int MAX_POINTS = 8;

  /** Requires a non-blank summary and at most {@value #MAX_POINTS} non-blank points. */
  public Explanation {
    InvalidInputException.require(summary, "summary");
    if (summary.isBlank() || summary.length() > 2000) {
      throw new InvalidInputException("summary", "must be 1 to 2000 chars");
    }
    points = List.copyOf(InvalidInputException.require(points, "points"));
    if (points.size() > MAX_POINTS) {
      throw new InvalidInputException("points", "at most " + MAX_POINTS);
    }
    for (String p : points) {
      if (p.isBlank() || p.length() > 500) {
        throw new InvalidInputException("points", "each must be 1 to 500 chars");
      }
    }
  }
}
