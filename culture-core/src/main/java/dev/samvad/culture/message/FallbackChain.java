package dev.samvad.culture.message;

import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which template languages are tried for a wanted language form (documented in {@code
 * docs/templates.md} and {@code docs/messages.md}):
 *
 * <ol>
 *   <li>the exact tag ({@code hi-Latn-x-mixed});
 *   <li>without the code-mixing mark ({@code hi-Latn});
 *   <li>the language in its own script ({@code hi-Latn} → {@code hi}, Tanglish → {@code ta}), then
 *       its neighbour for the scheduled languages without templates (Maithili → Hindi, Konkani →
 *       Marathi, Kashmiri → Urdu, Bodo → Assamese …);
 *   <li>English, always last.
 * </ol>
 */
public final class FallbackChain {
  /**
   * Where a language without its own templates goes next: the table and its reasons are in {@code
   * docs/templates.md}. Santali goes to English because the regional choice (Hindi in Jharkhand,
   * Bengali in West Bengal, Odia in Odisha) needs the customer's state, which the planner knows and
   * the catalogue does not.
   */
  private static final Map<Language, Language> NEXT = new EnumMap<>(Language.class);

  static {
    NEXT.put(Language.MAITHILI, Language.HINDI);
    NEXT.put(Language.BODO, Language.ASSAMESE);
    NEXT.put(Language.DOGRI, Language.HINDI);
    NEXT.put(Language.NEPALI, Language.HINDI);
    NEXT.put(Language.SANSKRIT, Language.HINDI);
    NEXT.put(Language.SANTALI, Language.ENGLISH);
    NEXT.put(Language.SINDHI, Language.HINDI);
    NEXT.put(Language.KONKANI, Language.MARATHI);
    NEXT.put(Language.KASHMIRI, Language.URDU);
    NEXT.put(Language.MANIPURI, Language.ENGLISH);
  }

  private FallbackChain() {}

  /** Every tag to try for {@code wanted}, best first, ending with {@code en}. */
  public static List<String> candidates(LanguageForm wanted) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(wanted.tag());
    LanguageForm unmixed = new LanguageForm(wanted.language(), wanted.script(), false);
    tags.add(unmixed.tag());
    Language language = wanted.language();
    Language next = language;
    for (int guard = 0; guard < 8; guard++) {
      tags.add(next.code());
      Language after = NEXT.get(next);
      if (after == null) {
        break;
      }
      next = after;
    }
    tags.add("en");
    return new ArrayList<>(tags);
  }
}
