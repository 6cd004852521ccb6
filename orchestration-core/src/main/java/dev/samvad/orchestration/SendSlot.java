package dev.samvad.orchestration;

import java.time.LocalTime;

/**
 * Parts of the working day the optimiser chooses among. A slot is where the search for a permitted
 * time starts; the hard contact rules still decide the instant.
 */
public enum SendSlot {
  /** From 09:30. */
  MORNING(LocalTime.of(9, 30)),
  /** From 12:00. */
  MIDDAY(LocalTime.of(12, 0)),
  /** From 15:00. */
  AFTERNOON(LocalTime.of(15, 0)),
  /** From 17:30. */
  EVENING(LocalTime.of(17, 30));

  private final LocalTime start;

  SendSlot(LocalTime start) {
    this.start = start;
  }

  /** Local time the slot starts. */
  public LocalTime start() {
    return start;
  }
}
