package dev.samvad.relationship.text.internal;

import dev.samvad.api.IndianState;
import dev.samvad.culture.Festival;
import dev.samvad.culture.FestivalCalendar;
import dev.samvad.relationship.text.DateBasis;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves date expressions against the message day. The rules, in the words the docs use:
 *
 * <ul>
 *   <li>relative days: aaj 0, kal +1, parson +2, narson +3; "N din/days" +N; "N hafte/weeks" +7N;
 *   <li>a weekday alone or with "next/agle/this" is the next such day strictly after today;
 *   <li>a day of month ("15 tarikh", "15th", "15 ko") is this month when not yet past, else next
 *       month; with a month name or "15/11" it is that month, next year when already past;
 *   <li>"month end", "mahine ke aakhir" is the last day of this month ("next month end": of next);
 *   <li>"next week" is next Monday, "next month" the 1st of next month — both vague;
 *   <li>a festival is its next date in the calendar (choosing by state among regional variants);
 *       "after X" is the day after it (vague), "before X" the day before.
 * </ul>
 */
final class DateReader {
  private DateReader() {}

  /** One resolved date expression over tokens {@code [from, to)}. */
  record DateMention(int from, int to, LocalDate date, DateBasis basis, boolean vague) {}

  static List<DateMention> read(
      Reading r, LocalDate today, FestivalCalendar calendar, Optional<IndianState> state) {
    Tokens t = r.tokens;
    List<DateMention> out = new ArrayList<>(2);
    for (int i = 0; i < t.size; i++) {
      if (r.claimed[i]) {
        continue;
      }
      DateMention m = at(r, i, today, calendar, state);
      if (m != null) {
        for (int k = m.from(); k < m.to(); k++) {
          r.claimed[k] = true;
        }
        out.add(m);
        i = m.to() - 1;
      }
    }
    return out;
  }

