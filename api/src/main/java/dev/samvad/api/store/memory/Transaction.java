package dev.samvad.api.store.memory;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The undo log of one unit of work. Writes go straight to the tenant's tables (the tenant lock
 * keeps everyone else out), and each records how to put back what it replaced; rollback replays
 * those in reverse.
 */
final class Transaction {
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private boolean active = true;
  private boolean wrote;

  void recordUndo(Runnable action) {
    checkActive();
    wrote = true;
    undo.push(action);
  }

  void checkActive() {
    if (!active) {
      throw new IllegalStateException("this unit of work has ended; start a new one");
    }
  }

  boolean wrote() {
    return wrote;
  }

  void commit() {
    undo.clear();
  }

  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
    wrote = false;
  }

  void end() {
    active = false;
  }
}
