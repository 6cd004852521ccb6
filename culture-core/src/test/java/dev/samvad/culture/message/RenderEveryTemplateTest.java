package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.LanguageForm;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageLint;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.RenderedMessage;
import dev.samvad.culture.TemplateCatalog;
import dev.samvad.culture.TemplateResolution;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renders every language × intent × formality × channel with full facts and checks what every
 * message must satisfy. One test, many assertions gathered, so a failure lists every bad template.
 */
class RenderEveryTemplateTest {
  private static final MessageRenderer RENDERER = MessageRenderer.bundled();
  private static final ZonedDateTime SEND_AT =
      ZonedDateTime.of(2026, 12, 5, 11, 0, 0, 0, ZoneId.of("Asia/Kolkata"));
  private static final Pattern WA_PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  @Test
  void everyTemplateRendersCompletely() {
    TemplateCatalog catalog = RENDERER.catalog();
    MessageFacts facts = Fixtures.fullFacts().build();
    List<String> problems = new ArrayList<>();
    int rendered = 0;
    for (String tag : catalog.languages()) {
      LanguageForm form = LanguageForm.parse(tag);
      TemplateResolution resolution = catalog.resolve(form);
      assertEquals(tag, resolution.templateLanguage(), "a bundled language resolves to itself");
      for (MessageIntent intent : MessageIntent.values()) {
        for (Formality formality : Formality.values()) {
          for (ChannelKind channel : ChannelKind.values()) {
            String where = tag + " " + intent + " " + formality + " " + channel;
            RenderedMessage m =
                RENDERER.render(Fixtures.plan(intent, form, formality), facts, channel);
            rendered++;
            check(where, m, intent, channel, facts, problems);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertEquals(catalog.languages().size() * 10 * 3 * ChannelKind.values().length, rendered);
  }

  private static void check(
      String where,
      RenderedMessage m,
      MessageIntent intent,
      ChannelKind channel,
      MessageFacts facts,
      List<String> problems) {
    String text = m.text();
    if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
      problems.add(where + ": placeholder left: " + text);
    }
    if (text.toLowerCase(java.util.Locale.ROOT).contains("null")) {
      problems.add(where + ": says null");
    }
    if (text.contains("  ") || text.contains(" \n")) {
      problems.add(where + ": untidy white space");
    }
    if (m.channel() != channel || m.intent() != intent) {
      problems.add(where + ": wrong channel or intent");
    }
    if (intent.asksForMoney()) {
      for (String fact : List.of("₹1,23,456.50", "INV-2026/0042")) {
        if (!text.contains(fact)) {
          problems.add(where + ": lacks " + fact);
        }
      }
    }
    if (intent == MessageIntent.FESTIVAL_GREETING
        && (text.contains("₹") || text.contains("upi://") || text.contains("INV-2026/0042"))) {
      problems.add(where + ": festival greeting mentions money");
    }
    boolean msmeWanted =
        (intent == MessageIntent.FIRM_OVERDUE || intent == MessageIntent.FINAL_NOTICE)
            && (channel == ChannelKind.EMAIL || channel == ChannelKind.LETTER);
    if (msmeWanted != text.contains("2006")) {
      problems.add(where + ": MSMED clause " + (msmeWanted ? "missing" : "unexpected"));
    }
    if (m instanceof RenderedMessage.WhatsApp wa) {
      String source =
          RENDERER
              .catalog()
              .resolve(LanguageForm.parse(m.templateLanguage()))
              .templateLanguage(); // same language
      int placeholders = countPlaceholders(whatsAppSource(source, intent, wa));
      if (wa.variables().size() != placeholders) {
        problems.add(where + ": " + wa.variables().size() + " variables for " + placeholders);
      }
      for (String v : wa.variables()) {
        if (v.isBlank() || v.contains("\n") || v.contains("    ")) {
          problems.add(where + ": variable WhatsApp would refuse: '" + v + "'");
        }
      }
      if (!wa.templateName().orElse("").matches("[a-z0-9_]{1,512}")) {
        problems.add(where + ": bad template name " + wa.templateName());
      }
    }
    ApproachContext context = ApproachContext.of(m, SEND_AT).withFacts(facts);
    for (ApproachFinding f : MessageLint.standard().validate(context)) {
      if (f.severity() != ApproachFinding.Severity.INFO && !f.code().startsWith("SMS_")) {
        problems.add(where + ": lint " + f.code() + " " + f.message());
      }
    }
  }

  private static String whatsAppSource(
      String tag, MessageIntent intent, RenderedMessage.WhatsApp wa) {
    String name = wa.templateName().orElseThrow();
    for (Formality f : Formality.values()) {
      if (name.equals(MessageRenderer.whatsAppTemplateName(intent, f, tag))) {
        return Templates.source(tag, intent, f, TemplateField.WHATSAPP);
      }
    }
    throw new AssertionError("no template for " + name);
  }

  private static int countPlaceholders(String template) {
    Matcher m = WA_PLACEHOLDER.matcher(template);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void sellerNameIsNeverLeftOut() {
    MessageFacts facts = Fixtures.fullFacts().build();
    RenderedMessage m =
        RENDERER.render(
            Fixtures.plan(MessageIntent.GENTLE_OVERDUE, LanguageForm.parse("hi"), Formality.FORMAL),
            facts,
            ChannelKind.SMS);
    assertTrue(m.text().contains("Sharma Textiles"));
    assertFalse(m.text().contains("{"));
  }
}
