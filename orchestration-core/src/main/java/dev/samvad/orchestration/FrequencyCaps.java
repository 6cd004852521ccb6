package dev.samvad.orchestration;

import dev.samvad.api.InvalidInputException;

/**
 * The most payment messages one customer may get, across all channels and invoices, whatever the
 * playbook says: at most {@code perDay} in any 24 hours and {@code perWeek} in any 7 days. Messages
 * that ask for nothing (thanks, acknowledgements, invoices) do not count.
 *
 * @param perDay 1 to 5
 * @param perWeek {@code perDay} to 20
 */
public record FrequencyCaps(int perDay, int perWeek) {

  /** One a day, three a week. */
  public static final FrequencyCaps STANDARD = new FrequencyCaps(1, 3);

  /** Validates the ranges. */
  public FrequencyCaps {
    if (perDay < 1 || perDay > 5) {
      throw new InvalidInputException("perDay", "must be 1 to 5, was " + perDay);
    }
    if (perWeek < perDay || perWeek > 20) {
      throw new InvalidInputException(
          "perWeek", "must be " + perDay + " (perDay) to 20, was " + perWeek);
    }
  }
}
