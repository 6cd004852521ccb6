package dev.samvad.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.IndianState;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Region;
import dev.samvad.culture.WindowExplanation.RefusedSpan;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The contact-window guarantees, checked against a slow oracle over random inputs. */
class ContactWindowPropertiesTest {
  private static final ReferenceData DATA = ReferenceData.bundled();
  private static final ContactWindowPolicy BASELINE = ContactWindowPolicy.standard(DATA);
  private static final long FROM = Instant.parse("2024-12-25T00:00:00Z").getEpochSecond();
  private static final long UNTIL = Instant.parse("2031-12-31T23:59:59Z").getEpochSecond();
  private static final List<ZoneId> INPUT_ZONES =
      List.of(
          CulturalProfile.INDIA,
          ZoneId.of("UTC"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Kathmandu"));

  /** One random situation: the question and the tenant rules in force. */
  record Case(
      ZonedDateTime desired,
      ChannelKind channel,
      CulturalProfile profile,
      ContactPurpose purpose,
      List<TenantContactRules> tenants) {

    ContactWindowPolicy policy() {
      ContactWindowPolicy p = BASELINE;
      for (TenantContactRules t : tenants) {
        p = p.tightenedBy(t);
      }
      return p;
    }

    ContactWindowOracle oracle() {
      return new ContactWindowOracle(DATA, tenants);
    }
  }

  @Property(tries = 600)
  void nextAllowedIsTheEarliestPermittedSlotOrTheTypedError(@ForAll("cases") Case c) {
    Optional<ZonedDateTime> expected =
        c.oracle().earliest(c.desired(), c.channel(), c.profile(), c.purpose());
    Optional<ZonedDateTime> actual = answer(c.policy(), c);
    assertEquals(
        expected.map(ZonedDateTime::toInstant),
        actual.map(ZonedDateTime::toInstant),
        () -> c.toString());
    actual.ifPresent(
        a -> {
          assertFalse(a.isBefore(c.desired()), "before desired");
          assertEquals(c.profile().zone(), a.getZone(), "answer in the customer's zone");
        });
  }

  @Property(tries = 300)
  void zonesWithDaylightSavingAreSearchedExactly(@ForAll("cases") Case c) {
    CulturalProfile p = c.profile();
    CulturalProfile london =
        ContactWindowOracle.profile(
            p.knownState(),
            p.region().value(),
            p.businessHours(),
            p.preferredHours().value(),
            p.preferredHours().confidence(),
            ZoneId.of("Europe/London"));
    Case moved = new Case(c.desired(), c.channel(), london, c.purpose(), c.tenants());
    Optional<ZonedDateTime> expected =
        moved.oracle().earliest(moved.desired(), moved.channel(), london, moved.purpose());
    assertEquals(
        expected.map(ZonedDateTime::toInstant),
        answer(moved.policy(), moved).map(ZonedDateTime::toInstant),
        () -> moved.toString());
  }

  /**
   * Found by the property above: a quiet window that runs past the calendar's last covered day
   * (Manipur's Christmas window into 1 January 2031) was not seen by the compiled calendar.
   */
  @org.junit.jupiter.api.Test
  void aQuietWindowReachingPastTheCalendarsLastYearStillHolds() {
    CulturalProfile london =
        ContactWindowOracle.profile(
            Optional.of(IndianState.MANIPUR),
            Region.NORTHEAST,
            new BusinessHours(
                LocalTime.of(7, 0),
                LocalTime.of(11, 0),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                DayOfWeek.MONDAY),
            List.of(),
            0,
            ZoneId.of("Europe/London"));
    Case c =
        new Case(
            ZonedDateTime.parse("2030-12-22T02:15:00.000000001+05:30[Asia/Kolkata]"),
            ChannelKind.EMAIL,
            london,
            ContactPurpose.PAYMENT_REMINDER,
            List.of());
    Optional<ZonedDateTime> expected =
        c.oracle().earliest(c.desired(), c.channel(), london, c.purpose());
    assertEquals(
        Optional.of(Instant.parse("2031-01-02T08:00:00Z")), expected.map(ZonedDateTime::toInstant));
    assertEquals(
        expected.map(ZonedDateTime::toInstant),
        answer(c.policy(), c).map(ZonedDateTime::toInstant));
  }

  @Property(tries = 400)
  void aTightenedPolicyNeverAnswersEarlier(@ForAll("cases") Case c) {
    Optional<ZonedDateTime> baseline = answer(BASELINE, c);
    Optional<ZonedDateTime> tightened = answer(c.policy(), c);
    if (baseline.isEmpty()) {
      assertTrue(tightened.isEmpty(), "tightening found a slot the baseline lacks");
    } else if (tightened.isPresent()) {
      assertFalse(tightened.get().isBefore(baseline.get()));
    }
  }

  @Property(tries = 400)
  void nextPreferredKeepsTheHardRules(@ForAll("cases") Case c) {
    ContactWindowPolicy policy = c.policy();
    Optional<ZonedDateTime> allowed = answer(policy, c);
    if (allowed.isEmpty()) {
      assertThrows(
          InvalidInputException.class,
          () -> policy.nextPreferred(c.desired(), c.channel(), c.profile(), c.purpose()));
      return;
    }
    ZonedDateTime preferred =
        policy.nextPreferred(c.desired(), c.channel(), c.profile(), c.purpose());
    assertFalse(preferred.isBefore(allowed.get()));
    assertFalse(preferred.isAfter(allowed.get().plus(ContactWindowPolicy.PREFERENCE_REACH)));
    assertTrue(
        c.oracle().permits(preferred, c.channel(), c.profile(), c.purpose()),
        () -> "preferred " + preferred + " breaks a hard rule");
  }

  @Property(tries = 400)
  void explainCoversTheRefusedTimeWithoutGaps(@ForAll("cases") Case c) {
    ContactWindowPolicy policy = c.policy();
    Optional<ZonedDateTime> allowed = answer(policy, c);
    if (allowed.isEmpty()) {
      assertThrows(
          InvalidInputException.class,
          () -> policy.explain(c.desired(), c.channel(), c.profile(), c.purpose()));
      return;
    }
    WindowExplanation why = policy.explain(c.desired(), c.channel(), c.profile(), c.purpose());
    assertEquals(allowed.get(), why.allowed());
    assertEquals(c.desired().toInstant(), why.desired().toInstant());
    List<RefusedSpan> spans = why.refused();
    if (why.allowed().toInstant().equals(c.desired().toInstant())) {
      assertTrue(spans.isEmpty());
      return;
    }
    assertFalse(spans.isEmpty());
    assertEquals(c.desired().toInstant(), spans.get(0).from().toInstant());
    assertEquals(why.allowed().toInstant(), spans.get(spans.size() - 1).until().toInstant());
    for (int i = 0; i < spans.size(); i++) {
      RefusedSpan s = spans.get(i);
      assertTrue(s.until().isAfter(s.from()), () -> "empty span " + s);
      assertFalse(s.reason().isBlank());
      if (i > 0) {
        RefusedSpan prev = spans.get(i - 1);
        assertEquals(prev.until().toInstant(), s.from().toInstant(), "gap or overlap");
        assertNotEquals(prev.reason(), s.reason(), "adjacent spans with one reason not merged");
      }
    }
    // The compression claim: never more spans than days searched plus a few boundaries.
    long days = java.time.Duration.between(c.desired(), why.allowed()).toDays();
    assertTrue(spans.size() <= 2 * days + 4, () -> spans.size() + " spans over " + days + " days");
  }

  @Property(tries = 200)
  void aRuleThatWidensAWindowIsRejectedNamingTheField(
      @ForAll("channels") ChannelKind channel, @ForAll("earlyTimes") LocalTime early) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                BASELINE.tightenedBy(
                    TenantContactRules.builder().earliest(channel, early).build()));
    assertEquals("earliest." + channel, e.field());
    LocalTime late = channel == ChannelKind.VOICE ? LocalTime.of(19, 15) : LocalTime.of(21, 15);
    InvalidInputException l =
        assertThrows(
            InvalidInputException.class,
            () -> BASELINE.tightenedBy(TenantContactRules.builder().latest(channel, late).build()));
    assertEquals("latest." + channel, l.field());
  }

