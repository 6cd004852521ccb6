package dev.samvad.relationship.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The hand-written fast paths give exactly what the library calls they replace give: the results of
 * every engine must not depend on which path computed them.
 */
class FastPathProperties {

  @Property
  void civilMatchesLocalDate(@ForAll @IntRange(min = -800_000, max = 4_100_000) int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    int c = Timeline.civil(epochDay);
    assertEquals(d.getYear(), c >> 9);
    assertEquals(d.getMonthValue(), Timeline.month(c));
    assertEquals(d.getDayOfMonth(), Timeline.dayOfMonth(c));
    assertEquals(d.lengthOfMonth(), Timeline.lengthOfMonth(c));
  }

  @Property
  void civilMatchesLocalDateNearToday(@ForAll @IntRange(min = 0, max = 60_000) int epochDay) {
    civilMatchesLocalDate(epochDay);
  }

  @Property
  void middleFindsTheMiddleValuesOfASort(
      @ForAll @Size(min = 1, max = 200) List<@LongRange(min = -40, max = 40) Long> values) {
    long[] a = values.stream().mapToLong(Long::longValue).toArray();
    long[] sorted = a.clone();
    Arrays.sort(sorted);
    int n = a.length;
    Stats.middle(a, n);
    assertEquals(sorted[(n - 1) / 2], a[(n - 1) / 2]);
    assertEquals(sorted[n / 2], a[n / 2]);
    long[] after = a.clone();
    Arrays.sort(after);
    assertArrayEquals(sorted, after, "middle only rearranges");
  }

  @Property
  void keySortIsAStableSortByTheKeys(
      @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 6) Integer> first,
      @ForAll @Size(max = 120) List<@IntRange(min = -3, max = 3) Integer> second) {
    int n = Math.min(first.size(), second.size());
    long[] k1 = new long[n];
    long[] k2 = new long[n];
    Integer[] expected = new Integer[n];
    for (int i = 0; i < n; i++) {
      k1[i] = first.get(i);
      k2[i] = second.get(i);
      expected[i] = i;
    }
    Arrays.sort(
        expected, Comparator.<Integer>comparingLong(i -> k1[i]).thenComparingLong(i -> k2[i]));
    int[] order = KeySort.order(k1, k2, null, n);
    int[] actual = new int[n];
    for (int i = 0; i < n; i++) {
      actual[i] = order == null ? i : order[i];
    }
    assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), actual);
  }

  @Property
  void doubleKeyOrdersLikeDoubleCompare(@ForAll double a, @ForAll double b) {
    assertEquals(
        Integer.signum(Double.compare(a, b)),
        Integer.signum(Long.compare(KeySort.doubleKey(a), KeySort.doubleKey(b))));
  }

  @Property
  void pairOrdersLexicographically(@ForAll int a, @ForAll int b, @ForAll int c, @ForAll int d) {
    int expected = a != c ? Integer.compare(a, c) : Integer.compare(b, d);
    assertEquals(
        Integer.signum(expected),
        Integer.signum(Long.compare(KeySort.pair(a, b), KeySort.pair(c, d))));
  }
}
