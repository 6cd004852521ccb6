package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.LanguageForm;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.Festival;
import dev.samvad.culture.LanguageIdentifier;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageLint;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RenderedMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private final MessageLint lint =
      MessageLint.withProfileRules(
          ContactWindowPolicy.standard(ReferenceData.bundled()), LanguageIdentifier.standard());

  private static CulturalProfile gujarat(LanguageForm stated) {
    String first14 = "24AAPFU0939F1Z";
    return CulturalProfiler.standard()
        .profile(
            new ProfileInput.Builder(new CustomerId("C-1"))
                .gstin(new Gstin(first14 + Gstin.checkCharacter(first14)))
                .statedLanguage(stated)
                .build(),
            Instant.parse("2026-10-01T05:30:00Z"));
  }

  private static RenderedMessage sms(String text) {
    return RenderedMessage.Sms.of(text, "en", List.of("en"), MessageIntent.GENTLE_OVERDUE);
  }

  private List<String> codes(RenderedMessage message, ZonedDateTime at, CulturalProfile profile) {
    return lint.validate(ApproachContext.of(message, at).withProfile(profile)).stream()
        .map(ApproachFinding::code)
        .toList();
  }

  @Test
  void aReminderAtNightIsBlockedWithTheEarliestTimeAsFix() {
    CulturalProfile profile = gujarat(LanguageForm.ENGLISH);
    ZonedDateTime late = ZonedDateTime.of(2026, 10, 14, 22, 30, 0, 0, IST);
    List<ApproachFinding> findings =
        lint.validate(
            ApproachContext.of(
                    sms("Gentle reminder: invoice INV-1 of Rs 5,000 was due on 1 Oct."), late)
                .withProfile(profile));
    ApproachFinding window =
        findings.stream()
            .filter(f -> f.code().equals("OUTSIDE_LEGAL_WINDOW"))
            .findFirst()
            .orElseThrow();
    assertTrue(window.blocks());
    assertTrue(window.fix().contains("2026-10-15T08:00"), window.fix());
  }

  @Test
  void aReminderOnDiwaliInGujaratIsBlocked() {
    Festival diwali =
        ReferenceData.bundled().festivals().next("diwali", LocalDate.of(2026, 1, 1)).orElseThrow();
    ZonedDateTime noon = diwali.date().atTime(12, 0).atZone(IST);
    assertTrue(
        codes(sms("Reminder: invoice INV-1 is overdue."), noon, gujarat(LanguageForm.ENGLISH))
            .contains("FESTIVAL_DAY"));
  }

  @Test
  void aMessageInTheWrongLanguageOrRegisterIsFlagged() {
    ZonedDateTime weekday = ZonedDateTime.of(2026, 10, 14, 11, 0, 0, 0, IST);
    CulturalProfile gujarati = gujarat(LanguageForm.parse("gu"));
    assertTrue(
        codes(sms("आपका भुगतान बाकी है, कृपया जल्द से जल्द भुगतान करें"), weekday, gujarati)
            .contains("WRONG_LANGUAGE"));
    CulturalProfile hindi = gujarat(LanguageForm.parse("hi"));
    assertTrue(
        codes(sms("तुम्हारा भुगतान बाकी है, जल्दी भेजो"), weekday, hindi)
            .contains("WRONG_FORMALITY"));
    assertEquals(
        List.of(),
        codes(sms("आपका भुगतान बाकी है, कृपया जल्द से जल्द भुगतान करें"), weekday, hindi).stream()
            .filter(c -> !c.startsWith("MANDATORY") && !c.startsWith("FACTS"))
            .toList());
  }
}
