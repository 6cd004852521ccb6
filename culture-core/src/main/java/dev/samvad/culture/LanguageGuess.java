package dev.samvad.culture;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.Script;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LanguageIdentifier} concluded about one text.
 *
 * <p>When the text holds nothing to identify (empty, whitespace, digits, punctuation or emoji
 * only), the guess is {@link #unknown()}: language {@link LanguageForm#ENGLISH}, confidence {@code
 * 0.0}, an empty mixture, script {@link Script#LATIN}; test for it with {@link #isUnknown()} rather
 * than by comparing the language.
 *
 * @param language the language the text is mostly written in; {@code language().codeMixed()} equals
 *     {@link #codeMixed()}
 * @param confidence how sure the identifier is, in [0, 1]; lower when closely related languages
 *     share the evidence (Hindi, Punjabi and Marathi in Latin letters, say) or when the text is
 *     very short
 * @param mixture the component languages and their shares of the recognised words, largest first,
 *     summing to 1 (empty only for an unknown guess)
 * @param dominantScript the script that carries most of the letters
 * @param codeMixed true when a sizeable part of the text is English mixed into another language
 */
public record LanguageGuess(
    LanguageForm language,
    double confidence,
    List<LanguageShare> mixture,
    Script dominantScript,
    boolean codeMixed) {

  private static final LanguageGuess UNKNOWN =
      new LanguageGuess(LanguageForm.ENGLISH, 0.0, List.of(), Script.LATIN, false);

  /** Validates the fields and copies the mixture into an unmodifiable list. */
  public LanguageGuess {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(dominantScript, "dominantScript");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    mixture = List.copyOf(mixture);
  }

  /** The guess for a text with no letters in any script Samvad reads. */
  public static LanguageGuess unknown() {
    return UNKNOWN;
  }

  /** True when nothing in the text could be identified (confidence 0, empty mixture). */
  public boolean isUnknown() {
    return mixture.isEmpty();
  }
}
