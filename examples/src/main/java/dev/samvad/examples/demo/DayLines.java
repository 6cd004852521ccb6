package dev.samvad.examples.demo;

import dev.samvad.api.ChannelKind;
import dev.samvad.examples.story.DayActivity;
import dev.samvad.orchestration.Trigger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sixty-day view, a short line a day: messages sent (all, then by e-mail, WhatsApp, SMS and any
 * other channel), how many template languages, replies by what Samvad read them as ({@link
 * #LEGEND}), payments with their total, tasks opened and closed, campaigns finished. Days when
 * nothing happened fold into one line ("12–14 … quiet").
 */
final class DayLines {
  /** What the reply letters mean. */
  static final String LEGEND =
      "Replies as read: P promise, U says paid, D dispute, T asks for time, H hardship, S stop,"
          + " O other.";

  static final String HEADER =
      String.format(
          "%5s  %-10s  %4s %4s %3s %3s %4s  %-21s %-16s %-7s %4s",
          "Day", "Date", "Sent", "mail", "WA", "SMS", "Lang", "Replies", "Paid", "Tasks", "Done");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private static final Map<Trigger, String> CODE = new EnumMap<>(Trigger.class);

  static {
    CODE.put(Trigger.PROMISE_TO_PAY, "P");
    CODE.put(Trigger.CLAIMS_PAID, "U");
    CODE.put(Trigger.DISPUTE, "D");
    CODE.put(Trigger.EXTENSION_REQUEST, "T");
    CODE.put(Trigger.HARDSHIP, "H");
    CODE.put(Trigger.OPT_OUT, "S");
    CODE.put(Trigger.ABUSIVE, "A");
    CODE.put(Trigger.OTHER_REPLY, "O");
  }

  private DayLines() {}

  /** One line per day with activity, quiet stretches folded; the first line is {@link #HEADER}. */
  static List<String> of(List<DayActivity> days) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    int quietFrom = -1;
    for (int i = 0; i <= days.size(); i++) {
      boolean quiet = i < days.size() && days.get(i).quiet();
      if (quiet) {
        quietFrom = quietFrom < 0 ? i : quietFrom;
        continue;
      }
      if (quietFrom >= 0) {
        lines.add(quiet(days.get(quietFrom), days.get(i - 1)));
        quietFrom = -1;
      }
      if (i < days.size()) {
        lines.add(line(days.get(i)));
      }
    }
    return lines;
  }

  private static String quiet(DayActivity from, DayActivity to) {
    if (from == to) {
      return String.format("%5d  %-10s  quiet", from.number(), from.date().format(DATE));
    }
    return String.format(
        "%5s  %s – %s: quiet",
        from.number() + "–" + to.number(), from.date().format(DATE), to.date().format(DATE));
  }

  static String line(DayActivity day) {
    Map<ChannelKind, Integer> sent = day.sent();
    int other =
        day.messages()
            - sent.getOrDefault(ChannelKind.EMAIL, 0)
            - sent.getOrDefault(ChannelKind.WHATSAPP, 0)
            - sent.getOrDefault(ChannelKind.SMS, 0);
    StringBuilder replies = new StringBuilder();
    day.replies()
        .forEach(
            (trigger, n) ->
                replies.append(replies.isEmpty() ? "" : " ").append(n).append(CODE.get(trigger)));
    String paid =
        day.payments() == 0
            ? ""
            : String.format("%2d %s", day.payments(), Facts.rupees(day.paid()));
    String tasks =
        day.tasksOpened() + day.tasksClosed() == 0
            ? ""
            : "+" + day.tasksOpened() + " −" + day.tasksClosed();
    int done = day.finished().values().stream().mapToInt(Integer::intValue).sum();
    return String.format(
            "%5d  %-10s  %4s %4s %3s %3s %4s  %-21s %-16s %-7s %4s",
            day.number(),
            day.date().format(DATE),
            blank(day.messages()),
            blank(sent.getOrDefault(ChannelKind.EMAIL, 0)),
            blank(sent.getOrDefault(ChannelKind.WHATSAPP, 0)),
            blank(sent.getOrDefault(ChannelKind.SMS, 0)) + (other > 0 ? "+" + other : ""),
            blank(day.languages().size()),
            replies,
            paid,
            tasks,
            blank(done))
        .stripTrailing();
  }

  private static String blank(int n) {
    return n == 0 ? "" : Integer.toString(n);
  }
}
