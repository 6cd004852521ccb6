package dev.samvad.api.store.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The ids of one table in order, for paging. Rows are listed rarely and inserted constantly, so the
 * bulk of the ids is a sorted array, and recent changes are kept aside — inserts in a small tree,
 * removals of array ids in a set — until there are enough of them to merge into a new array. An
 * insert then touches a tree of a few thousand ids instead of one of every row, and the array takes
 * a reference per id instead of a tree node. Not thread-safe: only touched under the tenant lock.
 */
final class OrderedIds {
  // Small enough that the recent inserts' tree stays in cache; a merge copies the array, which
  // costs
  // less per insert than walking a tree of every id.
  private static final int MERGE_AT = 4096;

  private final int mergeAt;

  private String[] sorted = new String[0];
  private final TreeSet<String> added = new TreeSet<>();
  private final HashSet<String> removed = new HashSet<>();

  OrderedIds() {
    this(MERGE_AT);
  }

  /** For tests: merges once more than {@code mergeAt} changes are kept aside. */
  OrderedIds(int mergeAt) {
    this.mergeAt = mergeAt;
  }

  /** Adds an id not present. */
  void add(String id) {
    if (!removed.remove(id)) {
      added.add(id);
      if (added.size() > mergeAt) {
        merge();
      }
    }
  }

  /** Removes an id present. */
  void remove(String id) {
    if (!added.remove(id)) {
      removed.add(id);
      if (removed.size() > mergeAt) {
        merge();
      }
    }
  }

  /** Up to {@code limit} ids after {@code after} (or from the first), in order. */
  List<String> page(Optional<String> after, int limit) {
    List<String> page = new ArrayList<>(Math.min(limit, 64));
    int i = after.map(this::firstAfter).orElse(0);
    Iterator<String> recent =
        (after.isPresent() ? added.tailSet(after.get(), false) : added).iterator();
    String next = recent.hasNext() ? recent.next() : null;
    while (page.size() < limit) {
      while (i < sorted.length && removed.contains(sorted[i])) {
        i++;
      }
      boolean fromArray = i < sorted.length && (next == null || sorted[i].compareTo(next) < 0);
      if (fromArray) {
        page.add(sorted[i++]);
      } else if (next != null) {
        page.add(next);
        next = recent.hasNext() ? recent.next() : null;
      } else {
        break;
      }
    }
    return page;
  }

  /** Index of the first array id after {@code id}. */
  private int firstAfter(String id) {
    int at = Arrays.binarySearch(sorted, id);
    return at >= 0 ? at + 1 : -at - 1;
  }

  /** Folds the recent changes into a new array. */
  private void merge() {
    int[] gone = new int[removed.size()];
    int g = 0;
    for (String id : removed) {
      gone[g++] = Arrays.binarySearch(sorted, id);
    }
    Arrays.sort(gone);
    String[] merged = new String[sorted.length - gone.length + added.size()];
    Cursor cursor = new Cursor(merged, gone);
    for (String id : added) {
      int end = firstAfter(id);
      cursor.copyKept(end);
      merged[cursor.out++] = id;
    }
    cursor.copyKept(sorted.length);
    if (cursor.out != merged.length) {
      throw new IllegalStateException(
          "ordered ids lost count: " + cursor.out + " of " + merged.length);
    }
    sorted = merged;
    added.clear();
    removed.clear();
  }

  /** Where a merge has got to: the next array index to copy, the next removal, the output end. */
  private final class Cursor {
    private final String[] into;
    private final int[] gone;
    private int next;
    private int nextGone;
    private int out;

    Cursor(String[] into, int[] gone) {
      this.into = into;
      this.gone = gone;
    }

    /** Copies the array's ids from {@code next} up to {@code to}, leaving out removed ones. */
    void copyKept(int to) {
      while (next < to) {
        int stop = nextGone < gone.length && gone[nextGone] < to ? gone[nextGone] : to;
        System.arraycopy(sorted, next, into, out, stop - next);
        out += stop - next;
        next = stop;
        if (stop < to) {
          next++;
          nextGone++;
        }
      }
    }
  }
}
