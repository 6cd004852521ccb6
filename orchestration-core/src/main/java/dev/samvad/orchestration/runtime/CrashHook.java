package dev.samvad.orchestration.runtime;

/**
 * A test hook called at each {@link CrashPoint}. To simulate a crash it throws an {@link Error}:
 * the runtime lets errors through (it catches only exceptions per item), so the call that reached
 * the point ends there, as if the process had died.
 */
@FunctionalInterface
interface CrashHook {
  /** No crashes. */
  CrashHook NONE = (point, key) -> {};

  /**
   * The runtime reached {@code point} while working on {@code key} (a due-work key, or a campaign
   * id for {@link CrashPoint#MID_APPLY}).
   */
  void reached(CrashPoint point, String key);
}
