package dev.samvad.relationship.text;

import java.util.List;

/**
 * How firmly the writer commits to paying.
 *
 * @param strength the band
 * @param score the same in [0, 1]
 * @param hedges the hedging words that weakened it (may be empty)
 */
public record Commitment(CommitmentStrength strength, double score, List<Span> hedges) {

  /** Copies the hedges and checks the score range. */
  public Commitment {
    hedges = List.copyOf(hedges);
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }
}
