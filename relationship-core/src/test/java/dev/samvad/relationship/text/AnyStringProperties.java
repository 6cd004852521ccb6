package dev.samvad.relationship.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Arbitrary UTF-16, including unpaired surrogates and every plane. */
class AnyStringProperties {
  @Property(tries = 300)
  void anyStringGivesAValidResult(@ForAll @StringLength(max = 400) String text) {
    Invariants.check(ReplyAnalyzer.standard().analyze(text, Replies.THURSDAY));
  }

  @Property(tries = 100)
  void anyCharsIncludingBrokenSurrogates(@ForAll char[] chars) {
    Invariants.check(ReplyAnalyzer.standard().analyze(new String(chars), Replies.THURSDAY));
  }
}
