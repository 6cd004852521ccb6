package dev.samvad.api.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until told to move: for tests and simulations (the demo runs 60
 * days in seconds on one). Thread-safe; time never moves backwards.
 */
public final class SteppableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private SteppableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code start} in {@code Asia/Kolkata}. */
  public static SteppableClock startingAt(Instant start) {
    return new SteppableClock(new AtomicReference<>(start), ZoneId.of("Asia/Kolkata"));
  }

  /** Moves the clock forward by {@code step}; returns the new time. */
  public Instant advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("a clock does not go backwards: " + step);
    }
    return now.updateAndGet(t -> t.plus(step));
  }

  /** Moves the clock to {@code instant}, which must not be earlier than now. */
  public Instant moveTo(Instant instant) {
    return now.updateAndGet(
        t -> {
          if (instant.isBefore(t)) {
            throw new IllegalArgumentException("a clock does not go backwards: " + instant);
          }
          return instant;
        });
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of the same moving time in another zone. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new SteppableClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
