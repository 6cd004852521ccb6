package dev.samvad.relationship.text.internal;

/** A lexicon entry found in a text: tokens {@code [from, to)} carry {@code feature}. */
record Cue(Feature feature, int from, int to) {
  Feature.Kind kind() {
    return feature.kind();
  }
}