  private static DateMention at(
      Reading r, int i, LocalDate today, FestivalCalendar calendar, Optional<IndianState> state) {
    Tokens t = r.tokens;
    if (!r.cueStartsAt(i)
        && (t.terms[i].isEmpty() || Character.digit(t.terms[i].charAt(0), 10) < 0)) {
      return null;
    }
    Cue c;
    if ((c = r.startingAt(i, Feature.Kind.DAY)) != null) {
      return new DateMention(
          i, c.to(), today.plusDays((long) c.feature().value()), DateBasis.RELATIVE_DAY, false);
    }
    if ((c = r.startingAt(i, Feature.Kind.WEEKDAY)) != null) {
      int dow = (int) c.feature().value();
      LocalDate d = today.with(TemporalAdjusters.next(DayOfWeek.of(dow)));
      return new DateMention(i, c.to(), d, DateBasis.WEEKDAY, false);
    }
    if ((c = r.startingAt(i, Feature.Kind.MONTHEND)) != null) {
      boolean next = i > 0 && r.at(i - 1, Feature.Kind.NEXT) != null;
      LocalDate base = next ? today.plusMonths(1) : today;
      return new DateMention(
          next ? i - 1 : i,
          c.to(),
          base.with(TemporalAdjusters.lastDayOfMonth()),
          DateBasis.MONTH_END,
          false);
    }
    if ((c = r.startingAt(i, Feature.Kind.PERIOD)) != null) {
      String unit = c.feature().arg();
      LocalDate d =
          switch (unit) {
            case "month" -> today.plusMonths(1).withDayOfMonth(1);
            case "weekend" -> today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
            case "thisweek" -> today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            default -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
          };
      return new DateMention(i, c.to(), d, DateBasis.PERIOD, true);
    }
    if ((c = r.startingAt(i, Feature.Kind.FESTIVAL)) != null) {
      LocalDate d = festival(c.feature().arg(), today, calendar, state);
      if (d == null) {
        return null;
      }
      int to = c.to();
      int from = i;
      boolean vague = false;
      Cue after = within(r, Feature.Kind.AFTER, c.to(), c.to() + 3);
      Cue afterBefore = within(r, Feature.Kind.AFTER, i - 2, i);
      Cue before = within(r, Feature.Kind.BEFORE, c.to(), c.to() + 3);
      Cue beforeBefore = within(r, Feature.Kind.BEFORE, i - 2, i);
      if (after != null || afterBefore != null) {
        d = d.plusDays(1);
        vague = true;
        to = after != null ? Math.max(to, after.to()) : to;
        from = afterBefore != null ? afterBefore.from() : from;
      } else if (before != null || beforeBefore != null) {
        d = d.minusDays(1);
        to = before != null ? Math.max(to, before.to()) : to;
        from = beforeBefore != null ? beforeBefore.from() : from;
      }
      return new DateMention(from, to, d, DateBasis.FESTIVAL, vague);
    }
    if ((c = r.startingAt(i, Feature.Kind.MONTH)) != null && i + 1 < t.size) {
      int day = dayNumber(t.terms[i + 1]);
      if (day > 0) {
        LocalDate d = monthDay(today, (int) c.feature().value(), day, yearAfter(t, i + 2));
        return d == null ? null : new DateMention(i, i + 2, d, DateBasis.CALENDAR_DATE, false);
      }
      return null;
    }
    String term = t.terms[i];
    Numbers.Parsed p = Numbers.parse(term);
    if (p == null) {
      Cue nw = r.startingAt(i, Feature.Kind.NUMWORD);
      if (nw != null && i + 1 < t.size) {
        return countAhead(r, i, nw.to(), (int) nw.feature().value(), today);
      }
      return null;
    }
    if (term.indexOf('.') > 0 && p.suffix().isEmpty()) {
      String[] parts = term.split("\\.");
      boolean money =
          i + 1 < t.size
              && (r.startingAt(i + 1, Feature.Kind.MULT) != null
                  || r.startingAt(i + 1, Feature.Kind.CURRENCY) != null);
      if (!money && (parts.length == 3 || (parts.length == 2 && parts[1].length() == 2))) {
        int dd = Numbers.smallInt(parts[0]);
        int mm = Numbers.smallInt(parts[1]);
        int yy = parts.length == 3 ? Numbers.smallInt(parts[2]) : -1;
        if (dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12) {
          LocalDate d = monthDay(today, mm, dd, yy < 0 ? -1 : (yy < 100 ? 2000 + yy : yy));
          return d == null ? null : new DateMention(i, i + 1, d, DateBasis.CALENDAR_DATE, false);
        }
      }
      return null;
    }
    if (p.suffix().isEmpty() && p.value().scale() == 0 && p.digits() <= 2 && i + 1 < t.size) {
      DateMention count = countAhead(r, i, i + 1, p.value().intValue(), today);
      if (count != null) {
        return count;
      }
    }
    int day = dayNumber(term);
    if (day <= 0) {
      return null;
    }
    boolean ordinal = !p.suffix().isEmpty();
    if (i + 1 < t.size) {
      Cue m = r.startingAt(i + 1, Feature.Kind.MONTH);
      if (m == null && i + 2 < t.size && "of".equals(t.terms[i + 1])) {
        m = r.startingAt(i + 2, Feature.Kind.MONTH);
      }
      if (m != null) {
        LocalDate d = monthDay(today, (int) m.feature().value(), day, yearAfter(t, m.to()));
        return d == null ? null : new DateMention(i, m.to(), d, DateBasis.CALENDAR_DATE, false);
      }
      String gap = t.gapBefore(i + 1).strip();
      if (!ordinal && (gap.equals("/") || gap.equals("-")) && t.kinds[i + 1] == Tokens.NUMBER) {
        int mm = Numbers.smallInt(t.terms[i + 1]);
        if (mm >= 1 && mm <= 12) {
          int to = i + 2;
          int yy = -1;
          if (i + 2 < t.size && t.gapBefore(i + 2).strip().equals(gap)) {
            yy = Numbers.smallInt(t.terms[i + 2]);
            yy = yy < 100 ? 2000 + yy : yy;
            to = i + 3;
          }
          LocalDate d = monthDay(today, mm, day, yy);
          return d == null ? null : new DateMention(i, to, d, DateBasis.CALENDAR_DATE, false);
        }
      }
      Cue dom = r.startingAt(i + 1, Feature.Kind.DOM);
      if (dom != null && day <= 31) {
        LocalDate d = dayOfMonth(today, day);
        return d == null ? null : new DateMention(i, dom.to(), d, DateBasis.CALENDAR_DATE, false);
      }
    }
    if (ordinal && day <= 31 && isOrdinalSuffix(p.suffix())) {
      LocalDate d = dayOfMonth(today, day);
      return d == null ? null : new DateMention(i, i + 1, d, DateBasis.CALENDAR_DATE, false);
    }
    return null;
  }

