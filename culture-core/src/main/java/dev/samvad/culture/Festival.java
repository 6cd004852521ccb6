package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Region;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One occurrence of a festival or public holiday, and how long around it a payment reminder is
 * unwelcome.
 *
 * @param id unique id, e.g. {@code diwali-2026}
 * @param key the festival without its year, e.g. {@code diwali}
 * @param name English name
 * @param date the day (first day for a multi-day festival listed once)
 * @param regions the regions it applies to; empty means all of India
 * @param states when non-empty, only these states observe it
 * @param kind its standing
 * @param quietDaysBefore days before {@code date} on which no payment reminder goes out
 * @param quietDaysAfter days after {@code date} on which no payment reminder goes out
 * @param estimated true when the date depends on moon sighting or is uncertain; hosts should
 *     correct it from state notices
 * @param notes source remarks
 */
public record Festival(
    String id,
    String key,
    String name,
    LocalDate date,
    Set<Region> regions,
    Set<IndianState> states,
    FestivalKind kind,
    int quietDaysBefore,
    int quietDaysAfter,
    boolean estimated,
    String notes) {

  /** Copies the sets and checks the quiet days are not negative. */
  public Festival {
    regions = Set.copyOf(regions);
    states = Set.copyOf(states);
    if (quietDaysBefore < 0 || quietDaysAfter < 0) {
      throw new IllegalArgumentException("quiet days must not be negative: " + id);
    }
  }

  /**
   * Whether a customer in {@code state} (when known) and {@code region} observes it. With the state
   * unknown, a festival limited to some states of the customer's region is taken to apply: when in
   * doubt, stay quiet.
   */
  public boolean appliesTo(Optional<IndianState> state, Region region) {
    if (!states.isEmpty() && state.isPresent()) {
      return states.contains(state.get());
    }
    return regions.isEmpty() || regions.contains(region);
  }

  /** The first day of the quiet window. */
  public LocalDate quietFrom() {
    return date.minusDays(quietDaysBefore);
  }

  /** The last day of the quiet window. */
  public LocalDate quietUntil() {
    return date.plusDays(quietDaysAfter);
  }

  /** True when {@code day} falls in the quiet window. */
  public boolean isQuietOn(LocalDate day) {
    return !day.isBefore(quietFrom()) && !day.isAfter(quietUntil());
  }
}
