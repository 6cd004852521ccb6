package dev.samvad.culture;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.WindowExplanation.RefusedSpan;
import dev.samvad.culture.WindowExplanation.Rule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a customer may lawfully and decently be contacted. The rules here are hard constraints: no
 * preference, optimiser or tenant setting can trade them away. A tenant may only {@linkplain
 * #tightenedBy tighten} them.
 *
 * <h2>Hard rules of {@link #standard}</h2>
 *
 * All times are local to the customer ({@link CulturalProfile#zone()}), and a window {@code
 * 08:00–19:00} means a contact may start at 08:00 and must start before 19:00.
 *
 * <ol>
 *   <li><b>Voice, 08:00–19:00</b>, for every purpose. The RBI's 2022 instructions to regulated
 *       entities on recovery agents (under its Fair Practices Code and outsourcing directions) bar
 *       recovery calls before 08:00 and after 19:00. That binds lenders; Samvad's tenants are
 *       mostly sellers, so for them it is our baseline, applied to every voice contact.
 *   <li><b>Written messages (email, SMS, WhatsApp), 08:00–21:00.</b> TRAI's commercial
 *       communication rules keep promotional traffic to daytime and night-time is customary quiet;
 *       service messages such as reminders are not hour-limited by law, so this is our baseline.
 *   <li><b>Letters, 08:00–21:00, and never dispatched on a Sunday or a national holiday.</b> The
 *       instant is when the letter is handed over for dispatch, not when it arrives; post and
 *       couriers do not collect on those days. Our baseline.
 *   <li><b>No payment reminder on a festival quiet day</b> that applies to the customer ({@link
 *       FestivalCalendar#quietReason}: the festival and the unwelcome days around it). Invoices,
 *       thanks and greetings are allowed then; a greeting on a festival is its point. Our baseline,
 *       after common business courtesy.
 *   <li><b>No payment reminder and no invoice on a Sunday, a national holiday, or the customer's
 *       weekly off</b> ({@link BusinessHours#weeklyOff()}). National holidays are closed days by
 *       law; the rest is our baseline.
 * </ol>
 *
 * <p>The festival calendar covers whole years (2025–2030 for the bundled data). Outside them no
 * festival quiet day can be known, so only the other rules apply; national holidays with a fixed
 * date still apply. {@link #explain} says so in its notes.
 *
 * <p>Answers are quarter-hour slots (local :00, :15, :30, :45). The search looks at most {@link
 * #HORIZON} past the desired instant; if no slot exists by then it throws {@link
 * InvalidInputException} on field {@code desired}, so a rule set that blocks every day ends the
 * search instead of looping.
 *
 * <p>Instances are immutable and thread-safe. {@link #nextAllowed} allocates nothing but its result
 * when the customer's zone has had a fixed offset since before the desired instant, as India's has
 * since 1945; other zones (daylight saving) take a slower, equally exact path.
 */
public final class ContactWindowPolicy {
  /** How far past the desired instant the search looks before giving up. */
  public static final Duration HORIZON = Duration.ofDays(60);

  /** How far past the earliest permitted slot {@link #nextPreferred} looks for a preferred one. */
  public static final Duration PREFERENCE_REACH = Duration.ofDays(7);

  static final int QUARTERS = 96;
  private static final int QUARTER_SECONDS = 900;

  private static final int SUNDAY = 1;
  private static final int NATIONAL = 2;
  private static final int WEEKLY_OFF = 4;
  private static final int FESTIVAL = 8;
  private static final int TENANT_DATE = 16;
  private static final int TENANT_WEEKDAY = 32;

  private static final int BASE_START = 8 * 4;
  private static final int VOICE_END = 19 * 4;
  private static final int WRITTEN_END = 21 * 4;

  private static final ChannelKind[] CHANNELS = ChannelKind.values();
  private static final ContactPurpose[] PURPOSES = ContactPurpose.values();
  private static final ConcurrentHashMap<ZoneId, FixedOffset> OFFSETS = new ConcurrentHashMap<>();
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private final ContactCalendar calendar;
  private final int[] start;
  private final int[] end;
  private final int[] purposeRules;
  private final long[][] blockedDays;
  private final int[] blockedWeekdays;

  private ContactWindowPolicy(
      ContactCalendar calendar,
      int[] start,
      int[] end,
      int[] purposeRules,
      long[][] blockedDays,
      int[] blockedWeekdays) {
    this.calendar = calendar;
    this.start = start;
    this.end = end;
    this.purposeRules = purposeRules;
    this.blockedDays = blockedDays;
    this.blockedWeekdays = blockedWeekdays;
  }

  /** The baseline hard rules over {@code data}'s festival calendar. */
  public static ContactWindowPolicy standard(ReferenceData data) {
    int[] start = new int[CHANNELS.length];
    int[] end = new int[CHANNELS.length];
    for (ChannelKind c : CHANNELS) {
      start[c.ordinal()] = BASE_START;
      end[c.ordinal()] = baselineEnd(c);
    }
    int[] rules = new int[PURPOSES.length];
    rules[ContactPurpose.PAYMENT_REMINDER.ordinal()] = SUNDAY | NATIONAL | WEEKLY_OFF | FESTIVAL;
    rules[ContactPurpose.INVOICE_DELIVERY.ordinal()] = SUNDAY | NATIONAL | WEEKLY_OFF;
    return new ContactWindowPolicy(
        new ContactCalendar(data.festivals()),
        start,
        end,
        rules,
        new long[PURPOSES.length][0],
        new int[PURPOSES.length]);
  }

  private static int baselineEnd(ChannelKind channel) {
    return channel == ChannelKind.VOICE ? VOICE_END : WRITTEN_END;
  }

  /**
   * This policy with a tenant's rules added. Rules only ever remove slots.
   *
   * @throws InvalidInputException naming the field ({@code earliest.SMS}, {@code latest.VOICE})
   *     when an opening time is earlier, or a closing time later, than this policy's
   */
  public ContactWindowPolicy tightenedBy(TenantContactRules rules) {
    int[] newStart = start.clone();
    int[] newEnd = end.clone();
    rules
        .earliest()
        .forEach(
            (channel, time) -> {
              int q = quarterOf(time);
              if (q < start[channel.ordinal()]) {
                throw new InvalidInputException(
                    "earliest." + channel,
                    time
                        + " would open the window before "
                        + timeOf(start[channel.ordinal()])
                        + "; a tenant may only tighten contact windows");
              }
              newStart[channel.ordinal()] = q;
            });
    rules
        .latest()
        .forEach(
            (channel, time) -> {
              int q = quarterOf(time);
              if (q > end[channel.ordinal()]) {
                throw new InvalidInputException(
                    "latest." + channel,
                    time
                        + " would close the window after "
                        + timeOf(end[channel.ordinal()])
                        + "; a tenant may only tighten contact windows");
              }
              newEnd[channel.ordinal()] = q;
            });
    for (ChannelKind c : CHANNELS) {
      if (newStart[c.ordinal()] >= newEnd[c.ordinal()]) {
        String field = rules.latest().containsKey(c) ? "latest." + c : "earliest." + c;
        throw new InvalidInputException(
            field,
            "leaves no time of day for "
                + c
                + " ("
                + timeOf(newStart[c.ordinal()])
                + "–"
                + timeOf(newEnd[c.ordinal()])
                + ")");
      }
    }
    int[] newRules = purposeRules.clone();
    for (ContactPurpose p : rules.dayBlockPurposes()) {
      if (!rules.blockedDates().isEmpty()) {
        newRules[p.ordinal()] |= TENANT_DATE;
      }
      if (!rules.blockedWeekdays().isEmpty()) {
        newRules[p.ordinal()] |= TENANT_WEEKDAY;
      }
    }
    rules.festivalQuietPurposes().forEach(p -> newRules[p.ordinal()] |= FESTIVAL);
    rules.restDayPurposes().forEach(p -> newRules[p.ordinal()] |= SUNDAY | NATIONAL | WEEKLY_OFF);
    // Blocked days belong to the purposes the same tenant named, so they are kept per purpose.
    long[][] days = blockedDays.clone();
    int[] weekdays = blockedWeekdays.clone();
    for (ContactPurpose p : rules.dayBlockPurposes()) {
      TreeSet<Long> merged = new TreeSet<>();
      Arrays.stream(days[p.ordinal()]).forEach(merged::add);
      rules.blockedDates().forEach(d -> merged.add(d.toEpochDay()));
      days[p.ordinal()] = merged.stream().mapToLong(Long::longValue).toArray();
      for (DayOfWeek d : rules.blockedWeekdays()) {
        weekdays[p.ordinal()] |= 1 << d.ordinal();
      }
    }
    return new ContactWindowPolicy(calendar, newStart, newEnd, newRules, days, weekdays);
  }

  /**
   * The earliest quarter-hour slot at or after {@code desired} that satisfies every hard rule, in
   * the customer's zone. Returns {@code desired} itself when it already is such a slot in that
   * zone.
   *
   * @throws InvalidInputException on field {@code desired} when no slot exists within {@link
   *     #HORIZON}
   */
  public ZonedDateTime nextAllowed(
      ZonedDateTime desired, ChannelKind channel, CulturalProfile profile, ContactPurpose purpose) {
    ZonedDateTime found = search(desired, channel, profile, purpose, 0, -1L, -1L, null);
    if (found == null) {
      throw noSlot(desired, channel, purpose);
    }
    return found;
  }

  /**
   * The earliest slot that satisfies every hard rule and, as far as possible, the customer's soft
   * preferences: their customary business hours outside the lunch break and off their weekly off,
   * and their own best hours when {@link CulturalProfile#preferredHours()} has confidence of at
   * least 0.5. It tries all of these together, then the customer's own hours alone, then business
   * hours alone, each within {@link #PREFERENCE_REACH} of {@link #nextAllowed}; failing those it
   * answers {@link #nextAllowed}. Soft preferences never override a hard rule.
   *
   * @throws InvalidInputException on field {@code desired} when no slot exists within {@link
   *     #HORIZON}
   */
  public ZonedDateTime nextPreferred(
      ZonedDateTime desired, ChannelKind channel, CulturalProfile profile, ContactPurpose purpose) {
    ZonedDateTime allowed = nextAllowed(desired, channel, profile, purpose);
    Instant until = allowed.toInstant().plus(PREFERENCE_REACH);
    long businessLo = businessBits(profile.businessHours(), 0);
    long businessHi = businessBits(profile.businessHours(), 1);
    Finding<List<Integer>> hours = profile.preferredHours();
    if (hours.confidence() >= 0.5 && !hours.value().isEmpty()) {
      long ownLo = hourBits(hours.value(), 0);
      long ownHi = hourBits(hours.value(), 1);
      ZonedDateTime both =
          search(
              allowed,
              channel,
              profile,
              purpose,
              WEEKLY_OFF,
              businessLo & ownLo,
              businessHi & ownHi,
              until);
      if (both != null) {
        return both;
      }
      ZonedDateTime own = search(allowed, channel, profile, purpose, 0, ownLo, ownHi, until);
      if (own != null) {
        return own;
      }
    }
    ZonedDateTime business =
        search(allowed, channel, profile, purpose, WEEKLY_OFF, businessLo, businessHi, until);
    return business != null ? business : allowed;
  }

  /**
   * {@link #nextAllowed}'s answer with every refused span between {@code desired} and it, each with
   * the rule that refused it. See {@link WindowExplanation} for the shape.
   *
   * @throws InvalidInputException on field {@code desired} when no slot exists within {@link
   *     #HORIZON}
   */
  public WindowExplanation explain(
      ZonedDateTime desired, ChannelKind channel, CulturalProfile profile, ContactPurpose purpose) {
    ZoneId zone = profile.zone();
    ZonedDateTime allowed = nextAllowed(desired, channel, profile, purpose);
    ZonedDateTime from = desired.withZoneSameInstant(zone);
    int rules = purposeRules[purpose.ordinal()] | channelRules(channel);
    int key = ContactCalendar.key(profile);
    int weeklyOff = profile.businessHours().weeklyOff().ordinal();
    int open = start[channel.ordinal()];
    int close = end[channel.ordinal()];
    List<RefusedSpan> spans = new ArrayList<>();
    ZonedDateTime cur = from;
    while (cur.isBefore(allowed)) {
      LocalDate date = cur.toLocalDate();
      ZonedDateTime nextDay = date.plusDays(1).atStartOfDay(zone);
      int rule = blockingRule(date.toEpochDay(), rules, key, weeklyOff, purpose.ordinal());
      if (rule != 0) {
        add(spans, cur, earlier(nextDay, allowed), dayRule(rule), dayReason(rule, date, profile));
        cur = nextDay;
        continue;
      }
      ZonedDateTime windowStart = ZonedDateTime.of(date.atTime(timeOf(open)), zone);
      ZonedDateTime windowEnd = ZonedDateTime.of(date.atTime(timeOf(close)), zone);
      String hours = hoursReason(channel, open, close);
      if (cur.isBefore(windowStart)) {
        add(spans, cur, earlier(windowStart, allowed), Rule.OUTSIDE_HOURS, hours);
        cur = windowStart;
      } else if (!cur.isBefore(windowEnd)) {
        add(spans, cur, earlier(nextDay, allowed), Rule.OUTSIDE_HOURS, hours);
        cur = nextDay;
      } else {
        ZonedDateTime boundary = earlier(windowEnd, allowed);
        if (ceilQuarter(cur).isBefore(boundary)) {
          throw new IllegalStateException("explain disagrees with nextAllowed at " + cur);
        }
        add(
            spans,
            cur,
            boundary,
            Rule.QUARTER_HOUR,
            "contacts are scheduled on the quarter hour (:00, :15, :30, :45)");
        cur = boundary;
      }
    }
    List<String> notes = new ArrayList<>();
    if ((rules & FESTIVAL) != 0
        && (!calendar.isCovered(from.toLocalDate().toEpochDay())
            || !calendar.isCovered(allowed.toLocalDate().toEpochDay()))) {
      notes.add(
          "the festival calendar covers "
              + calendar.coveredFrom()
              + " to "
              + calendar.coveredUntil()
              + "; festival quiet days outside it could not be checked, so only the other rules"
              + " (including fixed-date national holidays) were applied there");
    }
    return new WindowExplanation(from, allowed, spans, notes);
  }

  // ---- the search ----

  /**
   * The first slot at or after {@code desired} allowed by the hard rules plus {@code extraRules}
   * and, when {@code softLo}/{@code softHi} are not all ones, in the given quarter-of-day mask;
   * {@code null} when there is none before {@code until} (or before the horizon when {@code until}
   * is null).
   */
  private ZonedDateTime search(
      ZonedDateTime desired,
      ChannelKind channel,
      CulturalProfile profile,
      ContactPurpose purpose,
      int extraRules,
      long softLo,
      long softHi,
      Instant until) {
    ZoneId zone = profile.zone();
    long second = desired.toEpochSecond();
    int nano = desired.getNano();
    long limitSecond;
    int limitNano;
    if (until == null) {
      limitSecond = second + HORIZON.getSeconds();
      limitNano = nano;
    } else {
      limitSecond = until.getEpochSecond();
      limitNano = until.getNano();
    }
    int rules = purposeRules[purpose.ordinal()] | channelRules(channel) | extraRules;
    int key = ContactCalendar.key(profile);
    int weeklyOff = profile.businessHours().weeklyOff().ordinal();
    int open = start[channel.ordinal()];
    int close = end[channel.ordinal()];
    FixedOffset fixed = fixedOffset(zone);
    if (fixed != null && second >= fixed.since) {
      int offset = fixed.seconds;
      long from = ceilQuarter(second + offset, nano);
      long limit = ceilQuarter(limitSecond + offset, limitNano);
      long q =
          firstQuarter(
              from, limit, rules, key, weeklyOff, purpose.ordinal(), open, close, softLo, softHi);
      if (q < 0) {
        return null;
      }
      long result = q * QUARTER_SECONDS - offset;
      if (result == second && nano == 0 && desired.getZone().equals(zone)) {
        return desired;
      }
      return ZonedDateTime.ofInstant(
          LocalDateTime.ofEpochSecond(q * QUARTER_SECONDS, 0, ZoneOffset.UTC), fixed.offset, zone);
    }
    return searchShifting(
        desired.toInstant(),
        Instant.ofEpochSecond(limitSecond, limitNano),
        zone,
        rules,
        key,
        weeklyOff,
        purpose.ordinal(),
        open,
        close,
        softLo,
        softHi);
  }

  /**
   * The search for zones whose offset changes (daylight saving): plan in local time, convert, and
   * check the converted instant, since a gap or an overlap can move it.
   */
  private ZonedDateTime searchShifting(
      Instant from,
      Instant limit,
      ZoneId zone,
      int rules,
      int key,
      int weeklyOff,
      int purpose,
      int open,
      int close,
      long softLo,
      long softHi) {
    Instant t = from;
    while (t.isBefore(limit)) {
      ZonedDateTime here = t.atZone(zone);
      long localSecond = here.toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
      long fromQ = ceilQuarter(localSecond, t.getNano());
      // Local time can run back in an overlap, so plan a day further than the horizon and let
      // the instant check below decide.
      long limitQ =
          ceilQuarter(
                  limit.atZone(zone).toLocalDateTime().toEpochSecond(ZoneOffset.UTC),
                  limit.getNano())
              + QUARTERS;
      long q =
          firstQuarter(fromQ, limitQ, rules, key, weeklyOff, purpose, open, close, softLo, softHi);
      if (q < 0) {
        return null;
      }
      LocalDateTime local = LocalDateTime.ofEpochSecond(q * QUARTER_SECONDS, 0, ZoneOffset.UTC);
      ZonedDateTime candidate = ZonedDateTime.ofLocal(local, zone, here.getOffset());
      Instant at = candidate.toInstant();
      if (!at.isBefore(limit)) {
        return null;
      }
      if (!at.isBefore(t)
          && isSlot(candidate, rules, key, weeklyOff, purpose, open, close, softLo, softHi)) {
        return candidate;
      }
      t = (at.isAfter(t) ? at : t).plusSeconds(1);
    }
    return null;
  }

  private boolean isSlot(
      ZonedDateTime at,
      int rules,
      int key,
      int weeklyOff,
      int purpose,
      int open,
      int close,
      long softLo,
      long softHi) {
    LocalTime time = at.toLocalTime();
    if (time.getMinute() % 15 != 0 || time.getSecond() != 0 || time.getNano() != 0) {
      return false;
    }
    int q = time.getHour() * 4 + time.getMinute() / 15;
    long soft = q < 64 ? softLo >>> q : softHi >>> (q - 64);
    return q >= open
        && q < close
        && (soft & 1) != 0
        && blockingRule(at.toLocalDate().toEpochDay(), rules, key, weeklyOff, purpose) == 0;
  }

  /**
   * The first local quarter index in {@code [from, limit)} whose day no rule blocks, whose quarter
   * of the day lies in {@code [open, close)} and in the soft mask; -1 when none. Skips whole days.
   */
  private long firstQuarter(
      long from,
      long limit,
      int rules,
      int key,
      int weeklyOff,
      int purpose,
      int open,
      int close,
      long softLo,
      long softHi) {
    long day = Math.floorDiv(from, QUARTERS);
    int q = (int) Math.floorMod(from, QUARTERS);
    while (day * QUARTERS < limit) {
      if (blockingRule(day, rules, key, weeklyOff, purpose) == 0) {
        int first = firstSoftQuarter(Math.max(q, open), close, softLo, softHi);
        if (first >= 0) {
          long found = day * QUARTERS + first;
          return found < limit ? found : -1;
        }
      }
      day++;
      q = 0;
    }
    return -1;
  }

  private static int firstSoftQuarter(int from, int close, long lo, long hi) {
    if (from >= close) {
      return -1;
    }
    if (from < 64) {
      long m = lo & (-1L << from);
      if (m != 0) {
        int b = Long.numberOfTrailingZeros(m);
        return b < close ? b : -1;
      }
    }
    long m = hi & (-1L << Math.max(from - 64, 0));
    if (m != 0) {
      int b = 64 + Long.numberOfTrailingZeros(m);
      return b < close ? b : -1;
    }
    return -1;
  }

  /** The first rule (in explanation priority) that blocks the whole local day, or 0. */
  private int blockingRule(long epochDay, int rules, int key, int weeklyOff, int purpose) {
    if (rules == 0) {
      return 0;
    }
    int dow = (int) Math.floorMod(epochDay + 3, 7);
    if ((rules & TENANT_DATE) != 0 && Arrays.binarySearch(blockedDays[purpose], epochDay) >= 0) {
      return TENANT_DATE;
    }
    if ((rules & NATIONAL) != 0 && calendar.isNationalHoliday(epochDay)) {
      return NATIONAL;
    }
    if ((rules & FESTIVAL) != 0 && calendar.isQuiet(epochDay, key)) {
      return FESTIVAL;
    }
    if ((rules & SUNDAY) != 0 && dow == 6) {
      return SUNDAY;
    }
    if ((rules & WEEKLY_OFF) != 0 && dow == weeklyOff) {
      return WEEKLY_OFF;
    }
    if ((rules & TENANT_WEEKDAY) != 0 && (blockedWeekdays[purpose] & (1 << dow)) != 0) {
      return TENANT_WEEKDAY;
    }
    return 0;
  }

  private static int channelRules(ChannelKind channel) {
    return channel == ChannelKind.LETTER ? SUNDAY | NATIONAL : 0;
  }

  /**
   * The index of the first quarter starting at or after a local second and nano; equally, the
   * exclusive bound of the quarters that start strictly before it.
   */
  private static long ceilQuarter(long localSecond, int nano) {
    long q = Math.floorDiv(localSecond, QUARTER_SECONDS);
    return Math.floorMod(localSecond, QUARTER_SECONDS) == 0 && nano == 0 ? q : q + 1;
  }

  // ---- soft masks ----

  private static long businessBits(BusinessHours hours, int word) {
    long bits = 0;
    for (int q = word * 64; q < Math.min(QUARTERS, word * 64 + 64); q++) {
      if (hours.isOpenAt(timeOf(q))) {
        bits |= 1L << (q - word * 64);
      }
    }
    return bits;
  }

  private static long hourBits(List<Integer> hours, int word) {
    long bits = 0;
    for (int hour : hours) {
      if (hour < 0 || hour > 23) {
        continue;
      }
      for (int q = hour * 4; q < hour * 4 + 4; q++) {
        if (q >= word * 64 && q < word * 64 + 64) {
          bits |= 1L << (q - word * 64);
        }
      }
    }
    return bits;
  }

  // ---- zones ----

  /** A zone whose offset has not changed since {@code since} (epoch second) and never will. */
  private record FixedOffset(long since, int seconds, ZoneOffset offset) {}

  private static final FixedOffset NOT_FIXED = new FixedOffset(Long.MAX_VALUE, 0, ZoneOffset.UTC);

  private static FixedOffset fixedOffset(ZoneId zone) {
    FixedOffset known = OFFSETS.get(zone);
    if (known == null) {
      known = OFFSETS.computeIfAbsent(zone, ContactWindowPolicy::examine);
    }
    return known == NOT_FIXED ? null : known;
  }

  private static FixedOffset examine(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      ZoneOffset offset = rules.getOffset(Instant.EPOCH);
      return new FixedOffset(Long.MIN_VALUE, offset.getTotalSeconds(), offset);
    }
    List<ZoneOffsetTransition> transitions = rules.getTransitions();
    if (!rules.getTransitionRules().isEmpty() || transitions.isEmpty()) {
      return NOT_FIXED;
    }
    ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
    ZoneOffset offset = last.getOffsetAfter();
    return new FixedOffset(last.toEpochSecond(), offset.getTotalSeconds(), offset);
  }

  // ---- words ----

  private static Rule dayRule(int rule) {
    return switch (rule) {
      case TENANT_DATE -> Rule.TENANT_DATE;
      case NATIONAL -> Rule.NATIONAL_HOLIDAY;
      case FESTIVAL -> Rule.FESTIVAL;
      case SUNDAY -> Rule.SUNDAY;
      case WEEKLY_OFF -> Rule.WEEKLY_OFF;
      case TENANT_WEEKDAY -> Rule.TENANT_WEEKDAY;
      default -> throw new IllegalArgumentException("rule " + rule);
    };
  }

  private String dayReason(int rule, LocalDate date, CulturalProfile profile) {
    return switch (rule) {
      case TENANT_DATE -> date + ": blocked by the tenant's rules";
      case NATIONAL -> {
        Festival f = calendar.nationalHoliday(date.toEpochDay()).orElseThrow();
        yield f.name()
            + (calendar.isCovered(date.toEpochDay())
                ? " (" + f.id() + ")"
                : " (fixed date, beyond the calendar's years)")
            + ": national holiday, no payment reminders, invoices or letter dispatch";
      }
      case FESTIVAL -> {
        Festival f =
            calendar
                .calendar()
                .quietReason(date, profile.knownState(), profile.region().value())
                .orElseThrow();
        yield f.name()
            + " ("
            + f.id()
            + ") quiet window "
            + window(f.quietFrom(), f.quietUntil())
            + " for "
            + profile
                .knownState()
                .map(s -> s.displayName() + " (" + profile.region().value() + ")")
                .orElse(profile.region().value().toString())
            + ": no payment reminders";
      }
      case SUNDAY -> "Sunday: rest day, no payment reminders, invoices or letter dispatch";
      case WEEKLY_OFF -> day(date.getDayOfWeek()) + ": the customer's weekly off";
      case TENANT_WEEKDAY -> day(date.getDayOfWeek()) + ": blocked by the tenant's rules";
      default -> throw new IllegalArgumentException("rule " + rule);
    };
  }

  private static String window(LocalDate from, LocalDate until) {
    if (from.equals(until)) {
      return DAY_MONTH.format(from);
    }
    String tail = DAY_MONTH.format(until);
    if (from.getYear() != until.getYear()) {
      return DAY_MONTH.format(from) + "–" + tail;
    }
    if (from.getMonth() != until.getMonth()) {
      return from.getDayOfMonth()
          + " "
          + from.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
          + "–"
          + tail;
    }
    return from.getDayOfMonth() + "–" + tail;
  }

  private static String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String hoursReason(ChannelKind channel, int open, int close) {
    boolean tightened = open != BASE_START || close != baselineEnd(channel);
    String window = "outside " + timeOf(open) + "–" + timeOf(close) + ": ";
    String rule =
        switch (channel) {
          case VOICE -> "voice calls barred (RBI recovery-call hours 08:00–19:00, Samvad baseline)";
          case LETTER -> "letters not dispatched (Samvad baseline 08:00–21:00)";
          default ->
              channel + " messages barred (Samvad baseline 08:00–21:00 for written reminders)";
        };
    return window + rule + (tightened ? "; tightened by the tenant" : "");
  }

  private static LocalTime timeOf(int quarter) {
    return LocalTime.ofSecondOfDay(quarter * (long) QUARTER_SECONDS);
  }

  private static int quarterOf(LocalTime time) {
    return time.toSecondOfDay() / QUARTER_SECONDS;
  }

  private static ZonedDateTime ceilQuarter(ZonedDateTime at) {
    LocalDateTime local = at.toLocalDateTime();
    LocalDateTime floor =
        local.truncatedTo(ChronoUnit.HOURS).plusMinutes(local.getMinute() / 15 * 15L);
    return floor.equals(local)
        ? at
        : ZonedDateTime.ofLocal(floor.plusMinutes(15), at.getZone(), at.getOffset());
  }

  private static ZonedDateTime earlier(ZonedDateTime a, ZonedDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  private static void add(
      List<RefusedSpan> spans, ZonedDateTime from, ZonedDateTime until, Rule rule, String reason) {
    if (!until.isAfter(from)) {
      return;
    }
    if (!spans.isEmpty()) {
      RefusedSpan last = spans.get(spans.size() - 1);
      if (last.reason().equals(reason) && last.until().isEqual(from)) {
        spans.set(spans.size() - 1, new RefusedSpan(last.from(), until, rule, reason));
        return;
      }
    }
    spans.add(new RefusedSpan(from, until, rule, reason));
  }

  private static InvalidInputException noSlot(
      ZonedDateTime desired, ChannelKind channel, ContactPurpose purpose) {
    return new InvalidInputException(
        "desired",
        "no permitted "
            + channel
            + " slot for "
            + purpose
            + " within "
            + HORIZON.toDays()
            + " days of "
            + desired
            + "; the contact rules (baseline plus tenant) leave no time");
  }
}
