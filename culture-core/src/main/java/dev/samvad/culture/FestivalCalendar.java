package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Festivals and public holidays by date, indexed by day so that asking "is this a quiet day for
 * this customer?" costs an array lookup and a scan of the few festivals near that day. Immutable
 * and thread-safe.
 */
public final class FestivalCalendar {
  private static final List<Festival> NONE = List.of();

  private final List<Festival> festivals;
  private final long firstDay;
  private final List<List<Festival>> quietByDay;

  FestivalCalendar(List<Festival> festivals) {
    List<Festival> sorted = new ArrayList<>(festivals);
    sorted.sort(Comparator.comparing(Festival::date).thenComparing(Festival::id));
    this.festivals = List.copyOf(sorted);
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Festival f : sorted) {
      first = Math.min(first, f.quietFrom().toEpochDay());
      last = Math.max(last, f.quietUntil().toEpochDay());
    }
    if (sorted.isEmpty()) {
      first = 0;
      last = -1;
    }
    this.firstDay = first;
    List<List<Festival>> byDay = new ArrayList<>();
    for (long d = first; d <= last; d++) {
      byDay.add(new ArrayList<>(2));
    }
    for (Festival f : sorted) {
      for (long d = f.quietFrom().toEpochDay(); d <= f.quietUntil().toEpochDay(); d++) {
        byDay.get((int) (d - first)).add(f);
      }
    }
    this.quietByDay = byDay.stream().map(l -> l.isEmpty() ? NONE : List.copyOf(l)).toList();
  }

  /** Every festival, by date. */
  public List<Festival> all() {
    return festivals;
  }

  /**
   * 1 January of the first year the calendar lists festivals for; before it, the calendar cannot
   * say whether a day is a festival.
   */
  public Optional<LocalDate> coverageStart() {
    return festivals.isEmpty()
        ? Optional.empty()
        : Optional.of(LocalDate.of(festivals.get(0).date().getYear(), 1, 1));
  }

  /** 31 December of the last year the calendar lists festivals for. */
  public Optional<LocalDate> coverageEnd() {
    return festivals.isEmpty()
        ? Optional.empty()
        : Optional.of(LocalDate.of(festivals.get(festivals.size() - 1).date().getYear(), 12, 31));
  }

  /** Festivals whose quiet window covers {@code day}, whoever they apply to. */
  public List<Festival> quietWindowsOn(LocalDate day) {
    long index = day.toEpochDay() - firstDay;
    return index < 0 || index >= quietByDay.size() ? NONE : quietByDay.get((int) index);
  }

  /**
   * The festival that makes {@code day} unwelcome for a payment reminder to a customer in {@code
   * state} and {@code region}, if any.
   */
  public Optional<Festival> quietReason(LocalDate day, Optional<IndianState> state, Region region) {
    for (Festival f : quietWindowsOn(day)) {
      if (f.appliesTo(state, region)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Festivals that apply to the customer with dates in {@code [from, to]}. */
  public List<Festival> applicable(
      LocalDate from, LocalDate to, Optional<IndianState> state, Region region) {
    List<Festival> result = new ArrayList<>();
    for (int i = firstOnOrAfter(from); i < festivals.size(); i++) {
      Festival f = festivals.get(i);
      if (f.date().isAfter(to)) {
        break;
      }
      if (f.appliesTo(state, region)) {
        result.add(f);
      }
    }
    return result;
  }

  /** Index of the first festival dated on or after {@code day} (binary search; list is by date). */
  private int firstOnOrAfter(LocalDate day) {
    int lo = 0;
    int hi = festivals.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (festivals.get(mid).date().isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The next occurrence of a festival by key (e.g. {@code diwali}) on or after {@code day}. */
  public Optional<Festival> next(String key, LocalDate day) {
    for (int i = firstOnOrAfter(day); i < festivals.size(); i++) {
      if (festivals.get(i).key().equals(key)) {
        return Optional.of(festivals.get(i));
      }
    }
    return Optional.empty();
  }
}
