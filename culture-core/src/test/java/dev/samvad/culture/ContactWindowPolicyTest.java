package dev.samvad.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.IndianState;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.WindowExplanation.RefusedSpan;
import dev.samvad.culture.WindowExplanation.Rule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the contact-window rules. */
class ContactWindowPolicyTest {
  private static final ContactWindowPolicy POLICY =
      ContactWindowPolicy.standard(ReferenceData.bundled());
  private static final CulturalProfile GUJARAT = ContactWindowOracle.profileIn(IndianState.GUJARAT);
  private static final CulturalProfile KARNATAKA =
      ContactWindowOracle.profileIn(IndianState.KARNATAKA);

  private static ZonedDateTime ist(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CulturalProfile.INDIA);
  }

  @Test
  void aLateEveningSmsMovesToEightNextMorning() {
    // Tuesday 10 March 2026, no festival in Karnataka that week. Written messages may start until
    // 21:00 under the baseline, so 20:30 itself is allowed; after 21:00, or under a tenant who
    // stops SMS at 20:00, it moves to 08:00 next morning.
    ZonedDateTime half8 = ist("2026-03-10T20:30");
    assertSame(
        half8,
        POLICY.nextAllowed(half8, ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
    assertEquals(
        ist("2026-03-11T08:00"),
        POLICY.nextAllowed(
            ist("2026-03-10T21:00"), ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
    ContactWindowPolicy till8 =
        POLICY.tightenedBy(
            TenantContactRules.builder().latest(ChannelKind.SMS, LocalTime.of(20, 0)).build());
    assertEquals(
        ist("2026-03-11T08:00"),
        till8.nextAllowed(half8, ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
    assertEquals(
        ist("2026-03-10T20:45"),
        POLICY.nextAllowed(
            ist("2026-03-10T20:31"), ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
  }

  @Test
  void aVoiceCallAfterSevenMovesToEightNextMorningWithOneReason() {
    ZonedDateTime desired = ist("2026-03-10T19:05");
    WindowExplanation why =
        POLICY.explain(desired, ChannelKind.VOICE, KARNATAKA, ContactPurpose.PAYMENT_REMINDER);
    assertEquals(ist("2026-03-11T08:00"), why.allowed());
    assertEquals(1, why.refused().size());
    RefusedSpan night = why.refused().get(0);
    assertEquals(desired, night.from());
    assertEquals(Rule.OUTSIDE_HOURS, night.rule());
    assertTrue(night.reason().contains("08:00–19:00"), night.reason());
    assertTrue(night.reason().contains("RBI"), night.reason());
  }

  @Test
  void voiceIsBarredAtNightForEveryPurpose() {
    for (ContactPurpose purpose : ContactPurpose.values()) {
      assertEquals(
          ist("2026-03-11T08:00"),
          POLICY.nextAllowed(ist("2026-03-10T22:00"), ChannelKind.VOICE, KARNATAKA, purpose));
    }
  }

  @Test
  void sundayMovesToMonday() {
    ZonedDateTime sunday = ist("2026-03-15T11:00");
    assertEquals(DayOfWeek.SUNDAY, sunday.getDayOfWeek());
    WindowExplanation why =
        POLICY.explain(sunday, ChannelKind.EMAIL, KARNATAKA, ContactPurpose.PAYMENT_REMINDER);
    assertEquals(ist("2026-03-16T08:00"), why.allowed());
    assertEquals(
        List.of(Rule.SUNDAY, Rule.OUTSIDE_HOURS),
        why.refused().stream().map(RefusedSpan::rule).toList());
    // Thanks for a payment is not a demand: it may go on a Sunday.
    assertSame(
        sunday,
        POLICY.nextAllowed(sunday, ChannelKind.EMAIL, KARNATAKA, ContactPurpose.TRANSACTIONAL));
  }

  @Test
  void republicDayHoldsRemindersAndInvoicesButNotGreetings() {
    ZonedDateTime republicDay = ist("2027-01-26T10:00");
    for (ContactPurpose p :
        List.of(ContactPurpose.PAYMENT_REMINDER, ContactPurpose.INVOICE_DELIVERY)) {
      WindowExplanation why = POLICY.explain(republicDay, ChannelKind.WHATSAPP, KARNATAKA, p);
      assertEquals(ist("2027-01-27T08:00"), why.allowed());
      assertEquals(Rule.NATIONAL_HOLIDAY, why.refused().get(0).rule());
      assertTrue(why.refused().get(0).reason().contains("republic-day-2027"));
    }
    assertSame(
        republicDay,
        POLICY.nextAllowed(republicDay, ChannelKind.WHATSAPP, KARNATAKA, ContactPurpose.GREETING));
  }

  @Test
  void diwali2026HoldsAGujaratReminderUntilTheNewYearDaysAreOver() {
    // Diwali (Lakshmi Puja) is Sunday 8 November 2026; the quiet window runs 6–10 November, and
    // Gujarati New Year (10 November) keeps Gujarat quiet to the 12th.
    WindowExplanation why =
        POLICY.explain(
            ist("2026-11-05T21:00"),
            ChannelKind.WHATSAPP,
            GUJARAT,
            ContactPurpose.PAYMENT_REMINDER);
    assertEquals(ist("2026-11-13T08:00"), why.allowed());
    List<Rule> rules = why.refused().stream().map(RefusedSpan::rule).toList();
    assertEquals(Rule.OUTSIDE_HOURS, rules.get(0));
    assertTrue(rules.subList(1, rules.size() - 1).stream().allMatch(r -> r == Rule.FESTIVAL));
    String reasons = why.refused().stream().map(RefusedSpan::reason).toList().toString();
    assertTrue(reasons.contains("2026") && reasons.contains("Gujarat"), reasons);
    assertTrue(reasons.contains("gujarati-new-year-2026"), reasons);
    assertTrue(why.refused().size() <= 5, why.refused().toString());
  }

  @Test
  void aFestivalGreetingOnDiwaliIsAllowed() {
    ZonedDateTime diwaliMorning = ist("2026-11-08T09:00");
    assertSame(
        diwaliMorning,
        POLICY.nextAllowed(diwaliMorning, ChannelKind.WHATSAPP, GUJARAT, ContactPurpose.GREETING));
    // An invoice is allowed during the festival days too, but not on the Sunday Diwali falls on.
    assertEquals(
        ist("2026-11-09T08:00"),
        POLICY.nextAllowed(
            diwaliMorning, ChannelKind.EMAIL, GUJARAT, ContactPurpose.INVOICE_DELIVERY));
  }

  @Test
  void beyondTheCalendarFixedNationalHolidaysStillApplyAndExplainSaysSo() {
    // Friday 15 August 2031: the festival calendar ends with 2030.
    WindowExplanation why =
        POLICY.explain(
            ist("2031-08-15T10:00"), ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER);
    assertEquals(ist("2031-08-16T08:00"), why.allowed());
    assertEquals(Rule.NATIONAL_HOLIDAY, why.refused().get(0).rule());
    assertTrue(why.notes().get(0).contains("2030-12-31"), why.notes().toString());
  }

  @Test
  void slotsAreQuarterHoursAndInputZonesAreConverted() {
    ZonedDateTime onQuarter = ist("2026-03-10T10:15");
    assertSame(
        onQuarter,
        POLICY.nextAllowed(onQuarter, ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
    assertEquals(
        ist("2026-03-10T10:15"),
        POLICY.nextAllowed(
            ist("2026-03-10T10:07"), ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
    ZonedDateTime utc = ZonedDateTime.of(2026, 3, 10, 4, 30, 0, 0, ZoneOffset.UTC);
    ZonedDateTime answer =
        POLICY.nextAllowed(utc, ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER);
    assertEquals(ist("2026-03-10T10:00"), answer);
    assertEquals(CulturalProfile.INDIA, answer.getZone());
  }

  @Test
  void aTenantMayTightenButNeverLoosen() {
    ContactWindowPolicy strict =
        POLICY.tightenedBy(
            TenantContactRules.builder()
                .earliest(ChannelKind.VOICE, LocalTime.of(10, 0))
                .latest(ChannelKind.SMS, LocalTime.of(18, 0))
                .saturdayOff()
                .build());
    assertEquals(
        ist("2026-03-11T10:00"),
        strict.nextAllowed(
            ist("2026-03-10T19:30"),
            ChannelKind.VOICE,
            KARNATAKA,
            ContactPurpose.PAYMENT_REMINDER));
    // Saturday 14 March and Sunday 15 March are both closed: Monday.
    assertEquals(
        ist("2026-03-16T08:00"),
        strict.nextAllowed(
            ist("2026-03-13T18:00"), ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
    InvalidInputException early =
        assertThrows(
            InvalidInputException.class,
            () ->
                POLICY.tightenedBy(
                    TenantContactRules.builder()
                        .earliest(ChannelKind.SMS, LocalTime.of(7, 0))
                        .build()));
    assertEquals("earliest.SMS", early.field());
    InvalidInputException late =
        assertThrows(
            InvalidInputException.class,
            () ->
                strict.tightenedBy(
                    TenantContactRules.builder()
                        .latest(ChannelKind.SMS, LocalTime.of(20, 0))
                        .build()));
    assertEquals("latest.SMS", late.field());
    InvalidInputException odd =
        assertThrows(
            InvalidInputException.class,
            () ->
                TenantContactRules.builder()
                    .earliest(ChannelKind.SMS, LocalTime.of(9, 10))
                    .build());
    assertEquals("earliest.SMS", odd.field());
    InvalidInputException noPurpose =
        assertThrows(
            InvalidInputException.class,
            () ->
                TenantContactRules.builder()
                    .blockDate(LocalDate.of(2026, 3, 31))
                    .dayBlockPurposes(EnumSet.noneOf(ContactPurpose.class))
                    .build());
    assertEquals("dayBlockPurposes", noPurpose.field());
  }

  @Test
  void rulesThatLeaveNoSlotEndInTheTypedError() {
    TenantContactRules.Builder everyDay = TenantContactRules.builder();
    for (DayOfWeek d : DayOfWeek.values()) {
      everyDay.blockWeekday(d);
    }
    ContactWindowPolicy closed = POLICY.tightenedBy(everyDay.build());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                closed.nextAllowed(
                    ist("2026-03-10T10:00"),
                    ChannelKind.SMS,
                    KARNATAKA,
                    ContactPurpose.PAYMENT_REMINDER));
    assertEquals("desired", e.field());
    assertTrue(e.problem().contains("60 days"), e.problem());
    // A greeting is outside the tenant's blocked purposes, so it still has a slot.
    assertEquals(
        ist("2026-03-10T10:00"),
        closed.nextAllowed(
            ist("2026-03-10T10:00"), ChannelKind.SMS, KARNATAKA, ContactPurpose.GREETING));
  }

  @Test
  void lettersAreNotDispatchedOnSundaysEvenForThanks() {
    assertEquals(
        ist("2026-03-16T08:00"),
        POLICY.nextAllowed(
            ist("2026-03-15T12:00"), ChannelKind.LETTER, KARNATAKA, ContactPurpose.TRANSACTIONAL));
  }

  @Test
  void nextPreferredAimsForBusinessHoursOutsideLunch() {
    // Karnataka: 09:30–18:30, lunch 13:00–14:00.
    assertEquals(
        ist("2026-03-11T09:30"),
        POLICY.nextPreferred(
            ist("2026-03-10T20:30"), ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
    assertEquals(
        ist("2026-03-10T14:00"),
        POLICY.nextPreferred(
            ist("2026-03-10T13:10"), ChannelKind.SMS, KARNATAKA, ContactPurpose.PAYMENT_REMINDER));
    CulturalProfile evening =
        ContactWindowOracle.profile(
            KARNATAKA.knownState(),
            KARNATAKA.region().value(),
            KARNATAKA.businessHours(),
            List.of(17),
            0.8,
            CulturalProfile.INDIA);
    assertEquals(
        ist("2026-03-10T17:00"),
        POLICY.nextPreferred(
            ist("2026-03-10T10:00"), ChannelKind.SMS, evening, ContactPurpose.PAYMENT_REMINDER));
    // The customer's 20:00 habit lies outside business hours, so it wins on its own; for voice it
    // is illegal, so voice falls back to business hours.
    CulturalProfile night =
        ContactWindowOracle.profile(
            KARNATAKA.knownState(),
            KARNATAKA.region().value(),
            KARNATAKA.businessHours(),
            List.of(20),
            0.8,
            CulturalProfile.INDIA);
    assertEquals(
        ist("2026-03-10T20:00"),
        POLICY.nextPreferred(
            ist("2026-03-10T10:00"), ChannelKind.WHATSAPP, night, ContactPurpose.PAYMENT_REMINDER));
    assertEquals(
        ist("2026-03-10T10:00"),
        POLICY.nextPreferred(
            ist("2026-03-10T10:00"), ChannelKind.VOICE, night, ContactPurpose.PAYMENT_REMINDER));
  }
}
