package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Region;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;

/**
 * A recurring business-calendar fact (financial year end, GST return dates, Diwali book-closing)
 * with a machine-readable rule. Rules: {@code YEARLY:MM-DD}, {@code YEARLY_RANGE:MM-DD..MM-DD},
 * {@code MONTHLY_DAY:n}, {@code MONTHLY_FIRST_DAYS:n}, {@code MONTHLY_LAST_DAYS:n}, {@code
 * FESTIVAL:key[+n]}, {@code FESTIVAL_RANGE:key:a..b} (days relative to the festival).
 *
 * @param id unique id
 * @param kind FISCAL_YEAR, TAX_DEADLINE, BOOK_CLOSING or CASH_CYCLE
 * @param rule the rule text
 * @param regions regions it applies to; empty means all
 * @param states when non-empty, only these states
 * @param notes what it means for collections
 */
public record BusinessCycleRule(
    String id,
    String kind,
    String rule,
    Set<Region> regions,
    Set<IndianState> states,
    String notes) {

  /** Copies the sets and checks the rule parses. */
  public BusinessCycleRule {
    regions = Set.copyOf(regions);
    states = Set.copyOf(states);
    parse(rule);
  }

  /** Whether the rule concerns a customer there (same doubt rule as {@link Festival}). */
  public boolean appliesTo(Optional<IndianState> state, Region region) {
    if (!states.isEmpty() && state.isPresent()) {
      return states.contains(state.get());
    }
    return regions.isEmpty() || regions.contains(region);
  }

  /** True when {@code day} falls under the rule; festival rules consult {@code calendar}. */
  public boolean isActiveOn(LocalDate day, FestivalCalendar calendar) {
    String[] p = parse(rule);
    String arg = p[1];
    return switch (p[0]) {
      case "YEARLY" -> MonthDay.parse("--" + arg).equals(MonthDay.from(day));
      case "YEARLY_RANGE" -> {
        String[] range = arg.split("\\.\\.");
        MonthDay d = MonthDay.from(day);
        yield !d.isBefore(MonthDay.parse("--" + range[0]))
            && !d.isAfter(MonthDay.parse("--" + range[1]));
      }
      case "MONTHLY_DAY" -> day.getDayOfMonth() == Integer.parseInt(arg);
      case "MONTHLY_FIRST_DAYS" -> day.getDayOfMonth() <= Integer.parseInt(arg);
      case "MONTHLY_LAST_DAYS" -> day.lengthOfMonth() - day.getDayOfMonth() < Integer.parseInt(arg);
      case "FESTIVAL" -> festivalOffset(arg, day, calendar, 0, 0);
      case "FESTIVAL_RANGE" -> {
        String[] parts = arg.split(":");
        String[] range = parts[1].split("\\.\\.");
        yield festivalOffset(
            parts[0], day, calendar, Integer.parseInt(range[0]), Integer.parseInt(range[1]));
      }
      default -> false;
    };
  }

  private static boolean festivalOffset(
      String keyAndShift, LocalDate day, FestivalCalendar calendar, int from, int to) {
    String key = keyAndShift;
    int shift = 0;
    int plus = keyAndShift.indexOf('+');
    if (plus > 0) {
      key = keyAndShift.substring(0, plus);
      shift = Integer.parseInt(keyAndShift.substring(plus + 1));
    }
    Optional<Festival> festival = calendar.next(key, day.minusDays(shift + (long) to));
    if (festival.isEmpty()) {
      return false;
    }
    LocalDate anchor = festival.get().date().plusDays(shift);
    return !day.isBefore(anchor.plusDays(from)) && !day.isAfter(anchor.plusDays(to));
  }

  private static String[] parse(String rule) {
    int colon = rule.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("business-cycle rule has no kind: " + rule);
    }
    String kind = rule.substring(0, colon);
    switch (kind) {
      case "YEARLY",
          "YEARLY_RANGE",
          "MONTHLY_DAY",
          "MONTHLY_FIRST_DAYS",
          "MONTHLY_LAST_DAYS",
          "FESTIVAL",
          "FESTIVAL_RANGE" -> {}
      default -> throw new IllegalArgumentException("unknown business-cycle rule: " + rule);
    }
    return new String[] {kind, rule.substring(colon + 1)};
  }
}
