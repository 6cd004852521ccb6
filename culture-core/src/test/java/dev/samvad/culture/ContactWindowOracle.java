package dev.samvad.culture;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.IndianState;
import dev.samvad.api.Language;
import dev.samvad.api.Region;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately naive restatement of the hard contact rules, written from the specification and
 * not from {@link ContactWindowPolicy}: it walks every quarter hour and checks each rule directly.
 * Slow, simple, and the judge of the fast search in the property tests.
 */
final class ContactWindowOracle {
  private static final Set<MonthDay> FIXED_NATIONAL_HOLIDAYS =
      Set.of(MonthDay.of(1, 26), MonthDay.of(8, 15), MonthDay.of(10, 2));

  private final ReferenceData data;
  private final List<TenantContactRules> tenants;

  ContactWindowOracle(ReferenceData data, List<TenantContactRules> tenants) {
    this.data = data;
    this.tenants = List.copyOf(tenants);
  }

  /** The earliest permitted quarter-hour instant in [desired, desired + 60 days), if any. */
  Optional<ZonedDateTime> earliest(
      ZonedDateTime desired, ChannelKind channel, CulturalProfile profile, ContactPurpose purpose) {
    Instant limit = desired.toInstant().plus(Duration.ofDays(60));
    Instant t = desired.toInstant();
    long s = t.getEpochSecond();
    long first = (s % 900 == 0 && t.getNano() == 0) ? s : (Math.floorDiv(s, 900) + 1) * 900;
    for (Instant at = Instant.ofEpochSecond(first); at.isBefore(limit); at = at.plusSeconds(900)) {
      ZonedDateTime local = at.atZone(profile.zone());
      if (permits(local, channel, profile, purpose)) {
        return Optional.of(local);
      }
    }
    return Optional.empty();
  }

  /** True when every hard rule permits a contact starting at {@code at}. */
  boolean permits(
      ZonedDateTime at, ChannelKind channel, CulturalProfile profile, ContactPurpose purpose) {
    ZonedDateTime local = at.withZoneSameInstant(profile.zone());
    LocalTime time = local.toLocalTime();
    LocalDate date = local.toLocalDate();
    DayOfWeek dow = date.getDayOfWeek();
    if (time.getMinute() % 15 != 0 || time.getSecond() != 0 || time.getNano() != 0) {
      return false;
    }
    LocalTime open = LocalTime.of(8, 0);
    LocalTime close = channel == ChannelKind.VOICE ? LocalTime.of(19, 0) : LocalTime.of(21, 0);
    for (TenantContactRules t : tenants) {
      LocalTime e = t.earliest().get(channel);
      LocalTime l = t.latest().get(channel);
      if (e != null && e.isAfter(open)) {
        open = e;
      }
      if (l != null && l.isBefore(close)) {
        close = l;
      }
    }
    if (time.isBefore(open) || !time.isBefore(close)) {
      return false;
    }
    boolean restDays =
        purpose == ContactPurpose.PAYMENT_REMINDER
            || purpose == ContactPurpose.INVOICE_DELIVERY
            || tenants.stream().anyMatch(t -> t.restDayPurposes().contains(purpose));
    boolean letter = channel == ChannelKind.LETTER;
    if ((restDays || letter) && (dow == DayOfWeek.SUNDAY || isNationalHoliday(date))) {
      return false;
    }
    if (restDays && dow == profile.businessHours().weeklyOff()) {
      return false;
    }
    boolean festivals =
        purpose == ContactPurpose.PAYMENT_REMINDER
            || tenants.stream().anyMatch(t -> t.festivalQuietPurposes().contains(purpose));
    if (festivals
        && data.festivals()
            .quietReason(date, profile.knownState(), profile.region().value())
            .isPresent()) {
      return false;
    }
    for (TenantContactRules t : tenants) {
      if (t.dayBlockPurposes().contains(purpose)
          && (t.blockedDates().contains(date) || t.blockedWeekdays().contains(dow))) {
        return false;
      }
    }
    return true;
  }

  private boolean isNationalHoliday(LocalDate date) {
    if (date.getYear() >= 2025 && date.getYear() <= 2030) {
      return data.festivals().all().stream()
          .anyMatch(f -> f.kind() == FestivalKind.NATIONAL_HOLIDAY && f.date().equals(date));
    }
    return FIXED_NATIONAL_HOLIDAYS.contains(MonthDay.from(date));
  }

  /** A profile with the given facts and neutral everything else. */
  static CulturalProfile profile(
      Optional<IndianState> state,
      Region region,
      BusinessHours hours,
      List<Integer> preferredHours,
      double preferredConfidence,
      ZoneId zone) {
    return new CulturalProfile(
        new CustomerId("c-1"),
        state.map(s -> Finding.of(s, 0.9, Evidence.Source.GSTIN, "GSTIN state code")),
        Finding.of(region, 0.8, Evidence.Source.STATE_DEFAULT, "state default"),
        Finding.of(Language.HINDI.form(), 0.6, Evidence.Source.STATE_DEFAULT, "state default"),
        List.of(),
        Finding.of(Formality.FORMAL, 0.5, Evidence.Source.HEURISTIC, "default"),
        Finding.of(Directness.BALANCED, 0.5, Evidence.Source.HEURISTIC, "default"),
        Finding.of(RelationshipOrientation.BALANCED, 0.5, Evidence.Source.HEURISTIC, "default"),
        Finding.of(List.of(ChannelKind.WHATSAPP), 0.5, Evidence.Source.HEURISTIC, "default"),
        hours,
        Finding.of(preferredHours, preferredConfidence, Evidence.Source.BEHAVIOUR, "replies"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        0.7,
        zone,
        Instant.parse("2025-01-01T00:00:00Z"),
        "v1");
  }

  /** A customer in {@code state} with the state's customary hours and no own preference. */
  static CulturalProfile profileIn(IndianState state) {
    StateFacts facts = ReferenceData.bundled().state(state);
    return profile(
        Optional.of(state), facts.region(), facts.hours(), List.of(), 0, CulturalProfile.INDIA);
  }
}
