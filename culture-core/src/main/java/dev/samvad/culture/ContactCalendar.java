package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Region;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The festival calendar turned into bitsets over days, so that the contact-window search can ask
 * "is this day quiet for this customer?" with a shift and a mask. Festival applicability is decided
 * by {@link Festival#appliesTo} for every (state-or-unknown, region) pair once, so the answers
 * agree with {@link FestivalCalendar#quietReason} by construction.
 *
 * <p>National holidays inside the calendar's years come from its rows. Outside those years, a
 * national holiday that fell on the same day and month in every listed year (Republic Day,
 * Independence Day, Gandhi Jayanti) is taken to recur on that date; that is what the law fixes.
 */
final class ContactCalendar {
  private static final int REGIONS = Region.values().length;
  private static final int KEYS = (IndianState.values().length + 1) * REGIONS;

  /** National holidays are indexed over these days; outside them they are computed. */
  private static final long NATIONAL_FROM = LocalDate.of(1900, 1, 1).toEpochDay();

  private static final long NATIONAL_UNTIL = LocalDate.of(2299, 12, 31).toEpochDay();

  private final FestivalCalendar calendar;
  private final long quietFrom;
  private final int quietDays;
  private final long[][] quietByKey;
  private final long coveredFrom;
  private final long coveredUntil;
  private final Map<MonthDay, Festival> recurringNational;
  private final Map<Long, Festival> nationalInCoverage;
  private final long[] national;

  ContactCalendar(FestivalCalendar calendar) {
    this.calendar = calendar;
    List<Festival> all = calendar.all();
    // Quiet windows spill over the covered dates (a late-December festival's window reaches into
    // January), so the bitmap spans every window, not just the coverage.
    long from = calendar.coverageStart().map(LocalDate::toEpochDay).orElse(0L);
    long until = calendar.coverageEnd().map(LocalDate::toEpochDay).orElse(-1L);
    for (Festival f : all) {
      from = Math.min(from, f.quietFrom().toEpochDay());
      until = Math.max(until, f.quietUntil().toEpochDay());
    }
    this.quietFrom = from;
    long quietUntil = until;
    this.quietDays = (int) (quietUntil - quietFrom + 1);
    this.quietByKey = new long[KEYS][(quietDays + 63) >>> 6];
    List<Optional<IndianState>> states = new ArrayList<>();
    states.add(Optional.empty());
    for (IndianState s : IndianState.values()) {
      states.add(Optional.of(s));
    }
    for (Festival f : all) {
      for (int s = 0; s < states.size(); s++) {
        for (Region region : Region.values()) {
          if (f.appliesTo(states.get(s), region)) {
            long[] bits = quietByKey[s * REGIONS + region.ordinal()];
            for (long d = f.quietFrom().toEpochDay(); d <= f.quietUntil().toEpochDay(); d++) {
              int i = (int) (d - quietFrom);
              bits[i >>> 6] |= 1L << i;
            }
          }
        }
      }
    }
    int firstYear = all.isEmpty() ? 1 : all.get(0).date().getYear();
    int lastYear = all.isEmpty() ? 0 : all.get(all.size() - 1).date().getYear();
    this.coveredFrom = LocalDate.of(firstYear, 1, 1).toEpochDay();
    this.coveredUntil = LocalDate.of(Math.max(lastYear, firstYear - 1), 12, 31).toEpochDay();

    Map<Long, Festival> listed = new HashMap<>();
    Map<String, List<Festival>> byKey = new LinkedHashMap<>();
    for (Festival f : all) {
      if (f.kind() == FestivalKind.NATIONAL_HOLIDAY) {
        listed.putIfAbsent(f.date().toEpochDay(), f);
        byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
      }
    }
    Map<MonthDay, Festival> recurring = new HashMap<>();
    for (List<Festival> occurrences : byKey.values()) {
      MonthDay first = MonthDay.from(occurrences.get(0).date());
      boolean fixed =
          occurrences.size() >= 2
              && occurrences.stream().allMatch(f -> MonthDay.from(f.date()).equals(first));
      if (fixed) {
        recurring.put(first, occurrences.get(occurrences.size() - 1));
      }
    }
    this.nationalInCoverage = Map.copyOf(listed);
    this.recurringNational = Map.copyOf(recurring);
    int span = (int) (NATIONAL_UNTIL - NATIONAL_FROM + 1);
    this.national = new long[(span + 63) >>> 6];
    for (long d = NATIONAL_FROM; d <= NATIONAL_UNTIL; d++) {
      if (nationalHoliday(d).isPresent()) {
        int i = (int) (d - NATIONAL_FROM);
        national[i >>> 6] |= 1L << i;
      }
    }
  }

  /** The index of a customer's (state, region) pair for {@link #isQuiet}. */
  static int key(CulturalProfile profile) {
    int state = profile.state().isPresent() ? profile.state().get().value().ordinal() + 1 : 0;
    return state * REGIONS + profile.region().value().ordinal();
  }

  /** True when a festival quiet window that applies to the customer covers the day. */
  boolean isQuiet(long epochDay, int key) {
    long i = epochDay - quietFrom;
    return i >= 0 && i < quietDays && (quietByKey[key][(int) (i >>> 6)] & (1L << i)) != 0;
  }

  /** True when the day is a national holiday. */
  boolean isNationalHoliday(long epochDay) {
    if (epochDay < NATIONAL_FROM || epochDay > NATIONAL_UNTIL) {
      return nationalHoliday(epochDay).isPresent();
    }
    int i = (int) (epochDay - NATIONAL_FROM);
    return (national[i >>> 6] & (1L << i)) != 0;
  }

  /**
   * The national holiday on the day: a calendar row inside the covered years, else a fixed-date
   * recurrence (the returned festival is the last listed occurrence; only its name and key matter).
   */
  Optional<Festival> nationalHoliday(long epochDay) {
    if (isCovered(epochDay)) {
      return Optional.ofNullable(nationalInCoverage.get(epochDay));
    }
    return Optional.ofNullable(
        recurringNational.get(MonthDay.from(LocalDate.ofEpochDay(epochDay))));
  }

  /** True when the day lies in a calendar year the festival calendar lists festivals for. */
  boolean isCovered(long epochDay) {
    return epochDay >= coveredFrom && epochDay <= coveredUntil;
  }

  /** First day of the covered years. */
  LocalDate coveredFrom() {
    return LocalDate.ofEpochDay(coveredFrom);
  }

  /** Last day of the covered years. */
  LocalDate coveredUntil() {
    return LocalDate.ofEpochDay(coveredUntil);
  }

  /** The festival calendar behind the index. */
  FestivalCalendar calendar() {
    return calendar;
  }
}
