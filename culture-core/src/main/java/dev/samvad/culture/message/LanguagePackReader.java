package dev.samvad.culture.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.model.Title;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageIntent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates one language file (format in {@code docs/templates.md}). Every rule a
 * template must obey is checked here, once, so rendering never meets a broken template:
 *
 * <ul>
 *   <li>every intent × formality × field is present and non-blank, with twelve months, a salutation
 *       and a closing per formality and a titled salutation per {@link Title};
 *   <li>only known placeholders, and {@code {name}} only in salutations;
 *   <li>every field but the subject of a money-asking intent carries {@code {amount}}, {@code
 *       {invoiceNumber}} and {@code {dueDate}};
 *   <li>a festival greeting never mentions an amount, invoice, due date, days overdue or a pay
 *       link;
 *   <li>{@code {msmeClause}} only in the e-mail body of firm and final notices; {@code
 *       {promiseDate}}, {@code {paidAmount}} and {@code {festivalName}} only in their own intent;
 *       {@code {payLink}} only in the e-mail body and WhatsApp text;
 *   <li>the overdue intents state {@code {daysOverdue}} wherever they state the amount;
 *   <li>an e-mail body opens with {@code {salutation}} and ends with {@code {closing}}.
 * </ul>
 *
 * Failures are {@link InvalidInputException}s whose field is the JSON path, prefixed by the file.
 */
