package dev.samvad.culture;

import dev.samvad.culture.language.LanguageScorer;
import org.jspecify.annotations.Nullable;

/**
 * Tells which language and script a customer's reply is written in: English, Hindi, Hinglish, the
 * other scheduled languages in their own scripts, and romanised Tamil, Telugu, Kannada, Malayalam,
 * Bengali, Marathi, Gujarati and Punjabi.
 *
 * <p>How: each letter's script comes from its Unicode block; a script that only one language uses
 * (Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi, Odia, Ol Chiki, Meetei Mayek) decides the
 * language; Devanagari (Hindi / Marathi / Nepali), Bengali script (Bengali / Assamese), Arabic
 * script (Urdu / Sindhi / Kashmiri) and Latin letters (English / romanised Indian languages) are
 * resolved by small bundled lexicons of frequent words, word endings and letters only one of the
 * languages uses. Digits, amounts, UTRs, punctuation and emoji are ignored.
 *
 * <p>Guarantees a caller can rely on:
 *
 * <ul>
 *   <li>{@link #identify} never throws, for any {@link CharSequence} including broken UTF-16
 *       (unpaired surrogates) and {@code null}; the same text always gives an equal guess.
 *   <li>Text with no letters at all gives {@link LanguageGuess#unknown()} (confidence 0, empty
 *       mixture).
 *   <li>Only the first {@value LanguageScorer#MAX_EXAMINED_CHARS} chars are read, so a call costs
 *       at most that much work however long the text.
 *   <li>The instance is immutable and thread-safe; a call allocates only its result and a few small
 *       arrays.
 * </ul>
 *
 * <p>Languages of the Eighth Schedule that share Devanagari without a lexicon here (Konkani,
 * Maithili, Bodo, Dogri, Sanskrit) are reported as Hindi, Marathi or Nepali, and Manipuri in
 * Bengali script as Bengali: see {@code docs/language-id.md}.
 */
public final class LanguageIdentifier {

  private final LanguageScorer scorer;

  private LanguageIdentifier(LanguageScorer scorer) {
    this.scorer = scorer;
  }

  /** The identifier over the bundled lexicons, loaded on first use and shared afterwards. */
  public static LanguageIdentifier standard() {
    return Standard.INSTANCE;
  }

  /**
   * Loads the bundled lexicons afresh, bypassing the shared instance: for measuring load time and
   * footprint. Applications use {@link #standard()}.
   */
  public static LanguageIdentifier loadBundledLexicons() {
    return new LanguageIdentifier(LanguageScorer.load());
  }

  /** The language of {@code text}; see the class comment for what is guaranteed. */
  public LanguageGuess identify(@Nullable CharSequence text) {
    return scorer.identify(text);
  }

  private static final class Standard {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier(LanguageScorer.load());
  }
}
