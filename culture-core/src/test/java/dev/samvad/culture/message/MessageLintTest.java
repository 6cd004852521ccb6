package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.LanguageForm;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachFinding.Severity;
import dev.samvad.culture.ApproachRules;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageLint;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.RenderedMessage;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageLintTest {
  private static final ZonedDateTime SEND_AT =
      ZonedDateTime.of(2026, 12, 5, 11, 0, 0, 0, ZoneId.of("Asia/Kolkata"));
  private static final MessageFacts FACTS = Fixtures.fullFacts().build();

  private static RenderedMessage render(String lang, MessageIntent intent, ChannelKind channel) {
    return MessageRenderer.bundled()
        .render(Fixtures.plan(intent, LanguageForm.parse(lang), Formality.FORMAL), FACTS, channel);
  }

  private static List<String> codes(List<ApproachFinding> findings) {
    return findings.stream().map(ApproachFinding::code).toList();
  }

  @Test
  void renderedMessagePassesTheStandardLint() {
    RenderedMessage email = render("bn", MessageIntent.FINAL_NOTICE, ChannelKind.EMAIL);
    assertEquals(
        List.of(),
        MessageLint.standard().validate(ApproachContext.of(email, SEND_AT).withFacts(FACTS)));
  }

  @Test
  void smsOverBudgetIsAWarning() {
    String ucs2 = "क".repeat(135); // three UCS-2 parts
    RenderedMessage sms =
        RenderedMessage.Sms.of(ucs2, "hi", List.of("hi"), MessageIntent.PAYMENT_THANKS);
    List<ApproachFinding> findings =
        MessageLint.standard().validate(ApproachContext.of(sms, SEND_AT));
    assertEquals(List.of("SMS_OVER_SEGMENT_BUDGET"), codes(findings));
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("3 segments"));
    assertEquals(
        List.of(),
        ApproachRules.smsSegmentBudget(3).check(ApproachContext.of(sms, SEND_AT)),
        "the budget is a parameter");
  }

  @Test
  void droppedFactsAreBlockers() {
    RenderedMessage rewritten =
        RenderedMessage.Sms.of(
            "Sharma Textiles: invoice INV-2026/0042 is overdue, please pay soon.",
            "en",
            List.of("en"),
            MessageIntent.GENTLE_OVERDUE);
    List<ApproachFinding> findings =
        MessageLint.standard().validate(ApproachContext.of(rewritten, SEND_AT).withFacts(FACTS));
    assertEquals(List.of("MISSING_AMOUNT", "MISSING_DUE_DATE"), codes(findings));
    assertTrue(findings.stream().allMatch(ApproachFinding::blocks));
  }

  @Test
  void factsMayBeWrittenInEnglishOrNumericDateForms() {
    RenderedMessage sms =
        RenderedMessage.Sms.of(
            "बिल INV-2026/0042, Rs. 1,23,456.50, देय 15/11/2026",
            "hi",
            List.of("hi"),
            MessageIntent.DUE_TODAY);
    assertEquals(
        List.of(),
        ApproachRules.mandatoryFacts().check(ApproachContext.of(sms, SEND_AT).withFacts(FACTS)));
  }

  @Test
  void withoutFactsTheCheckSaysSo() {
    RenderedMessage sms = render("en", MessageIntent.DUE_TODAY, ChannelKind.SMS);
    assertEquals(
        List.of("MANDATORY_FACTS_NOT_CHECKED"),
        codes(ApproachRules.mandatoryFacts().check(ApproachContext.of(sms, SEND_AT))));
  }

  @Test
  void greetingsAndThanksNeedNoPaymentFacts() {
    RenderedMessage greeting = render("ta", MessageIntent.FESTIVAL_GREETING, ChannelKind.WHATSAPP);
    assertEquals(
        List.of(),
        ApproachRules.mandatoryFacts()
            .check(ApproachContext.of(greeting, SEND_AT).withFacts(FACTS)));
  }

  @Test
  void freeFormWhatsAppOutsideTheWindowIsBlocked() {
    RenderedMessage.WhatsApp text =
        RenderedMessage.WhatsApp.freeForm("Thank you, noted.", "en", MessageIntent.PAYMENT_THANKS);
    var rule = ApproachRules.whatsAppSessionWindow();
    ApproachContext never = ApproachContext.of(text, SEND_AT);
    assertEquals(List.of("WHATSAPP_OUTSIDE_SESSION_WINDOW"), codes(rule.check(never)));
    ApproachContext inside =
        never.withLastInboundAt(SEND_AT.toInstant().minus(Duration.ofHours(24)));
    assertEquals(List.of(), rule.check(inside), "exactly 24 hours is still inside");
    ApproachContext outside =
        never.withLastInboundAt(SEND_AT.toInstant().minus(Duration.ofHours(24).plusSeconds(1)));
    assertEquals(List.of("WHATSAPP_OUTSIDE_SESSION_WINDOW"), codes(rule.check(outside)));
    RenderedMessage template = render("en", MessageIntent.PAYMENT_THANKS, ChannelKind.WHATSAPP);
    assertEquals(List.of(), rule.check(ApproachContext.of(template, SEND_AT)), "templates may go");
  }

  @Test
  void moreRulesCanBeAddedAndFindingsComeBlockersFirst() {
    RenderedMessage sms = render("en", MessageIntent.DUE_TODAY, ChannelKind.SMS);
    MessageLint lint =
        MessageLint.standard().toBuilder()
            .add(c -> List.of(new ApproachFinding("NOTE", Severity.INFO, "a note", "none")))
            .add(
                c ->
                    c.sendAt().getHour() < 8
                        ? List.of(new ApproachFinding("EARLY", Severity.BLOCKER, "early", "later"))
                        : List.of())
            .build();
    List<ApproachFinding> findings =
        lint.validate(ApproachContext.of(sms, SEND_AT.withHour(6)).withFacts(FACTS));
    assertEquals(List.of("EARLY", "NOTE"), codes(findings));
    assertFalse(lint.allows(ApproachContext.of(sms, SEND_AT.withHour(6)).withFacts(FACTS)));
    assertEquals(5, MessageLint.standard().rules().size() + 1);
  }
}
