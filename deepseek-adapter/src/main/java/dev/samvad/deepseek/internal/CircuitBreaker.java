package dev.samvad.deepseek.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A consecutive-failure circuit breaker with an injectable clock.
 *
 * <ul>
 *   <li>CLOSED: calls pass; {@code failureThreshold} failures in a row open it.
 *   <li>OPEN: {@link #tryAcquire()} is false (no call is made) until {@code openFor} has passed.
 *   <li>HALF_OPEN: exactly one trial call passes; its success closes the breaker, its failure opens
 *       it again for another {@code openFor}.
 * </ul>
 *
 * <p>Every permit granted by {@link #tryAcquire()} must be settled with {@link #onSuccess()} or
 * {@link #onFailure()}. Thread-safe; the methods hold a lock for a few field reads and writes.
 */
public final class CircuitBreaker {
  /** The breaker's state. */
  public enum State {
    /** Calls pass. */
    CLOSED,
    /** Calls fail fast. */
    OPEN,
    /** One trial call may pass. */
    HALF_OPEN
  }

  private final int failureThreshold;
  private final Duration openFor;
  private final Clock clock;

  private State state = State.CLOSED;
  private int consecutiveFailures;
  private Instant openUntil = Instant.MIN;
  private boolean trialInFlight;

  public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
    if (failureThreshold < 1) {
      throw new IllegalArgumentException("failureThreshold must be at least 1");
    }
    if (openFor.isNegative() || openFor.isZero()) {
      throw new IllegalArgumentException("openFor must be positive");
    }
    this.failureThreshold = failureThreshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /** True when a call may be made now; the caller then owes one {@code onSuccess/onFailure}. */
  public synchronized boolean tryAcquire() {
    switch (state) {
      case CLOSED:
        return true;
      case OPEN:
        if (clock.instant().isBefore(openUntil)) {
          return false;
        }
        state = State.HALF_OPEN;
        trialInFlight = true;
        return true;
      case HALF_OPEN:
        if (trialInFlight) {
          return false;
        }
        trialInFlight = true;
        return true;
    }
    throw new AssertionError(state);
  }

  /**
   * True when {@link #tryAcquire()} would grant a permit now; takes none. A fast refusal for
   * callers that have work to do before asking.
   */
  public synchronized boolean allowsCallsNow() {
    return switch (state) {
      case CLOSED -> true;
      case OPEN -> !clock.instant().isBefore(openUntil);
      case HALF_OPEN -> !trialInFlight;
    };
  }

  /** The permitted call reached the service and it answered. */
  public synchronized void onSuccess() {
    consecutiveFailures = 0;
    trialInFlight = false;
    state = State.CLOSED;
  }

  /** The permitted call found the service failing (timeout, 5xx, rate limit, I/O). */
  public synchronized void onFailure() {
    trialInFlight = false;
    if (state == State.HALF_OPEN) {
      open();
      return;
    }
    if (state == State.CLOSED && ++consecutiveFailures >= failureThreshold) {
      open();
    }
  }

  /** The permitted call was not made after all; a half-open trial slot is given back. */
  public synchronized void release() {
    trialInFlight = false;
  }

  private void open() {
    state = State.OPEN;
    consecutiveFailures = 0;
    openUntil = clock.instant().plus(openFor);
  }

  /** The state now (an OPEN breaker whose wait is over reports OPEN until the next acquire). */
  public synchronized State state() {
    return state;
  }
}
