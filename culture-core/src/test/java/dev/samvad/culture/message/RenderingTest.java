package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.model.Title;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.RenderedMessage;
import dev.samvad.culture.SmsEncoding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderingTest {
  private static final MessageRenderer RENDERER = MessageRenderer.bundled();

  private static RenderedMessage render(
      String lang, MessageIntent intent, Formality f, MessageFacts facts, ChannelKind channel) {
    return RENDERER.render(Fixtures.plan(intent, LanguageForm.parse(lang), f), facts, channel);
  }

  @Test
  void datesUseEachLanguagesMonthNamesDayFirst() {
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("en", "15 November 2026"),
            Map.entry("hi", "15 नवंबर 2026"),
            Map.entry("hi-Latn", "15 November 2026"),
            Map.entry("ta", "15 நவம்பர் 2026"),
            Map.entry("bn", "15 নভেম্বর 2026"),
            Map.entry("mr", "15 नोव्हेंबर 2026"),
            Map.entry("gu", "15 નવેમ્બર 2026"),
            Map.entry("te", "15 నవంబర్ 2026"),
            Map.entry("kn", "15 ನವೆಂಬರ್ 2026"),
            Map.entry("ml", "15 നവംബർ 2026"),
            Map.entry("ur", "15 نومبر 2026"));
    MessageFacts facts = Fixtures.fullFacts().build();
    expected.forEach(
        (lang, date) -> {
          RenderedMessage sms =
              render(lang, MessageIntent.DUE_TODAY, Formality.FORMAL, facts, ChannelKind.SMS);
          assertTrue(sms.text().contains(date), lang + ": " + sms.text());
        });
  }

  @Test
  void everyLanguageHasTwelveDistinctMonths() {
    for (String tag : RENDERER.catalog().languages()) {
      List<String> months = Templates.pack(tag).months();
      assertEquals(12, months.stream().distinct().count(), tag);
    }
  }

  @Test
  void englishEmailReadsAsWritten() {
    RenderedMessage.Email email =
        (RenderedMessage.Email)
            render(
                "en",
                MessageIntent.GENTLE_OVERDUE,
                Formality.FORMAL,
                Fixtures.fullFacts().build(),
                ChannelKind.EMAIL);
    assertTrue(email.body().startsWith("Dear Ramesh Gupta,"), email.body());
    assertTrue(email.body().contains("₹1,23,456.50"));
    assertTrue(email.body().contains("15 November 2026"));
    assertTrue(
        email
            .body()
            .contains("upi://pay?pa=sharmatex@okhdfcbank&pn=Sharma%20Textiles&am=123456.50"),
        email.body());
    assertTrue(email.body().endsWith("Sharma Textiles"), email.body());
    assertEquals("en", email.templateLanguage());
    assertEquals(List.of("en"), email.fallbackPath());
  }

  @Test
  void daysOverdueCountsFromDueDateAndNeverGoesNegative() {
    MessageFacts facts = Fixtures.fullFacts().build(); // due 15 Nov, as of 5 Dec
    RenderedMessage sms =
        render("en", MessageIntent.FIRM_OVERDUE, Formality.FORMAL, facts, ChannelKind.SMS);
    assertTrue(sms.text().contains("is 20 days overdue"), sms.text());
    assertEquals(
        0L,
        Fixtures.fullFacts().asOf(LocalDate.of(2026, 11, 1)).build().daysOverdue().orElseThrow());
  }

  @Test
  void statedTitleIsUsedAndNeverInferred() {
    MessageFacts titled = Fixtures.fullFacts().title(Title.MS).contactName("Anita Rao").build();
    RenderedMessage hi =
        render("hi", MessageIntent.PRE_DUE_REMINDER, Formality.FORMAL, titled, ChannelKind.EMAIL);
    assertTrue(hi.text().contains("आदरणीय सुश्री Anita Rao जी"), hi.text());
    MessageFacts untitled = Fixtures.fullFacts().contactName("Anita Rao").build();
    RenderedMessage en =
        render("en", MessageIntent.PRE_DUE_REMINDER, Formality.FORMAL, untitled, ChannelKind.EMAIL);
    assertTrue(en.text().contains("Dear Anita Rao,"), en.text());
  }

  @Test
  void withoutAContactTheBusinessIsAddressed() {
    MessageFacts facts =
        MessageFacts.builder()
            .sellerName("Sharma Textiles")
            .customerName("Gupta Traders")
            .asOf(Fixtures.AS_OF)
            .festivalName("Diwali")
            .build();
    RenderedMessage wa =
        render(
            "en", MessageIntent.FESTIVAL_GREETING, Formality.FORMAL, facts, ChannelKind.WHATSAPP);
    assertTrue(wa.text().startsWith("Dear Gupta Traders"), wa.text());
  }

  @Test
  void msmeClauseAppearsOnlyWhenClaimedAndIsTidiedAwayOtherwise() {
    MessageFacts claimed = Fixtures.fullFacts().build();
    String with =
        render("en", MessageIntent.FIRM_OVERDUE, Formality.FORMAL, claimed, ChannelKind.EMAIL)
            .text();
    assertTrue(with.contains("MSMED Act, 2006"), with);
    MessageFacts plain = Fixtures.withoutMsme().build();
    String without =
        render("en", MessageIntent.FIRM_OVERDUE, Formality.FORMAL, plain, ChannelKind.EMAIL).text();
    assertFalse(without.contains("MSMED"));
    assertTrue(without.contains("days overdue.\n\nWe request"), without);
    assertFalse(without.contains(" \n"));
    String gentle =
        render("en", MessageIntent.GENTLE_OVERDUE, Formality.FORMAL, claimed, ChannelKind.EMAIL)
            .text();
    assertFalse(gentle.contains("MSMED"), "gentle reminders never cite the Act");
  }

  @Test
  void missingFactIsNamed() {
    MessageFacts noPaid =
        MessageFacts.builder()
            .sellerName("S")
            .customerName("C")
            .asOf(Fixtures.AS_OF)
            .invoiceNumber("A1")
            .build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                render(
                    "hi", MessageIntent.PAYMENT_THANKS, Formality.FORMAL, noPaid, ChannelKind.SMS));
    assertEquals("paidAmount", e.field());
    InvalidInputException noUpi =
        assertThrows(
            InvalidInputException.class,
            () ->
                render(
                    "ta",
                    MessageIntent.DUE_TODAY,
                    Formality.FORMAL,
                    MessageFacts.builder()
                        .sellerName("S")
                        .customerName("C")
                        .asOf(Fixtures.AS_OF)
                        .invoiceNumber("A1")
                        .amount(Fixtures.AMOUNT)
                        .dueDate(Fixtures.DUE)
                        .build(),
                    ChannelKind.EMAIL));
    assertEquals("upi", noUpi.field());
  }

  @Test
  void factsAreValidatedNamingTheField() {
    assertEquals(
        "sellerName",
        assertThrows(
                InvalidInputException.class, () -> Fixtures.fullFacts().sellerName(" ").build())
            .field());
    assertEquals(
        "customerName",
        assertThrows(
                InvalidInputException.class,
                () -> Fixtures.fullFacts().customerName("Gupta\nTraders").build())
            .field());
    assertEquals(
        "asOf",
        assertThrows(InvalidInputException.class, () -> Fixtures.fullFacts().asOf(null).build())
            .field());
    assertEquals(
        "amount",
        assertThrows(
                InvalidInputException.class,
                () -> Fixtures.fullFacts().amount(dev.samvad.api.Money.ZERO).build())
            .field());
    assertEquals(
        "invoiceNumber",
        assertThrows(InvalidInputException.class, () -> Fixtures.fullFacts().invoiceNumber("INV 1"))
            .field());
  }

  @Test
  void whatsAppIsATemplateWithOrderedVariables() {
    RenderedMessage.WhatsApp wa =
        (RenderedMessage.WhatsApp)
            render(
                "hi",
                MessageIntent.GENTLE_OVERDUE,
                Formality.SEMI_FORMAL,
                Fixtures.fullFacts().build(),
                ChannelKind.WHATSAPP);
    assertEquals("samvad_gentle_overdue_semi_formal_hi", wa.templateName().orElseThrow());
    assertEquals("hi", wa.languageCode());
    CompiledTemplate t =
        Templates.pack("hi")
            .template(MessageIntent.GENTLE_OVERDUE, Formality.SEMI_FORMAL, TemplateField.WHATSAPP);
    assertEquals(t.slotCount(), wa.variables().size());
    // Filling the numbered body with the variables gives the preview.
    String filled = t.numberedBody();
    for (int i = 0; i < wa.variables().size(); i++) {
      filled = filled.replace("{{" + (i + 1) + "}}", wa.variables().get(i));
    }
    assertEquals(wa.preview(), filled);
    assertTrue(wa.isTemplate());
  }

  @Test
  void hinglishTemplatesAreNamedApart() {
    RenderedMessage.WhatsApp wa =
        (RenderedMessage.WhatsApp)
            render(
                "hi-Latn-x-mixed",
                MessageIntent.DUE_TODAY,
                Formality.FORMAL,
                Fixtures.fullFacts().build(),
                ChannelKind.WHATSAPP);
    assertEquals("samvad_due_today_formal_hi_latn", wa.templateName().orElseThrow());
    assertEquals(List.of("hi-Latn-x-mixed", "hi-Latn"), wa.fallbackPath());
  }

  @Test
  void smsCarriesItsCount() {
    RenderedMessage.Sms sms =
        (RenderedMessage.Sms)
            render(
                "ta",
                MessageIntent.GENTLE_OVERDUE,
                Formality.FORMAL,
                Fixtures.fullFacts().build(),
                ChannelKind.SMS);
    assertEquals(SmsEncoding.UCS_2, sms.encoding());
    assertEquals(sms.text().length(), sms.characters());
    assertEquals(SmsCounter.count(sms.text()).segments(), sms.segments());
  }

  @Test
  void letterUsesTheEmailBody() {
    MessageFacts facts = Fixtures.fullFacts().build();
    RenderedMessage.Email email =
        (RenderedMessage.Email)
            render("mr", MessageIntent.FINAL_NOTICE, Formality.FORMAL, facts, ChannelKind.EMAIL);
    RenderedMessage.Letter letter =
        (RenderedMessage.Letter)
            render("mr", MessageIntent.FINAL_NOTICE, Formality.FORMAL, facts, ChannelKind.LETTER);
    assertEquals(email.body(), letter.body());
  }
}
