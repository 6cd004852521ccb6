package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * Customary opening hours: a convention, never law. Used as a soft preference for timing; the legal
 * windows of {@link ContactWindowPolicy} are separate.
 *
 * @param open opening time
 * @param close closing time, after {@code open}
 * @param lunchStart start of the customary lunch or afternoon break
 * @param lunchEnd end of that break
 * @param weeklyOff the customary weekly closing day
 */
public record BusinessHours(
    LocalTime open,
    LocalTime close,
    LocalTime lunchStart,
    LocalTime lunchEnd,
    DayOfWeek weeklyOff) {

  /** Checks the times are in order. */
  public BusinessHours {
    if (!close.isAfter(open)) {
      throw new InvalidInputException("close", "must be after open " + open);
    }
    if (lunchEnd.isBefore(lunchStart)) {
      throw new InvalidInputException("lunchEnd", "must not be before lunchStart " + lunchStart);
    }
  }

  /** True when {@code time} is within opening hours and outside the break. */
  public boolean isOpenAt(LocalTime time) {
    boolean open = !time.isBefore(this.open) && time.isBefore(close);
    boolean lunch = !time.isBefore(lunchStart) && time.isBefore(lunchEnd);
    return open && !lunch;
  }
}
