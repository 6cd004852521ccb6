package dev.samvad.orchestration.runtime;

/** Thrown by a test {@link CrashHook}: the runtime that reaches it is dead from then on. */
final class SimulatedCrash extends Error {
  private static final long serialVersionUID = 1L;

  SimulatedCrash(CrashPoint point, String key) {
    super("crash at " + point + " on " + key, null, false, false);
  }

  /** A hook that crashes the {@code nth} time {@code point} is reached. */
  static CrashHook at(CrashPoint point, int nth) {
    return at(point, nth, "");
  }

  /** A hook that crashes the {@code nth} time {@code point} is reached on a key with the prefix. */
  static CrashHook at(CrashPoint point, int nth, String keyPrefix) {
    int[] seen = new int[1];
    return (reached, key) -> {
      if (reached == point && key.startsWith(keyPrefix)) {
        synchronized (seen) {
          if (++seen[0] == nth) {
            throw new SimulatedCrash(reached, key);
          }
        }
      }
    };
  }
}
