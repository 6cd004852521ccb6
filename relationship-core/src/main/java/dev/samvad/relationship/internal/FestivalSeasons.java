package dev.samvad.relationship.internal;

import dev.samvad.culture.Festival;
import dev.samvad.culture.FestivalCalendar;
import dev.samvad.culture.ReferenceData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The major festival seasons in which Indian businesses commonly pay more slowly: a lookup from an
 * epoch day to the festival whose season covers it. A season runs {@value #BEFORE} days before to
 * {@value #AFTER} days after the festival. Only the big, widely observed festivals count, so that
 * the seasons stay a small part of the year (a window around every holiday would cover most of it).
 * Immutable and thread-safe.
 */
public final class FestivalSeasons {
  public static final int BEFORE = 10;
  public static final int AFTER = 10;

  /** Festival keys treated as payment-slowing seasons. */
  public static final Set<String> MAJOR =
      Set.of(
          "diwali",
          "dussehra",
          "holi",
          "eid-al-fitr",
          "eid-al-adha",
          "christmas",
          "pongal",
          "onam",
          "ganesh-chaturthi",
          "durga-puja-saptami");

  private static volatile FestivalSeasons bundled;

  private final int firstDay;
  private final short[] season;
  private final String[] keys;
  private final String[] names;

  private FestivalSeasons(FestivalCalendar calendar) {
    List<Festival> major = new ArrayList<>();
    for (Festival f : calendar.all()) {
      if (MAJOR.contains(f.key())) {
        major.add(f);
      }
    }
    List<String> keyList = new ArrayList<>();
    List<String> nameList = new ArrayList<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Festival f : major) {
      int d = (int) f.date().toEpochDay();
      first = Math.min(first, d - BEFORE);
      last = Math.max(last, d + AFTER);
      if (!keyList.contains(f.key())) {
        keyList.add(f.key());
        nameList.add(f.name());
      }
    }
    if (major.isEmpty()) {
      first = 0;
      last = -1;
    }
    this.firstDay = first;
    this.season = new short[last - first + 1];
    Arrays.fill(season, (short) -1);
    for (Festival f : major) {
      int d = (int) f.date().toEpochDay();
      short k = (short) keyList.indexOf(f.key());
      for (int x = d - BEFORE; x <= d + AFTER; x++) {
        if (season[x - first] < 0) {
          season[x - first] = k;
        }
      }
    }
    this.keys = keyList.toArray(new String[0]);
    this.names = nameList.toArray(new String[0]);
  }

  /** Seasons of the bundled festival calendar, built once. */
  public static FestivalSeasons bundled() {
    FestivalSeasons s = bundled;
    if (s == null) {
      s = new FestivalSeasons(ReferenceData.bundled().festivals());
      bundled = s;
    }
    return s;
  }

  /** Seasons of a given reference data set. */
  public static FestivalSeasons of(ReferenceData data) {
    return data == ReferenceData.bundled() ? bundled() : new FestivalSeasons(data.festivals());
  }

  /** Index of the festival whose season covers {@code epochDay}, or -1. */
  public int seasonOf(int epochDay) {
    int i = epochDay - firstDay;
    return i < 0 || i >= season.length ? -1 : season[i];
  }

  /** Number of distinct festivals. */
  public int size() {
    return keys.length;
  }

  /** Key of festival {@code index}. */
  public String key(int index) {
    return keys[index];
  }

  /** English name of festival {@code index}. */
  public String name(int index) {
    return names[index];
  }
}
