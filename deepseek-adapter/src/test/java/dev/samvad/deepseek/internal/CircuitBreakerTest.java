package dev.samvad.deepseek.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.spi.SteppableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The breaker's state machine on a steppable clock. */
class CircuitBreakerTest {
  private final SteppableClock clock =
      SteppableClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock);

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      assertTrue(breaker.tryAcquire());
      breaker.onFailure();
    }
  }

  @Test
  void staysClosedBelowTheThresholdAndASuccessResetsTheCount() {
    fail(2);
    assertTrue(breaker.tryAcquire());
    breaker.onSuccess();
    fail(2);
    assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
  }

  @Test
  void opensAtTheThresholdAndRefusesUntilTheWaitIsOver() {
    fail(3);
    assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    clock.advance(Duration.ofMillis(9_999));
    assertFalse(breaker.tryAcquire());
    clock.advance(Duration.ofMillis(1));
    assertTrue(breaker.tryAcquire());
    assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
  }

  @Test
  void halfOpenAdmitsOneTrialAtATime() {
    fail(3);
    clock.advance(Duration.ofSeconds(10));
    assertTrue(breaker.tryAcquire());
    assertFalse(breaker.tryAcquire(), "second caller during the trial");
    breaker.onSuccess();
    assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void aFailedTrialOpensAgainForAFullWait() {
    fail(3);
    clock.advance(Duration.ofSeconds(10));
    assertTrue(breaker.tryAcquire());
    breaker.onFailure();
    assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    clock.advance(Duration.ofSeconds(9));
    assertFalse(breaker.tryAcquire());
    clock.advance(Duration.ofSeconds(1));
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void aReleasedTrialLetsTheNextCallerTry() {
    fail(3);
    clock.advance(Duration.ofSeconds(10));
    assertTrue(breaker.tryAcquire());
    breaker.release();
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void lookingAtTheBreakerTakesNoPermit() {
    assertTrue(breaker.allowsCallsNow());
    fail(3);
    assertFalse(breaker.allowsCallsNow());
    clock.advance(Duration.ofSeconds(10));
    assertTrue(breaker.allowsCallsNow());
    assertTrue(breaker.allowsCallsNow(), "still true: nothing was taken");
    assertTrue(breaker.tryAcquire());
    assertFalse(breaker.allowsCallsNow(), "the trial is in flight");
  }

  @Test
  void rejectsNonsenseSettings() {
    assertThrows(
        IllegalArgumentException.class, () -> new CircuitBreaker(0, Duration.ofSeconds(1), clock));
    assertThrows(IllegalArgumentException.class, () -> new CircuitBreaker(1, Duration.ZERO, clock));
  }
}