public final class LanguagePackReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<Placeholder> BODY_PLACEHOLDERS =
      EnumSet.complementOf(EnumSet.of(Placeholder.NAME));
  private static final Set<Placeholder> SALUTATION_PLACEHOLDERS = EnumSet.of(Placeholder.NAME);
  private static final Set<Placeholder> CLOSING_PLACEHOLDERS = EnumSet.of(Placeholder.SELLER_NAME);
  private static final Set<Placeholder> MANDATORY =
      EnumSet.of(Placeholder.AMOUNT, Placeholder.INVOICE_NUMBER, Placeholder.DUE_DATE);
  private static final Set<Placeholder> NEVER_IN_GREETING =
      EnumSet.of(
          Placeholder.AMOUNT,
          Placeholder.INVOICE_NUMBER,
          Placeholder.DUE_DATE,
          Placeholder.DAYS_OVERDUE,
          Placeholder.PAY_LINK,
          Placeholder.PAID_AMOUNT,
          Placeholder.PROMISE_DATE,
          Placeholder.MSME_CLAUSE);

  private LanguagePackReader() {}

  /** Parses and validates {@code json}; {@code source} (a file name) prefixes error paths. */
  public static LanguagePack read(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(source, "is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(source, "must be a JSON object");
    }
    try {
      return read(root);
    } catch (InvalidInputException e) {
      throw e.under(source);
    }
  }

  private static LanguagePack read(JsonNode root) {
    LanguageForm form = LanguageForm.parse(text(root, "code"), "code");
    int version = root.path("version").asInt(1);

    JsonNode monthsNode = root.path("months");
    if (!monthsNode.isArray() || monthsNode.size() != 12) {
      throw new InvalidInputException("months", "must list the twelve month names");
    }
    List<String> months = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String month = monthsNode.get(i).asText("").strip();
      if (month.isEmpty()) {
        throw new InvalidInputException("months[" + i + "]", "must not be blank");
      }
      months.add(month);
    }

    Map<Formality, CompiledTemplate> salutations = new EnumMap<>(Formality.class);
    Map<Formality, CompiledTemplate> closings = new EnumMap<>(Formality.class);
    for (Formality f : Formality.values()) {
      salutations.put(f, withName(root, "salutations." + f.name()));
      closings.put(
          f,
          CompiledTemplate.compile(
              text(root, "closings." + f.name()), CLOSING_PLACEHOLDERS, "closings." + f.name()));
    }
    Map<Title, CompiledTemplate> titled = new EnumMap<>(Title.class);
    for (Title t : Title.values()) {
      titled.put(t, withName(root, "titledSalutations." + t.name()));
    }

    Map<MessageIntent, Map<Formality, Map<TemplateField, CompiledTemplate>>> templates =
        new EnumMap<>(MessageIntent.class);
    for (MessageIntent intent : MessageIntent.values()) {
      Map<Formality, Map<TemplateField, CompiledTemplate>> byFormality =
          new EnumMap<>(Formality.class);
      for (Formality f : Formality.values()) {
        Map<TemplateField, CompiledTemplate> byField = new EnumMap<>(TemplateField.class);
        for (TemplateField field : TemplateField.values()) {
          String path = "templates." + intent.name() + "." + f.name() + "." + field.key();
          CompiledTemplate t = CompiledTemplate.compile(text(root, path), BODY_PLACEHOLDERS, path);
          check(intent, field, t, path);
          byField.put(field, t);
        }
        byFormality.put(f, Map.copyOf(byField));
      }
      templates.put(intent, byFormality);
    }
    rejectUnknownIntents(root.path("templates"));
    return new LanguagePack(form, version, months, salutations, titled, closings, templates);
  }

  private static void check(
      MessageIntent intent, TemplateField field, CompiledTemplate t, String path) {
    Set<Placeholder> uses = t.uses();
    if (intent.asksForMoney() && field.carriesMandatoryFacts()) {
      for (Placeholder p : MANDATORY) {
        if (!uses.contains(p)) {
          throw new InvalidInputException(
              path, "asks for money and so must state {" + p.key() + "}");
        }
      }
    }
    if (intent == MessageIntent.FESTIVAL_GREETING) {
      for (Placeholder p : NEVER_IN_GREETING) {
        if (uses.contains(p)) {
          throw new InvalidInputException(
              path, "is a festival greeting and must never mention {" + p.key() + "}");
        }
      }
    }
    only(uses, Placeholder.PROMISE_DATE, intent == MessageIntent.PROMISE_FOLLOW_UP, path);
    only(uses, Placeholder.PAID_AMOUNT, intent == MessageIntent.PAYMENT_THANKS, path);
    only(uses, Placeholder.FESTIVAL_NAME, intent == MessageIntent.FESTIVAL_GREETING, path);
    only(
        uses,
        Placeholder.PAY_LINK,
        field == TemplateField.EMAIL_BODY || field == TemplateField.WHATSAPP,
        path);
    if (intent.isOverdue()
        && field.carriesMandatoryFacts()
        && !uses.contains(Placeholder.DAYS_OVERDUE)) {
      throw new InvalidInputException(path, "is an overdue notice and must state {daysOverdue}");
    }
    if (field == TemplateField.EMAIL_BODY
        && (t.slotCount() == 0
            || t.slot(0) != Placeholder.SALUTATION
            || !t.source().startsWith("{salutation}")
            || t.slot(t.slotCount() - 1) != Placeholder.CLOSING
            || !t.source().strip().endsWith("{closing}"))) {
      throw new InvalidInputException(
          path, "an e-mail body must open with {salutation} and end with {closing}");
    }
    boolean clauseAllowed = field == TemplateField.EMAIL_BODY && MsmeClause.appliesTo(intent);
    if (uses.contains(Placeholder.MSME_CLAUSE) && !clauseAllowed) {
      throw new InvalidInputException(
          path, "{msmeClause} belongs only in the e-mail body of firm and final notices");
    }
  }

  private static void only(Set<Placeholder> uses, Placeholder p, boolean allowed, String path) {
    if (!allowed && uses.contains(p)) {
      throw new InvalidInputException(path, "may not use {" + p.key() + "} here");
    }
  }

  private static void rejectUnknownIntents(JsonNode templates) {
    for (Iterator<String> it = templates.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      try {
        MessageIntent.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("templates." + name, "is not a known intent");
      }
    }
  }

  private static CompiledTemplate withName(JsonNode root, String path) {
    CompiledTemplate t = CompiledTemplate.compile(text(root, path), SALUTATION_PLACEHOLDERS, path);
    if (!t.uses().contains(Placeholder.NAME)) {
      throw new InvalidInputException(path, "must contain {name}");
    }
    return t;
  }

  private static String text(JsonNode root, String dottedPath) {
    JsonNode node = root;
    for (String part : dottedPath.split("\\.")) {
      node = node.path(part);
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new InvalidInputException(dottedPath, "is required and must be non-blank text");
    }
    return node.asText();
  }
}
