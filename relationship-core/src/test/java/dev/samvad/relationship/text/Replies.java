package dev.samvad.relationship.text;

import dev.samvad.api.IndianState;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Shorthand for tests: replies received at a fixed time. */
final class Replies {
  /** Thursday 1 October 2026, 11:00 IST. */
  static final Instant THURSDAY =
      ZonedDateTime.of(2026, 10, 1, 11, 0, 0, 0, ReplyText.INDIA).toInstant();

  /** Tuesday 5 January 2027, 09:15 IST. */
  static final Instant JANUARY =
      ZonedDateTime.of(2027, 1, 5, 9, 15, 0, 0, ReplyText.INDIA).toInstant();

  private Replies() {}

  static ReplyAnalysis read(String text) {
    return ReplyAnalyzer.standard().analyze(text, THURSDAY);
  }

  static ReplyAnalysis read(String text, Instant at, IndianState state) {
    return ReplyAnalyzer.standard()
        .analyze(new ReplyText(text, at, ReplyText.INDIA, Optional.empty(), Optional.of(state)));
  }
}
