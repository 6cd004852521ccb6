package dev.samvad.deepseek;

import java.time.Duration;

/** Waits between retries. Tests inject one that records the delay and returns at once. */
@FunctionalInterface
public interface Sleeper {

  /** Blocks for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real sleeper: {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
