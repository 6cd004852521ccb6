package dev.samvad.relationship;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.relationship.Alert.Severity;
import dev.samvad.relationship.Alert.Type;
import dev.samvad.relationship.RelationshipHealth.HealthPoint;
import dev.samvad.relationship.internal.Signals;
import dev.samvad.relationship.internal.Timeline;
import dev.samvad.relationship.internal.Words;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Detects early warnings in a customer's history: an upward shift in days late (one-sided CUSUM), a
 * drop in the share of messages answered and in the tone of replies (EWMA control charts), a broken
 * promise, sudden silence after steady replies, health crossing a threshold, and a dispute.
 *
 * <p><b>Merging and cool-down.</b> The detector replays the whole history up to the as-of time, so
 * it needs no stored state and gives the same alerts on every call. Occurrences are ordered by
 * time; an occurrence with the same type and subject as an alert raised less than {@link
 * EarlyWarningOptions#coolDownDays()} earlier is merged into that alert (its count, last-seen time
 * and evidence are updated) instead of raising a new one — unless it is more severe, which raises a
 * new alert at once. Only alerts seen within {@link EarlyWarningOptions#lookbackDays()} of the
 * as-of time are returned, newest first.
 *
 * <p>Pure and thread-safe.
 */
public final class EarlyWarningDetector {
  private static final long DAY = 86_400L;

  private final EarlyWarningOptions options;
  private final HealthScorer health;

  private EarlyWarningDetector(EarlyWarningOptions options, HealthScorer health) {
    this.options = options;
    this.health = health;
  }

  /** Default options and health weights. */
  public static EarlyWarningDetector standard() {
    return new EarlyWarningDetector(EarlyWarningOptions.defaults(), HealthScorer.standard());
  }

  /** Given options; health is scored with {@code scorer}. */
  public static EarlyWarningDetector of(EarlyWarningOptions options, HealthScorer scorer) {
    return new EarlyWarningDetector(
        InvalidInputException.require(options, "options"),
        InvalidInputException.require(scorer, "scorer"));
  }

  /** Alerts active at {@code asOf}: merged, cooled down, newest first. */
  public List<Alert> detect(CustomerHistory history, Instant asOf) {
    Timeline t = Timeline.of(history);
    return detect(t, history.customerId(), asOf, health.score(t, history, asOf).trend().points());
  }

  List<Alert> detect(Timeline t, CustomerId id, Instant asOf, List<HealthPoint> healthPoints) {
    long asOfSecond = asOf.getEpochSecond();
    List<Occurrence> raw = new ArrayList<>();
    daysLate(t, asOfSecond, raw);
    responses(t, asOfSecond, raw);
    sentiment(t, asOfSecond, raw);
    promises(t, asOfSecond, raw);
    disputes(t, asOfSecond, raw);
    health(healthPoints, raw);
    raw.sort(
        Comparator.comparingLong(Occurrence::at)
            .thenComparing(Occurrence::type)
            .thenComparing(Occurrence::subject));
    List<Draft> drafts = merge(raw);
    long since = asOfSecond - options.lookbackDays() * DAY;
    List<Alert> out = new ArrayList<>();
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      if (d.lastSeen >= since && d.first.at() <= asOfSecond) {
        out.add(d.toAlert(id));
      }
    }
    out.sort(Comparator.comparing(Alert::lastSeen).reversed().thenComparing(Alert::type));
    return List.copyOf(out);
  }

  /**
   * Merges occurrences into alerts (see the class comment). Evidence is put into words only for the
   * alerts returned: most occurrences of a long history fall outside the look-back.
   */
  private List<Draft> merge(List<Occurrence> raw) {
    List<Draft> drafts = new ArrayList<>();
    Map<Key, Draft> open = new HashMap<>();
    long coolDown = options.coolDownDays() * DAY;
    for (Occurrence o : raw) {
      Key key = new Key(o.type(), o.subject());
      Draft a = open.get(key);
      if (a != null) {
        boolean cooling = o.at() < a.first.at() + coolDown;
        if (cooling && o.severity().compareTo(a.first.severity()) <= 0) {
          a.lastSeen = o.at();
          a.occurrences++;
          a.evidence = o.evidence();
          continue;
        }
      }
      Draft d = new Draft(o);
      open.put(key, d);
      drafts.add(d);
    }
    return drafts;
  }

  private record Key(Type type, String subject) {}

  /** An alert being merged: the first occurrence, and what later ones updated. */
  private static final class Draft {
    final Occurrence first;
    long lastSeen;
    int occurrences = 1;
    Supplier<List<String>> evidence;

    Draft(Occurrence first) {
      this.first = first;
      this.lastSeen = first.at();
      this.evidence = first.evidence();
    }

    Alert toAlert(CustomerId id) {
      return new Alert(
          id,
          first.type(),
          first.severity(),
          first.subject(),
          Instant.ofEpochSecond(first.at()),
          Instant.ofEpochSecond(lastSeen),
          occurrences,
          evidence.get(),
          first.action());
    }
  }

  private static long startOf(int epochDay) {
    return epochDay * DAY - Timeline.IST_SECONDS;
  }

  /** One-sided upper CUSUM on days late, in order of settlement. */
  private void daysLate(Timeline t, long asOfSecond, List<Occurrence> out) {
    int asOfDay = Timeline.day(asOfSecond);
    // (settlement day, days late) pairs in that order, packed so a primitive sort orders them
    long[] packed = new long[t.invoiceCount];
    int count = 0;
    for (int i = 0; i < t.invoiceCount; i++) {
      if (t.settled[i] <= asOfDay) {
        packed[count++] = pair(t.settled[i], t.settled[i] - t.due[i]);
      }
    }
    Arrays.sort(packed, 0, count);
    int[] settledDay = new int[count];
    int[] late = new int[count];
    for (int i = 0; i < count; i++) {
      settledDay[i] = (int) (packed[i] >> 32);
      late[i] = (int) (packed[i] - (settledDay[i] * (1L << 32)) + Integer.MIN_VALUE);
    }
    int base = 6;
    // the first six settled invoices set the usual level; after an alarm the next six set the new
    // one, so a lasting shift alarms once
    int from = 0;
    double mean = 0;
    double sd = 5;
    double s = 0;
    for (int i = 0; i < count; i++) {
      if (i < from + base) {
        if (i == from + base - 1) {
          mean = 0;
          for (int j = from; j <= i; j++) {
            mean += clip(late[j]);
          }
          mean /= base;
          double var = 0;
          for (int j = from; j <= i; j++) {
            var += Math.pow(clip(late[j]) - mean, 2);
          }
          sd = Math.max(5, Math.sqrt(var / (base - 1)));
          s = 0;
        }
        continue;
      }
      double x = clip(late[i]);
      s = Math.max(0, s + x - mean - options.cusumK() * sd);
      if (s > options.cusumH() * sd) {
        double recent = 0;
        int first = Math.max(from + base, i - 2);
        for (int j = first; j <= i; j++) {
          recent += clip(late[j]);
        }
        recent /= i - first + 1;
        Severity severity = recent - mean >= 30 ? Severity.CRITICAL : Severity.WARNING;
        int lastOne = i;
        double usual = mean;
        double spread = sd;
        double sum = s;
        out.add(
            new Occurrence(
                Type.DAYS_LATE_SHIFT,
                severity,
                "payments",
                startOf(settledDay[i]),
                () -> {
                  StringBuilder last = new StringBuilder();
                  for (int j = first; j <= lastOne; j++) {
                    last.append(j > first ? ", " : "").append(late[j]);
                  }
                  return List.of(
                      "latest invoices paid "
                          + last
                          + " days late against a usual "
                          + Words.num(usual, 0)
                          + " ± "
                          + Words.num(spread, 0),
                      "CUSUM "
                          + Words.num(sum, 0)
                          + " above threshold "
                          + Words.num(options.cusumH() * spread, 0));
                },
                "Call the accounts contact to ask what has changed; consider a firmer reminder"
                    + " cadence and shorter credit on new orders."));
        from = i + 1;
        s = 0;
      }
    }
  }

  private static double clip(int daysLate) {
    return Math.max(-30, Math.min(120, daysLate));
  }

  /** EWMA of answered (1) / unanswered (0) outbound messages; and silence after steady replies. */
  private void responses(Timeline t, long asOfSecond, List<Occurrence> out) {
    int m = Timeline.countBelow(t.msgAt, t.messageCount, asOfSecond + 1);
    long[] response = Signals.responseSeconds(t, m, asOfSecond);
    int seen = 0;
    double p0 = 0;
    double ewma = 0;
    double limit = 0;
    double lambda = options.ewmaLambda();
    int[] recent = new int[5];
    int recentCount = 0;
    int silentRun = 0;
    long silentStart = 0;
    boolean silenceRaised = false;
    for (int i = 0; i < m; i++) {
      if (t.msgInbound[i] || response[i] == -2) {
        continue;
      }
      int z = response[i] >= 0 ? 1 : 0;
      long at = t.msgAt[i] + Signals.REPLY_WINDOW_SECONDS;
      seen++;
      if (seen <= 10) {
        p0 += z;
        if (seen == 10) {
          p0 /= 10;
          ewma = p0;
          double sigma = Math.sqrt(Math.max(p0 * (1 - p0), 0.01));
          limit = p0 - options.ewmaL() * sigma * Math.sqrt(lambda / (2 - lambda));
        }
      } else if (p0 >= 0.3) {
        ewma = lambda * z + (1 - lambda) * ewma;
        if (ewma < limit) {
          double level = ewma;
          double bound = limit;
          double usual = p0;
          out.add(
              new Occurrence(
                  Type.RESPONSE_RATE_DROP,
                  Severity.WARNING,
                  "replies",
                  at,
                  () ->
                      List.of(
                          "answer rate (EWMA) "
                              + Words.num(level, 2)
                              + " below its control limit "
                              + Words.num(bound, 2)
                              + "; usual "
                              + Words.num(usual, 2)),
                  "Switch to the channel and hour the customer answers best on, or call."));
          ewma = p0;
        }
      }
      // silence: steady replies (3 of the last 5 answered), then a run of unanswered messages
      if (z == 1) {
        silentRun = 0;
        silenceRaised = false;
      } else {
        int answeredBefore = 0;
        for (int k = 0; k < recentCount; k++) {
          answeredBefore += recent[k];
        }
        if (silentRun == 0) {
          silentStart = t.msgAt[i];
          silentRun = recentCount >= 5 && answeredBefore >= 3 ? 1 : -1;
        } else if (silentRun > 0) {
          silentRun++;
        }
        if (silentRun >= options.silenceMessages()
            && !silenceRaised
            && t.msgAt[i] - silentStart >= options.silenceDays() * DAY) {
          out.add(
              new Occurrence(
                  Type.SILENCE,
                  Severity.WARNING,
                  "replies",
                  at,
                  evidence(
                      silentRun
                          + " messages over "
                          + (t.msgAt[i] - silentStart) / DAY
                          + " days unanswered after steady replies"),
                  "Try another channel or a call; check the contact details still reach the"
                      + " right person."));
          silenceRaised = true;
        }
      }
      if (recentCount < 5) {
        recent[recentCount++] = z;
      } else {
        System.arraycopy(recent, 1, recent, 0, 4);
        recent[4] = z;
      }
    }
  }

  /** EWMA of reply tone against the customer's first five replies. */
  private void sentiment(Timeline t, long asOfSecond, List<Occurrence> out) {
    int n = Timeline.countBelow(t.replyAt, t.replyCount, asOfSecond + 1);
    int base = 5;
    if (n <= base) {
      return;
    }
    double mean = 0;
    for (int r = 0; r < base; r++) {
      mean += t.polarity[r];
    }
    mean /= base;
    double var = 0;
    for (int r = 0; r < base; r++) {
      var += Math.pow(t.polarity[r] - mean, 2);
    }
    double sd = Math.max(0.15, Math.sqrt(var / (base - 1)));
    double lambda = Math.max(options.ewmaLambda(), 0.3);
    double limit = mean - options.ewmaL() * sd * Math.sqrt(lambda / (2 - lambda));
    double ewma = mean;
    for (int r = base; r < n; r++) {
      ewma = lambda * t.polarity[r] + (1 - lambda) * ewma;
      if (ewma < limit) {
        double level = ewma;
        double usual = mean;
        out.add(
            new Occurrence(
                Type.SENTIMENT_DROP,
                ewma < -0.5 ? Severity.CRITICAL : Severity.WARNING,
                "tone",
                t.replyAt[r],
                () ->
                    List.of(
                        "tone of replies (EWMA) "
                            + Words.signed(level, 2)
                            + " below its control limit "
                            + Words.signed(limit, 2)
                            + "; usual "
                            + Words.signed(usual, 2)),
                "Read the latest replies; acknowledge any grievance before the next reminder and"
                    + " soften the tone."));
        ewma = mean;
      }
    }
  }

  private void promises(Timeline t, long asOfSecond, List<Occurrence> out) {
    int asOfDay = Timeline.day(asOfSecond);
    int[] brokenDays = new int[t.replyCount];
    int brokenCount = 0;
    for (int r = 0; r < t.replyCount && t.replyAt[r] <= asOfSecond; r++) {
      if (t.promiseDay[r] == Timeline.NO_PROMISE
          || Signals.promiseOutcome(t, r, asOfDay + 1) != Signals.BROKEN) {
        continue;
      }
      int deadline = t.promiseDay[r] + Signals.PROMISE_GRACE_DAYS;
      int repeats = 0;
      for (int b = 0; b < brokenCount; b++) {
        if (deadline - brokenDays[b] <= 90) {
          repeats++;
        }
      }
      brokenDays[brokenCount++] = deadline;
      LocalDate promised = Timeline.date(t.promiseDay[r]);
      long promisedPaise = t.promisePaise[r];
      int others = repeats;
      out.add(
          new Occurrence(
              Type.BROKEN_PROMISE,
              repeats > 0 ? Severity.CRITICAL : Severity.WARNING,
              "promise " + promised,
              startOf(deadline + 1),
              () ->
                  List.of(
                      "promised to pay"
                          + (promisedPaise > 0
                              ? " " + dev.samvad.api.Money.ofPaise(promisedPaise).format()
                              : "")
                          + " by "
                          + promised
                          + "; nothing matching arrived within "
                          + Signals.PROMISE_GRACE_DAYS
                          + " days of grace",
                      others > 0
                          ? others + " other broken promise(s) in the last 90 days"
                          : "first broken promise in 90 days"),
              "Ask for a firm date and a part payment now; move to a call if this repeats."));
    }
  }

  private void disputes(Timeline t, long asOfSecond, List<Occurrence> out) {
    for (int r = 0; r < t.replyCount && t.replyAt[r] <= asOfSecond; r++) {
      if (t.replyDispute[r]) {
        out.add(
            new Occurrence(
                Type.DISPUTE_RAISED,
                Severity.WARNING,
                "reply " + Timeline.date(Timeline.day(t.replyAt[r])),
                t.replyAt[r],
                REPLY_DISPUTES,
                "Pause reminders on the disputed amount and route the dispute to someone who can"
                    + " resolve it."));
      }
    }
    int asOfDay = Timeline.day(asOfSecond);
    for (int i = 0; i < t.invoiceCount && t.issue[i] <= asOfDay; i++) {
      if (t.disputed[i] && t.settled[i] > asOfDay) {
        int day = Math.min(t.due[i], asOfDay);
        out.add(
            new Occurrence(
                Type.DISPUTE_RAISED,
                Severity.WARNING,
                "invoice " + t.invoiceLabel[i],
                startOf(day),
                evidence("invoice " + t.invoiceLabel[i] + " is in dispute and unpaid"),
                "Pause reminders on this invoice and route the dispute to someone who can resolve"
                    + " it."));
      }
    }
  }

  private void health(List<HealthPoint> points, List<Occurrence> out) {
    for (int i = 1; i < points.size(); i++) {
      double before = points.get(i - 1).score();
      double now = points.get(i).score();
      Severity severity = null;
      double threshold = 0;
      if (before >= options.healthCritical() && now < options.healthCritical()) {
        severity = Severity.CRITICAL;
        threshold = options.healthCritical();
      } else if (before >= options.healthWarning() && now < options.healthWarning()) {
        severity = Severity.WARNING;
        threshold = options.healthWarning();
      }
      if (severity != null) {
        out.add(
            new Occurrence(
                Type.HEALTH_THRESHOLD,
                severity,
                "health",
                startOf((int) points.get(i).date().toEpochDay() + 1) - 1,
                evidence(
                    "health fell from "
                        + Words.num(before, 0)
                        + " on "
                        + points.get(i - 1).date()
                        + " to "
                        + Words.num(now, 0)
                        + " on "
                        + points.get(i).date()
                        + ", below "
                        + Words.num(threshold, 0)),
                "Review the account with the relationship owner; see the health drivers for"
                    + " what changed."));
      }
    }
  }

  private static final Supplier<List<String>> REPLY_DISPUTES =
      () -> List.of("a reply disputes the claim");

  private static Supplier<List<String>> evidence(String line) {
    List<String> lines = List.of(line);
    return () -> lines;
  }

  private static long pair(int hi, int lo) {
    return ((long) hi << 32) + ((long) lo - Integer.MIN_VALUE);
  }

  /** One occurrence of a warning; its evidence is put into words on demand. */
  private record Occurrence(
      Type type,
      Severity severity,
      String subject,
      long at,
      Supplier<List<String>> evidence,
      String action) {}
}
