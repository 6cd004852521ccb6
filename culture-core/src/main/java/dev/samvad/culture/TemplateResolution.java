package dev.samvad.culture;

import dev.samvad.api.LanguageForm;
import java.util.List;

/**
 * Which template language answers for a wanted language form, and how it was reached.
 *
 * @param wanted the language form asked for
 * @param templateLanguage the tag of the templates that will be used, e.g. {@code hi-Latn}
 * @param fallbackPath every tag tried, in order, from the wanted one to {@code templateLanguage} (a
 *     single element when the wanted language has its own templates)
 */
public record TemplateResolution(
    LanguageForm wanted, String templateLanguage, List<String> fallbackPath) {

  /** Copies the path. */
  public TemplateResolution {
    fallbackPath = List.copyOf(fallbackPath);
  }

  /** True when templates in another language than the wanted one are used. */
  public boolean fellBack() {
    return fallbackPath.size() > 1;
  }
}
