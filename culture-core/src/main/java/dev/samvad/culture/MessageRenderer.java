package dev.samvad.culture;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.message.CompiledTemplate;
import dev.samvad.culture.message.FactValues;
import dev.samvad.culture.message.LanguagePack;
import dev.samvad.culture.message.TemplateField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders an {@link AdaptationPlan} and the {@link MessageFacts} into a message for one channel.
 *
 * <p>Guarantees: the result contains no unfilled placeholder and never the word "null"; a fact a
 * template needs but the facts lack fails with {@link InvalidInputException} naming the fact;
 * amounts are written {@code ₹1,23,456.00}, dates as day, the language's month name, year; the
 * templates of the plan's language are used when they exist, else the nearest along the documented
 * fallback chain, and the result says which. A renderer is immutable and thread-safe; rendering
 * does no I/O and allocates only the output and its pieces.
 */
public final class MessageRenderer {
  private final TemplateCatalog catalog;

  /** A renderer over {@code catalog}. */
  public MessageRenderer(TemplateCatalog catalog) {
    this.catalog = InvalidInputException.require(catalog, "catalog");
  }

  /** A renderer over the bundled templates. */
  public static MessageRenderer bundled() {
    return Bundled.INSTANCE;
  }

  /** The catalogue rendered from. */
  public TemplateCatalog catalog() {
    return catalog;
  }

  /** Renders for {@code channel}; see the class comment for what is guaranteed. */
  public RenderedMessage render(AdaptationPlan plan, MessageFacts facts, ChannelKind channel) {
    InvalidInputException.require(plan, "plan");
    InvalidInputException.require(facts, "facts");
    InvalidInputException.require(channel, "channel");
    TemplateResolution resolution = catalog.resolve(plan.language());
    LanguagePack pack = catalog.pack(resolution.templateLanguage()).orElseThrow();
    MessageIntent intent = plan.intent();
    Formality formality = plan.formality();
    FactValues values = new FactValues(pack, facts, intent, formality);
    String lang = resolution.templateLanguage();
    List<String> path = resolution.fallbackPath();
    switch (channel) {
      case EMAIL:
        return new RenderedMessage.Email(
            pack.template(intent, formality, TemplateField.EMAIL_SUBJECT).render(values),
            pack.template(intent, formality, TemplateField.EMAIL_BODY).render(values),
            lang,
            path,
            intent);
      case LETTER:
        return new RenderedMessage.Letter(
            pack.template(intent, formality, TemplateField.EMAIL_BODY).render(values),
            lang,
            path,
            intent);
      case SMS:
        return RenderedMessage.Sms.of(
            pack.template(intent, formality, TemplateField.SMS).render(values), lang, path, intent);
      case VOICE:
        return new RenderedMessage.Voice(
            pack.template(intent, formality, TemplateField.VOICE).render(values),
            lang,
            path,
            intent);
      case WHATSAPP:
        CompiledTemplate template = pack.template(intent, formality, TemplateField.WHATSAPP);
        List<String> variables = new ArrayList<>(template.slotCount());
        for (int i = 0; i < template.slotCount(); i++) {
          variables.add(values.apply(template.slot(i)));
        }
        return new RenderedMessage.WhatsApp(
            Optional.of(whatsAppTemplateName(intent, formality, lang)),
            whatsAppLanguageCode(lang),
            variables,
            template.render(values),
            lang,
            path,
            intent);
    }
    throw new AssertionError(channel);
  }

  /**
   * The name under which a WhatsApp template is registered: {@code
   * samvad_<intent>_<formality>_<language>}, lower case with underscores, e.g. {@code
   * samvad_gentle_overdue_semi_formal_hi} or {@code samvad_due_today_formal_hi_latn}.
   */
  public static String whatsAppTemplateName(
      MessageIntent intent, Formality formality, String templateLanguage) {
    return "samvad_"
        + intent.name().toLowerCase(Locale.ROOT)
        + "_"
        + formality.name().toLowerCase(Locale.ROOT)
        + "_"
        + templateLanguage.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /**
   * The WhatsApp language code for a template language: the ISO code of the language ({@code
   * hi-Latn} is registered as Hindi, {@code hi}, under its own template name).
   */
  public static String whatsAppLanguageCode(String templateLanguage) {
    int dash = templateLanguage.indexOf('-');
    return dash < 0 ? templateLanguage : templateLanguage.substring(0, dash);
  }

  private static final class Bundled {
    static final MessageRenderer INSTANCE = new MessageRenderer(TemplateCatalog.bundled());
  }
}
