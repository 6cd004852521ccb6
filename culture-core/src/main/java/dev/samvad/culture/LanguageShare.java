package dev.samvad.culture;

import dev.samvad.api.LanguageForm;
import java.util.Objects;

/**
 * One language's part in a message: the share of the recognised words that belong to it.
 *
 * @param language the component language, never itself a code-mixed form (romanised Hindi is {@code
 *     hi-Latn}, English is {@code en})
 * @param share the fraction of recognised words, in (0, 1]
 */
public record LanguageShare(LanguageForm language, double share) {

  /** Rejects a null language and a share outside [0, 1]. */
  public LanguageShare {
    Objects.requireNonNull(language, "language");
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("share must be in [0, 1]: " + share);
    }
  }
}
