package dev.samvad.culture.message;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.model.Title;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageIntent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One language's templates, validated and compiled: month names, salutations, closings and every
 * intent × formality × field. Immutable.
 *
 * @param form the language form the file is written in ({@code hi}, {@code hi-Latn})
 * @param version the file's version number
 * @param months the twelve month names, January first
 * @param salutations per formality, each with a {@code {name}} slot
 * @param titledSalutations per stated title, each with a {@code {name}} slot
 * @param closings per formality
 * @param templates intent → formality → field → template
 */
public record LanguagePack(
    LanguageForm form,
    int version,
    List<String> months,
    Map<Formality, CompiledTemplate> salutations,
    Map<Title, CompiledTemplate> titledSalutations,
    Map<Formality, CompiledTemplate> closings,
    Map<MessageIntent, Map<Formality, Map<TemplateField, CompiledTemplate>>> templates) {

  /** Copies the collections. */
  public LanguagePack {
    months = List.copyOf(months);
    salutations = new EnumMap<>(salutations);
    titledSalutations = new EnumMap<>(titledSalutations);
    closings = new EnumMap<>(closings);
  }

  /** The template for one field; every combination exists (checked at load). */
  public CompiledTemplate template(MessageIntent intent, Formality formality, TemplateField field) {
    return templates.get(intent).get(formality).get(field);
  }

  /** The language tag, e.g. {@code hi-Latn}. */
  public String tag() {
    return form.tag();
  }

  /** A month's name in this language, {@code month} 1–12. */
  public String month(int month) {
    return months.get(month - 1);
  }
}