  private static Optional<ZonedDateTime> answer(ContactWindowPolicy policy, Case c) {
    try {
      return Optional.of(policy.nextAllowed(c.desired(), c.channel(), c.profile(), c.purpose()));
    } catch (InvalidInputException e) {
      assertEquals("desired", e.field());
      return Optional.empty();
    }
  }

  // ---- generators ----

  @Provide
  Arbitrary<ChannelKind> channels() {
    return Arbitraries.of(ChannelKind.class);
  }

  @Provide
  Arbitrary<LocalTime> earlyTimes() {
    return Arbitraries.integers().between(0, 31).map(q -> LocalTime.ofSecondOfDay(q * 900L));
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            desiredTimes(),
            Arbitraries.of(ChannelKind.class),
            profiles(),
            Arbitraries.of(ContactPurpose.class),
            tenantRules().list().ofMaxSize(2))
        .as(Case::new)
        .filter(this::consistent);
  }

  /** Keeps only tenant stacks a policy accepts (a later rule may not widen an earlier one). */
  private boolean consistent(Case c) {
    try {
      c.policy();
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  private Arbitrary<ZonedDateTime> desiredTimes() {
    Arbitrary<Long> seconds = Arbitraries.longs().between(FROM, UNTIL);
    Arbitrary<Integer> rounding = Arbitraries.of(1, 60, 900, 3600);
    Arbitrary<Integer> nanos =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 999_999_999)));
    return Combinators.combine(seconds, rounding, nanos, Arbitraries.of(INPUT_ZONES))
        .as(
            (s, r, n, z) ->
                Instant.ofEpochSecond(s - Math.floorMod(s, (long) r), r == 1 ? n : 0).atZone(z));
  }

  private Arbitrary<CulturalProfile> profiles() {
    Arbitrary<Optional<IndianState>> states = Arbitraries.of(IndianState.class).optional(0.8);
    Arbitrary<Region> regions = Arbitraries.of(Region.class);
    Arbitrary<DayOfWeek> weeklyOffs =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.just(DayOfWeek.SUNDAY)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(DayOfWeek.class)));
    Arbitrary<Integer> open = Arbitraries.integers().between(28, 44);
    Arbitrary<Integer> length = Arbitraries.integers().between(16, 44);
    Arbitrary<List<Integer>> preferred = Arbitraries.integers().between(0, 23).list().ofMaxSize(6);
    Arbitrary<Double> confidence = Arbitraries.of(0.0, 0.3, 0.5, 0.9);
    return Combinators.combine(states, regions, weeklyOffs, open, length, preferred, confidence)
        .as(
            (state, region, off, o, len, pref, conf) -> {
              int close = Math.min(o + len, 95);
              int lunch = o + (close - o) / 2;
              BusinessHours hours =
                  new BusinessHours(
                      quarter(o), quarter(close), quarter(lunch), quarter(lunch + 4), off);
              return ContactWindowOracle.profile(
                  state,
                  state.map(s -> DATA.state(s).region()).orElse(region),
                  hours,
                  pref,
                  conf,
                  CulturalProfile.INDIA);
            });
  }

  private static LocalTime quarter(int q) {
    return LocalTime.ofSecondOfDay(Math.min(q, 95) * 900L);
  }

  private Arbitrary<TenantContactRules> tenantRules() {
    Arbitrary<ChannelKind> channel = Arbitraries.of(ChannelKind.class);
    Arbitrary<Integer> earliest = Arbitraries.integers().between(32, 48);
    Arbitrary<Integer> latest = Arbitraries.integers().between(52, 76);
    Arbitrary<Set<LocalDate>> dates =
        Arbitraries.longs()
            .between(LocalDate.of(2025, 1, 1).toEpochDay(), LocalDate.of(2032, 2, 28).toEpochDay())
            .map(LocalDate::ofEpochDay)
            .set()
            .ofMaxSize(40);
    Arbitrary<Set<DayOfWeek>> weekdays =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(EnumSet.allOf(DayOfWeek.class))));
    Arbitrary<Set<ContactPurpose>> purposes =
        Arbitraries.of(ContactPurpose.class).set().ofMinSize(1);
    Arbitrary<Set<ContactPurpose>> extra = Arbitraries.of(ContactPurpose.class).set();
    return Combinators.combine(channel, earliest, latest, dates, weekdays, purposes, extra, extra)
        .as(
            (ch, e, l, d, w, p, festival, rest) -> {
              TenantContactRules.Builder b = TenantContactRules.builder();
              b.earliest(ch, quarter(e)).latest(ch, quarter(l));
              d.forEach(b::blockDate);
              w.forEach(b::blockWeekday);
              return b.dayBlockPurposes(p).quietOnFestivals(festival).restOnHolidays(rest).build();
            });
  }
}
