package dev.samvad.relationship.text.internal;

import dev.samvad.relationship.text.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The working state of one analysis: tokens, cues by kind, which tokens an entity reader has
 * already claimed, and which cues are negated. One instance per call, never shared.
 */
final class Reading {
  final Tokens tokens;
  final List<Cue> cues;
  final boolean[] claimed;
  final boolean[] negated;
  final Map<Feature.Kind, List<Cue>> byKind = new EnumMap<>(Feature.Kind.class);
  private final Cue[][] startsAt;
  private static final Cue[] NONE = new Cue[0];

  Reading(Tokens tokens, List<Cue> cues) {
    this.tokens = tokens;
    this.cues = cues;
    this.claimed = new boolean[tokens.size];
    this.negated = new boolean[cues.size()];
    this.startsAt = new Cue[tokens.size][];
    int[] count = new int[tokens.size];
    for (Cue c : cues) {
      byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>(4)).add(c);
      count[c.from()]++;
    }
    for (int i = 0; i < tokens.size; i++) {
      startsAt[i] = count[i] == 0 ? NONE : new Cue[count[i]];
      count[i] = 0;
    }
    for (Cue c : cues) {
      startsAt[c.from()][count[c.from()]++] = c;
    }
  }

  List<Cue> all(Feature.Kind kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  boolean has(Feature.Kind kind) {
    return byKind.containsKey(kind);
  }

  /** The first cue of {@code kind} covering token {@code i}, or null. */
  Cue at(int i, Feature.Kind kind) {
    for (Cue c : all(kind)) {
      if (c.from() <= i && i < c.to()) {
        return c;
      }
    }
    return null;
  }

  /** True when some cue starts at token {@code i}. */
  boolean cueStartsAt(int i) {
    return startsAt[i].length > 0;
  }

  /** The cue of {@code kind} that starts at token {@code i}, or null. */
  Cue startingAt(int i, Feature.Kind kind) {
    if (i < 0 || i >= startsAt.length) {
      return null;
    }
    for (Cue c : startsAt[i]) {
      if (c.kind() == kind) {
        return c;
      }
    }
    return null;
  }

  Span span(int from, int to) {
    return new Span(tokens.starts[from], tokens.ends[to - 1], tokens.surface(from, to));
  }

  Span span(Cue c) {
    return span(c.from(), c.to());
  }
}
