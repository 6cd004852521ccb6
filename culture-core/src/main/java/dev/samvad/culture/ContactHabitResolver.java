package dev.samvad.culture;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.model.BusinessSize;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Preferred channels and hours: stated first, then observed from replies, then defaults. */
final class ContactHabitResolver {
  private static final List<ChannelKind> SMALL_DEFAULT =
      List.of(
          ChannelKind.WHATSAPP,
          ChannelKind.SMS,
          ChannelKind.VOICE,
          ChannelKind.EMAIL,
          ChannelKind.LETTER);
  private static final List<ChannelKind> LARGE_DEFAULT =
      List.of(
          ChannelKind.EMAIL,
          ChannelKind.WHATSAPP,
          ChannelKind.SMS,
          ChannelKind.VOICE,
          ChannelKind.LETTER);

  Finding<List<ChannelKind>> channels(ProfileInput in) {
    List<Evidence> evidence = new ArrayList<>();
    Set<ChannelKind> order = new LinkedHashSet<>(in.statedChannels());
    double confidence = 0.4;
    if (!in.statedChannels().isEmpty()) {
      evidence.add(
          new Evidence(Evidence.Source.STATED, "stated preference " + in.statedChannels()));
      confidence = 0.85;
    }
    Map<ChannelKind, Integer> observed = new EnumMap<>(ChannelKind.class);
    in.replies().forEach(r -> observed.merge(r.channel(), 1, Integer::sum));
    if (!observed.isEmpty()) {
      observed.entrySet().stream()
          .sorted(Map.Entry.<ChannelKind, Integer>comparingByValue().reversed())
          .forEach(e -> order.add(e.getKey()));
      evidence.add(new Evidence(Evidence.Source.BEHAVIOUR, "replies per channel " + observed));
      confidence = Math.max(confidence, Math.min(0.8, 0.5 + 0.05 * in.replies().size()));
    }
    boolean large =
        in.size().filter(s -> s == BusinessSize.LARGE || s == BusinessSize.MEDIUM).isPresent();
    order.addAll(large ? LARGE_DEFAULT : SMALL_DEFAULT);
    if (evidence.isEmpty()) {
      evidence.add(
          new Evidence(
              Evidence.Source.HEURISTIC,
              large
                  ? "larger companies work by e-mail first (heuristic)"
                  : "small businesses read WhatsApp first (heuristic)"));
    }
    if (!in.reachableChannels().isEmpty()) {
      order.retainAll(in.reachableChannels());
      evidence.add(
          new Evidence(Evidence.Source.BUSINESS_FACTS, "reachable on " + in.reachableChannels()));
    }
    return new Finding<>(List.copyOf(order), confidence, evidence);
  }

  Finding<List<Integer>> hours(ProfileInput in, BusinessHours businessHours, ZoneId zone) {
    List<Integer> stated = statedHours(in.timePreferences());
    if (!stated.isEmpty()) {
      return Finding.of(stated, 0.8, Evidence.Source.STATED, "stated " + in.timePreferences());
    }
    if (in.replies().size() >= 3) {
      int[] counts = new int[24];
      in.replies().forEach(r -> counts[r.at().atZone(zone).getHour()]++);
      double average = (in.replies().size() + 24.0) / 24.0;
      List<Integer> best = new ArrayList<>();
      for (int h = 0; h < 24; h++) {
        if (counts[h] + 1 >= 1.5 * average) {
          best.add(h);
        }
      }
      if (!best.isEmpty()) {
        best.sort((a, b) -> counts[b] - counts[a]);
        return Finding.of(
            List.copyOf(best),
            Math.min(0.9, 0.3 + in.replies().size() / 20.0),
            Evidence.Source.BEHAVIOUR,
            "reply times of " + in.replies().size() + " messages (add-one smoothed)");
      }
    }
    List<Integer> usual = new ArrayList<>();
    for (int h = businessHours.open().getHour() + 1; h < businessHours.close().getHour(); h++) {
      if (businessHours.isOpenAt(LocalTime.of(h, 0))
          && businessHours.isOpenAt(LocalTime.of(h, 59))) {
        usual.add(h);
      }
    }
    return Finding.of(
        List.copyOf(usual),
        0.3,
        Evidence.Source.STATE_DEFAULT,
        "customary business hours, excluding the first hour and the lunch break");
  }

  static List<Integer> statedHours(List<String> preferences) {
    Set<Integer> hours = new LinkedHashSet<>();
    for (int i = 0; i < preferences.size(); i++) {
      String t = preferences.get(i).strip().toLowerCase(Locale.ROOT);
      switch (t) {
        case "morning" -> hours.addAll(List.of(9, 10, 11));
        case "afternoon" -> hours.addAll(List.of(14, 15, 16));
        case "evening" -> hours.addAll(List.of(17, 18, 19));
        default -> hours.addAll(range(t, "timePreferences[" + i + "]"));
      }
    }
    return List.copyOf(hours);
  }

  private static List<Integer> range(String text, String field) {
    String[] ends = text.split("-");
    try {
      if (ends.length == 2) {
        int from = LocalTime.parse(pad(ends[0].strip())).getHour();
        int to = LocalTime.parse(pad(ends[1].strip())).getHour();
        List<Integer> hours = new ArrayList<>();
        for (int h = from; h < Math.max(from + 1, to); h++) {
          hours.add(h);
        }
        return hours;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // fall through to the error below
    }
    throw new dev.samvad.api.InvalidInputException(
        field, "must be morning, afternoon, evening or a range like 10:00-12:00");
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }
}
