package dev.samvad.relationship.text.internal;

/** Test access to a freshly loaded lexicon. */
public final class LexiconAccess {
  private LexiconAccess() {}

  /** Loads the bundled lexicons anew and describes them. */
  public static Object load() {
    Lexicon l = Lexicon.bundled();
    return new Object() {
      final Lexicon keep = l;

      @Override
      public String toString() {
        return keep.phraseCount() + " phrases";
      }
    };
  }
}
