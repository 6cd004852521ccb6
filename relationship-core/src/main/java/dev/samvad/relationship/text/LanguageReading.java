package dev.samvad.relationship.text;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.Script;
import dev.samvad.culture.LanguageShare;
import java.util.List;

/**
 * The language the reply was read as.
 *
 * @param language the language form (e.g. {@code hi}, {@code hi-Latn-x-mixed}, {@code ta})
 * @param confidence how sure the identification is, in [0, 1]; 0 when there was nothing to identify
 * @param mixture the component languages and their shares, largest first
 * @param script the script carrying most letters
 * @param fromHint true when the caller's hint was used because the text itself could not be
 *     identified
 */
public record LanguageReading(
    LanguageForm language,
    double confidence,
    List<LanguageShare> mixture,
    Script script,
    boolean fromHint) {

  /** Copies the mixture. */
  public LanguageReading {
    mixture = List.copyOf(mixture);
  }
}
