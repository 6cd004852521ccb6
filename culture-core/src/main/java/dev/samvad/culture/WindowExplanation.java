package dev.samvad.culture;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Why {@link ContactWindowPolicy#nextAllowed} answered as it did: the permitted instant and, in
 * order, every span between the desired instant and that answer together with the rule that refused
 * it. The spans are contiguous: the first starts at {@code desired}, each starts where the previous
 * one ends, and the last ends at {@code allowed}. When the desired instant is itself a permitted
 * slot, {@code refused} is empty.
 *
 * @param desired the instant asked for, in the customer's zone
 * @param allowed the earliest permitted slot at or after it, in the customer's zone
 * @param refused the refused spans in time order, adjacent spans with the same reason merged
 * @param notes caveats about the answer, such as dates the festival calendar does not cover
 */
public record WindowExplanation(
    ZonedDateTime desired, ZonedDateTime allowed, List<RefusedSpan> refused, List<String> notes) {

  /** Copies the lists. */
  public WindowExplanation {
    refused = List.copyOf(refused);
    notes = List.copyOf(notes);
  }

  /**
   * A span of time, {@code [from, until)}, in which no contact was permitted, and why.
   *
   * @param from first refused instant
   * @param until end of the span, exclusive
   * @param rule which rule refused it
   * @param reason the rule in words, with its source and, for festivals, the festival id
   */
  public record RefusedSpan(ZonedDateTime from, ZonedDateTime until, Rule rule, String reason) {}

  /** The hard rules that can refuse a span. */
  public enum Rule {
    /** Outside the channel's hours of the day (baseline, or the tenant's tighter window). */
    OUTSIDE_HOURS,
    /** Between the desired instant and the next quarter-hour slot. */
    QUARTER_HOUR,
    /** A date the tenant blocked. */
    TENANT_DATE,
    /** A national holiday. */
    NATIONAL_HOLIDAY,
    /** A festival's quiet window that applies to the customer. */
    FESTIVAL,
    /** Sunday. */
    SUNDAY,
    /** The customer's own weekly off. */
    WEEKLY_OFF,
    /** A weekday the tenant blocked. */
    TENANT_WEEKDAY
  }
}