  private static DateMention countAhead(Reading r, int i, int unitAt, int n, LocalDate today) {
    if (n <= 0 || n > 90 || unitAt >= r.tokens.size) {
      return null;
    }
    Cue days = r.startingAt(unitAt, Feature.Kind.DAYS);
    if (days != null) {
      return new DateMention(i, days.to(), today.plusDays(n), DateBasis.RELATIVE_DAY, false);
    }
    Cue weeks = r.startingAt(unitAt, Feature.Kind.WEEKS);
    if (weeks != null && n <= 8) {
      return new DateMention(i, weeks.to(), today.plusWeeks(n), DateBasis.PERIOD, true);
    }
    return null;
  }

  private static boolean isOrdinalSuffix(String s) {
    return s.equals("th") || s.equals("st") || s.equals("nd") || s.equals("rd");
  }

  /** 1..31 from "15", "15th", "१५"; else -1. */
  private static int dayNumber(String term) {
    Numbers.Parsed p = Numbers.parse(term);
    if (p == null || p.digits() > 2 || p.value().scale() > 0) {
      return -1;
    }
    if (!p.suffix().isEmpty() && !isOrdinalSuffix(p.suffix())) {
      return -1;
    }
    int v = p.value().intValue();
    return v >= 1 && v <= 31 ? v : -1;
  }

  private static int yearAfter(Tokens t, int i) {
    if (i < t.size) {
      int y = Numbers.smallInt(t.terms[i]);
      if (y >= 2020 && y <= 2100) {
        return y;
      }
    }
    return -1;
  }

  private static LocalDate dayOfMonth(LocalDate today, int day) {
    LocalDate base = day >= today.getDayOfMonth() ? today : today.plusMonths(1).withDayOfMonth(1);
    if (day > base.lengthOfMonth()) {
      return null;
    }
    return base.withDayOfMonth(day);
  }

  private static LocalDate monthDay(LocalDate today, int month, int day, int year) {
    try {
      if (year > 0) {
        return LocalDate.of(year, month, day);
      }
      LocalDate d = LocalDate.of(today.getYear(), month, day);
      return d.isBefore(today.minusDays(7)) ? d.plusYears(1) : d;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Cue within(Reading r, Feature.Kind kind, int from, int to) {
    for (Cue c : r.all(kind)) {
      if (c.from() >= from && c.from() < to) {
        return c;
      }
    }
    return null;
  }

  private static LocalDate festival(
      String keys, LocalDate today, FestivalCalendar calendar, Optional<IndianState> state) {
    LocalDate best = null;
    LocalDate bestApplicable = null;
    for (String key : keys.split(",")) {
      Optional<Festival> f = calendar.next(key, today);
      if (f.isEmpty()) {
        continue;
      }
      LocalDate d = f.get().date();
      if (best == null || d.isBefore(best)) {
        best = d;
      }
      if (state.isPresent()
          && f.get().appliesTo(state, state.get().region())
          && (bestApplicable == null || d.isBefore(bestApplicable))) {
        bestApplicable = d;
      }
    }
    return bestApplicable != null ? bestApplicable : best;
  }
}
