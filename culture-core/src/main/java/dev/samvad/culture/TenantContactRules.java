package dev.samvad.culture;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's own contact rules, applied on top of {@link ContactWindowPolicy#standard} with {@link
 * ContactWindowPolicy#tightenedBy}. Every field can only remove slots: later opening times, earlier
 * closing times, more blocked days, and more purposes kept quiet on days the baseline already
 * treats as rest days. Whether an opening or closing time would widen a window is checked when the
 * rules are applied to a policy, since it depends on that policy.
 *
 * @param earliest per channel, the earliest local time of day a contact may start (a quarter hour)
 * @param latest per channel, the local time of day by which contact must have started, exclusive (a
 *     quarter hour)
 * @param blockedDates extra dates with no contact for the purposes in {@code dayBlockPurposes}
 * @param blockedWeekdays extra weekdays with no contact for the purposes in {@code
 *     dayBlockPurposes}; blocking all seven is allowed and leaves no slot at all for them
 * @param dayBlockPurposes the purposes {@code blockedDates} and {@code blockedWeekdays} apply to;
 *     must be non-empty when either of those is
 * @param festivalQuietPurposes purposes kept off festival quiet days in addition to payment
 *     reminders (for instance invoices, or every message on restricted holidays)
 * @param restDayPurposes purposes kept off Sundays, national holidays and the customer's weekly off
 *     in addition to payment reminders and invoices
 */
public record TenantContactRules(
    Map<ChannelKind, LocalTime> earliest,
    Map<ChannelKind, LocalTime> latest,
    Set<LocalDate> blockedDates,
    Set<DayOfWeek> blockedWeekdays,
    Set<ContactPurpose> dayBlockPurposes,
    Set<ContactPurpose> festivalQuietPurposes,
    Set<ContactPurpose> restDayPurposes) {

  private static final TenantContactRules NONE = builder().build();

  /** Copies the collections and checks each field on its own. */
  public TenantContactRules {
    earliest = Map.copyOf(earliest);
    latest = Map.copyOf(latest);
    blockedDates = Set.copyOf(blockedDates);
    blockedWeekdays = Set.copyOf(blockedWeekdays);
    dayBlockPurposes = Set.copyOf(dayBlockPurposes);
    festivalQuietPurposes = Set.copyOf(festivalQuietPurposes);
    restDayPurposes = Set.copyOf(restDayPurposes);
    earliest.forEach((channel, time) -> requireQuarter("earliest." + channel, time));
    latest.forEach((channel, time) -> requireQuarter("latest." + channel, time));
    for (Map.Entry<ChannelKind, LocalTime> end : latest.entrySet()) {
      LocalTime start = earliest.get(end.getKey());
      if (end.getValue().equals(LocalTime.MIDNIGHT)) {
        throw new InvalidInputException(
            "latest." + end.getKey(), "00:00 would leave no time of day; use a time before 21:00");
      }
      if (start != null && !end.getValue().isAfter(start)) {
        throw new InvalidInputException(
            "latest." + end.getKey(),
            "must be after earliest." + end.getKey() + " (" + start + "), was " + end.getValue());
      }
    }
    if ((!blockedDates.isEmpty() || !blockedWeekdays.isEmpty()) && dayBlockPurposes.isEmpty()) {
      throw new InvalidInputException(
          "dayBlockPurposes", "must name at least one purpose when dates or weekdays are blocked");
    }
  }

  /** Rules that change nothing. */
  public static TenantContactRules none() {
    return NONE;
  }

  /** A builder; blocked days apply to payment reminders and invoices unless told otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  private static void requireQuarter(String field, LocalTime time) {
    if (time.getMinute() % 15 != 0 || time.getSecond() != 0 || time.getNano() != 0) {
      throw new InvalidInputException(field, "must be on a quarter hour, was " + time);
    }
  }

  /** Collects a tenant's rules. Not thread-safe; the built record is. */
  public static final class Builder {
    private final Map<ChannelKind, LocalTime> earliest = new EnumMap<>(ChannelKind.class);
    private final Map<ChannelKind, LocalTime> latest = new EnumMap<>(ChannelKind.class);
    private final Set<LocalDate> blockedDates = new TreeSet<>();
    private final Set<DayOfWeek> blockedWeekdays = EnumSet.noneOf(DayOfWeek.class);
    private final Set<ContactPurpose> dayBlockPurposes =
        EnumSet.of(ContactPurpose.PAYMENT_REMINDER, ContactPurpose.INVOICE_DELIVERY);
    private final Set<ContactPurpose> festivalQuietPurposes = EnumSet.noneOf(ContactPurpose.class);
    private final Set<ContactPurpose> restDayPurposes = EnumSet.noneOf(ContactPurpose.class);

    private Builder() {}

    /** No contact on {@code channel} before {@code time} local. */
    public Builder earliest(ChannelKind channel, LocalTime time) {
      earliest.put(channel, time);
      return this;
    }

    /** No contact on {@code channel} at or after {@code time} local. */
    public Builder latest(ChannelKind channel, LocalTime time) {
      latest.put(channel, time);
      return this;
    }

    /** Blocks a date (the tenant's year-end closing, a local bandh). */
    public Builder blockDate(LocalDate date) {
      blockedDates.add(date);
      return this;
    }

    /** Blocks a weekday every week. */
    public Builder blockWeekday(DayOfWeek day) {
      blockedWeekdays.add(day);
      return this;
    }

    /** The tenant's office is closed on Saturdays, so nothing goes out then. */
    public Builder saturdayOff() {
      return blockWeekday(DayOfWeek.SATURDAY);
    }

    /** Replaces the purposes blocked dates and weekdays apply to. */
    public Builder dayBlockPurposes(Set<ContactPurpose> purposes) {
      dayBlockPurposes.clear();
      dayBlockPurposes.addAll(purposes);
      return this;
    }

    /** Also keeps these purposes off festival quiet days. */
    public Builder quietOnFestivals(Set<ContactPurpose> purposes) {
      festivalQuietPurposes.addAll(purposes);
      return this;
    }

    /** Also keeps these purposes off Sundays, national holidays and the weekly off. */
    public Builder restOnHolidays(Set<ContactPurpose> purposes) {
      restDayPurposes.addAll(purposes);
      return this;
    }

    /** Builds and validates the rules. */
    public TenantContactRules build() {
      return new TenantContactRules(
          earliest,
          latest,
          blockedDates,
          blockedWeekdays,
          dayBlockPurposes,
          festivalQuietPurposes,
          restDayPurposes);
    }
  }
}
