package dev.samvad.relationship.text.internal;

import dev.samvad.relationship.text.CallbackTime;
import dev.samvad.relationship.text.DayPart;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads the time a caller asked for: "5 baje", "5 pm", "17:30", "shaam ko", "kal subah 11 baje". An
 * hour from 1 to 7 without am/pm or a day part is read as afternoon (business hours).
 */
final class CallbackReader {
  private CallbackReader() {}

  static Optional<CallbackTime> read(Reading r, List<DateReader.DateMention> dates) {
    Tokens t = r.tokens;
    Cue callback =
        r.all(Feature.Kind.CALLBACK).isEmpty() ? null : r.all(Feature.Kind.CALLBACK).get(0);
    if (callback == null) {
      return Optional.empty();
    }
    int from = callback.from();
    int to = callback.to();
    Optional<LocalDate> date = Optional.empty();
    if (!dates.isEmpty()) {
      DateReader.DateMention d = dates.get(0);
      date = Optional.of(d.date());
      from = Math.min(from, d.from());
      to = Math.max(to, d.to());
    }
    Optional<DayPart> part = Optional.empty();
    Cue dp = r.all(Feature.Kind.DAYPART).isEmpty() ? null : r.all(Feature.Kind.DAYPART).get(0);
    if (dp != null) {
      part = Optional.of(DayPart.valueOf(dp.feature().arg()));
      from = Math.min(from, dp.from());
      to = Math.max(to, dp.to());
    }
    Optional<LocalTime> time = Optional.empty();
    for (int i = 0; i < t.size; i++) {
      if (t.kinds[i] != Tokens.NUMBER || r.claimed[i]) {
        continue;
      }
      int h = Numbers.smallInt(t.terms[i]);
      if (h < 1 || h > 23) {
        continue;
      }
      int minute = 0;
      int end = i + 1;
      if (end < t.size && t.gapBefore(end).strip().equals(":") && t.kinds[end] == Tokens.NUMBER) {
        minute = Numbers.smallInt(t.terms[end]);
        end++;
      }
      Cue ampm = end < t.size ? r.startingAt(end, Feature.Kind.AMPM) : null;
      Cue oclock = end < t.size ? r.startingAt(end, Feature.Kind.OCLOCK) : null;
      if (ampm == null && oclock == null && end == i + 1) {
        continue;
      }
      if (minute < 0 || minute > 59) {
        continue;
      }
      if (ampm != null) {
        boolean pm = ampm.feature().arg().equals("pm");
        h = pm && h < 12 ? h + 12 : (!pm && h == 12 ? 0 : h);
        end = ampm.to();
      } else {
        if (oclock != null) {
          end = oclock.to();
        }
        boolean late = part.isPresent() && part.get() != DayPart.MORNING;
        if (h < 12 && (late || (part.isEmpty() && h <= 7))) {
          h += 12;
        }
      }
      if (h > 23) {
        continue;
      }
      time = Optional.of(LocalTime.of(h, minute));
      from = Math.min(from, i);
      to = Math.max(to, end);
      break;
    }
    return Optional.of(new CallbackTime(date, time, part, r.span(from, to)));
  }
}
