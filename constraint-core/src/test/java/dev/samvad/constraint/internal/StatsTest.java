package dev.samvad.constraint.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void twoProportionWaldInterval() {
    // 60/100 against 40/100: difference 0.2, standard error √(0.0048) = 0.069282.
    assertArrayEquals(
        new double[] {0.2, 0.2 - 0.135791, 0.2 + 0.135791},
        Stats.twoProportion(60, 100, 40, 100),
        1e-5);
  }

  @Test
  void tQuantilesMatchTheTable() {
    assertEquals(2.228, Stats.t95(10), 1e-3);
    assertEquals(2.042, Stats.t95(30), 2e-3);
    assertEquals(1.984, Stats.t95(100), 2e-3);
    assertEquals(12.706, Stats.t95(0.5), 1e-3);
  }

  @Test
  void welchIntervalOfTwoSamples() {
    // {1,2,3,4,5} against {2,4,6,8,10}: means 3 and 6, variances 2.5 and 10, se = √2.5, df ≈ 5.88.
    double[] r = Stats.welch(5, 15, 55, 5, 30, 220);
    assertEquals(-3, r[0], 1e-9);
    assertEquals(-3 - 2.571 * Math.sqrt(2.5), r[1], 1e-3);
  }

  @Test
  void msmedStatutoryDateIsTheEarlierOfDueAnd45Days() {
    int issue = (int) LocalDate.of(2025, 1, 1).toEpochDay();
    assertEquals(issue + 30, MsmedInterest.statutoryDueDay(issue, issue + 30));
    assertEquals(issue + 45, MsmedInterest.statutoryDueDay(issue, issue + 90));
    assertEquals(0, MsmedInterest.interestPaise(100_00, issue + 10, issue + 9, 0.1725));
  }
}
