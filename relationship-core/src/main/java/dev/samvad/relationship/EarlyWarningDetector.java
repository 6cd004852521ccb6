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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    List<Alert> alerts = merge(id, raw);
    long since = asOfSecond - options.lookbackDays() * DAY;
    List<Alert> out = new ArrayList<>();
    for (int i = alerts.size() - 1; i >= 0; i--) {
      Alert a = alerts.get(i);
      if (a.lastSeen().getEpochSecond() >= since && a.at().getEpochSecond() <= asOfSecond) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparing(Alert::lastSeen).reversed().thenComparing(Alert::type));
    return List.copyOf(out);
  }

  private List<Alert> merge(CustomerId id, List<Occurrence> raw) {
    List<Alert> alerts = new ArrayList<>();
    Map<String, Integer> open = new HashMap<>();
    long coolDown = options.coolDownDays() * DAY;
    for (Occurrence o : raw) {
      String key = o.type() + "|" + o.subject();
      Integer index = open.get(key);
      if (index != null) {
        Alert a = alerts.get(index);
        boolean cooling = o.at() < a.at().getEpochSecond() + coolDown;
        if (cooling && o.severity().compareTo(a.severity()) <= 0) {
          alerts.set(
              index,
              new Alert(
                  id,
                  a.type(),
                  a.severity(),
                  a.subject(),
                  a.at(),
                  Instant.ofEpochSecond(o.at()),
                  a.occurrences() + 1,
                  o.evidence(),
                  a.recommendedAction()));
          continue;
        }
      }
      open.put(key, alerts.size());
      alerts.add(
          new Alert(
              id,
              o.type(),
              o.severity(),
              o.subject(),
              Instant.ofEpochSecond(o.at()),
              Instant.ofEpochSecond(o.at()),
              1,
              o.evidence(),
              o.action()));
    }
    return alerts;
  }

  private static long startOf(int epochDay) {
    return epochDay * DAY - Timeline.IST_SECONDS;
  }

  /** One-sided upper CUSUM on days late, in order of settlement. */
  private void daysLate(Timeline t, long asOfSecond, List<Occurrence> out) {
    int asOfDay = Timeline.day(asOfSecond);
    List<int[]> settled = new ArrayList<>();
    for (int i = 0; i < t.invoiceCount; i++) {
      if (t.settled[i] <= asOfDay) {
        settled.add(new int[] {t.settled[i], t.settled[i] - t.due[i]});
      }
    }
    settled.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
    int base = 6;
    // the first six settled invoices set the usual level; after an alarm the next six set the new
    // one, so a lasting shift alarms once
    int from = 0;
    double mean = 0;
    double sd = 5;
    double s = 0;
    for (int i = 0; i < settled.size(); i++) {
      if (i < from + base) {
        if (i == from + base - 1) {
          mean = 0;
          for (int j = from; j <= i; j++) {
            mean += clip(settled.get(j)[1]);
          }
          mean /= base;
          double var = 0;
          for (int j = from; j <= i; j++) {
            var += Math.pow(clip(settled.get(j)[1]) - mean, 2);
          }
          sd = Math.max(5, Math.sqrt(var / (base - 1)));
          s = 0;
        }
        continue;
      }
      double x = clip(settled.get(i)[1]);
      s = Math.max(0, s + x - mean - options.cusumK() * sd);
      if (s > options.cusumH() * sd) {
        double recent = 0;
        int first = Math.max(from + base, i - 2);
        StringBuilder last = new StringBuilder();
        for (int j = first; j <= i; j++) {
          recent += clip(settled.get(j)[1]);
          last.append(j > first ? ", " : "").append(settled.get(j)[1]);
        }
        recent /= i - first + 1;
        Severity severity = recent - mean >= 30 ? Severity.CRITICAL : Severity.WARNING;
        out.add(
            new Occurrence(
                Type.DAYS_LATE_SHIFT,
                severity,
                "payments",
                startOf(settled.get(i)[0]),
                List.of(
                    "latest invoices paid "
                        + last
                        + " days late against a usual "
                        + Words.num(mean, 0)
                        + " ± "
                        + Words.num(sd, 0),
                    "CUSUM "
                        + Words.num(s, 0)
                        + " above threshold "
                        + Words.num(options.cusumH() * sd, 0)),
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
          out.add(
              new Occurrence(
                  Type.RESPONSE_RATE_DROP,
                  Severity.WARNING,
                  "replies",
                  at,
                  List.of(
                      "answer rate (EWMA) "
                          + Words.num(ewma, 2)
                          + " below its control limit "
                          + Words.num(limit, 2)
                          + "; usual "
                          + Words.num(p0, 2)),
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
                  List.of(
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
        out.add(
            new Occurrence(
                Type.SENTIMENT_DROP,
                ewma < -0.5 ? Severity.CRITICAL : Severity.WARNING,
                "tone",
                t.replyAt[r],
                List.of(
                    "tone of replies (EWMA) "
                        + Words.signed(ewma, 2)
                        + " below its control limit "
                        + Words.signed(limit, 2)
                        + "; usual "
                        + Words.signed(mean, 2)),
                "Read the latest replies; acknowledge any grievance before the next reminder and"
                    + " soften the tone."));
        ewma = mean;
      }
    }
  }

  private void promises(Timeline t, long asOfSecond, List<Occurrence> out) {
    int asOfDay = Timeline.day(asOfSecond);
    List<Integer> brokenDays = new ArrayList<>();
    for (int r = 0; r < t.replyCount && t.replyAt[r] <= asOfSecond; r++) {
      if (t.promiseDay[r] == Timeline.NO_PROMISE
          || Signals.promiseOutcome(t, r, asOfDay + 1) != Signals.BROKEN) {
        continue;
      }
      int deadline = t.promiseDay[r] + Signals.PROMISE_GRACE_DAYS;
      int repeats = 0;
      for (int d : brokenDays) {
        if (deadline - d <= 90) {
          repeats++;
        }
      }
      brokenDays.add(deadline);
      LocalDate promised = Timeline.date(t.promiseDay[r]);
      out.add(
          new Occurrence(
              Type.BROKEN_PROMISE,
              repeats > 0 ? Severity.CRITICAL : Severity.WARNING,
              "promise " + promised,
              startOf(deadline + 1),
              List.of(
                  "promised to pay"
                      + (t.promisePaise[r] > 0
                          ? " " + dev.samvad.api.Money.ofPaise(t.promisePaise[r]).format()
                          : "")
                      + " by "
                      + promised
                      + "; nothing matching arrived within "
                      + Signals.PROMISE_GRACE_DAYS
                      + " days of grace",
                  repeats > 0
                      ? repeats + " other broken promise(s) in the last 90 days"
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
                List.of("a reply disputes the claim"),
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
                List.of("invoice " + t.invoiceLabel[i] + " is in dispute and unpaid"),
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
                List.of(
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

  private record Occurrence(
      Type type,
      Severity severity,
      String subject,
      long at,
      List<String> evidence,
      String action) {}
}
