package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;
import dev.samvad.relationship.RelationshipHealth.ComponentScore;
import dev.samvad.relationship.RelationshipHealth.HealthPoint;
import dev.samvad.relationship.RelationshipHealth.HealthTrend;
import dev.samvad.relationship.internal.AnswerTimes;
import dev.samvad.relationship.internal.Signals;
import dev.samvad.relationship.internal.Stats;
import dev.samvad.relationship.internal.Timeline;
import dev.samvad.relationship.internal.Words;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores relationship health from 0 to 100 as the weighted mean of the {@link HealthComponent}
 * scores (see each constant for its formula), with a trend over the last 150 days and the top
 * drivers in words.
 *
 * <p>Guarantees: the score is always within [0, 100]; a component with no evidence scores the
 * neutral 0.5; adding an invoice paid on time never lowers punctuality; events after the as-of time
 * are ignored. Pure and thread-safe.
 */
public final class HealthScorer {
  /** Days between trend points. */
  public static final int TREND_STEP_DAYS = 30;

  /** Trend points: the as-of day and this many earlier ones. */
  public static final int TREND_STEPS = 5;

  /** Slope, in points per 30 days, beyond which the trend is not "stable". */
  public static final double TREND_THRESHOLD = 1.0;

  private static final HealthComponent[] COMPONENTS = HealthComponent.values();
  private static final int C = COMPONENTS.length;

  private final HealthWeights weights;
  private final double[] w;

  private HealthScorer(HealthWeights weights) {
    this.weights = weights;
    this.w = new double[C];
    for (int c = 0; c < C; c++) {
      w[c] = weights.of(COMPONENTS[c]);
    }
  }

  /** A scorer with the default weights. */
  public static HealthScorer standard() {
    return new HealthScorer(HealthWeights.defaults());
  }

  /** A scorer with a tenant's weights. */
  public static HealthScorer withWeights(HealthWeights weights) {
    return new HealthScorer(InvalidInputException.require(weights, "weights"));
  }

  /** The weights in use. */
  public HealthWeights weights() {
    return weights;
  }

  /** Health as of {@code asOf}, with components, trend and drivers. */
  public RelationshipHealth score(CustomerHistory history, Instant asOf) {
    return score(Timeline.of(history), history, asOf);
  }

  RelationshipHealth score(Timeline t, CustomerHistory history, Instant asOf) {
    long asOfSecond = asOf.getEpochSecond();
    double[] s = new double[C];
    int[] evidence = new int[C];
    String[] explain = new String[C];
    AnswerTimes answers = new AnswerTimes(t);
    double total = components(t, answers, asOfSecond, s, evidence, explain);
    List<ComponentScore> parts = new ArrayList<>(C);
    for (int c = 0; c < C; c++) {
      parts.add(
          new ComponentScore(
              COMPONENTS[c],
              s[c],
              w[c],
              Stats.round(w[c] * (s[c] - 0.5) * 100, 2),
              evidence[c],
              explain[c]));
    }
    List<ComponentScore> ranked = new ArrayList<>(parts);
    ranked.sort(
        Comparator.comparingDouble((ComponentScore p) -> -Math.abs(p.points()))
            .thenComparing(ComponentScore::component));
    List<String> drivers = new ArrayList<>(3);
    for (ComponentScore p : ranked) {
      if (drivers.size() == 3 || Math.abs(p.points()) < 1) {
        break;
      }
      drivers.add(
          (p.points() > 0 ? "+" : "-")
              + Words.num(Math.abs(p.points()), 1)
              + " points: "
              + p.explanation());
    }
    return new RelationshipHealth(
        history.customerId(),
        asOf,
        Stats.round(total, 2),
        List.copyOf(parts),
        trend(t, answers, asOfSecond, total),
        List.copyOf(drivers));
  }

  /**
   * The score at the end of every {@code stepDays}-th day from {@code from} to {@code to}
   * (inclusive, India time), oldest first. Days before the relationship began are left out.
   */
  public List<HealthPoint> history(
      CustomerHistory history, LocalDate from, LocalDate to, int stepDays) {
    if (stepDays <= 0) {
      throw new InvalidInputException("stepDays", "must be positive, was " + stepDays);
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from " + from);
    }
    if (to.toEpochDay() - from.toEpochDay() > 3660L * stepDays) {
      throw new InvalidInputException("from", "range too long: at most 3660 points");
    }
    Timeline t = Timeline.of(history);
    AnswerTimes answers = new AnswerTimes(t);
    double[] s = new double[C];
    int[] e = new int[C];
    List<HealthPoint> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(stepDays)) {
      if (t.firstDay != Timeline.OPEN && d.toEpochDay() < t.firstDay) {
        continue;
      }
      out.add(new HealthPoint(d, Stats.round(components(t, answers, endOf(d), s, e, null), 2)));
    }
    return out;
  }

  private static long endOf(LocalDate day) {
    return day.atTime(LocalTime.MAX)
        .toEpochSecond(java.time.ZoneOffset.ofTotalSeconds(Timeline.IST_SECONDS));
  }

  /** The trend points and slope; the as-of point's score is {@code scoreNow}, already known. */
  private HealthTrend trend(Timeline t, AnswerTimes answers, long asOfSecond, double scoreNow) {
    double[] x = new double[TREND_STEPS + 1];
    double[] y = new double[TREND_STEPS + 1];
    List<HealthPoint> points = new ArrayList<>(TREND_STEPS + 1);
    int n = 0;
    double[] s = new double[C];
    int[] e = new int[C];
    for (int k = TREND_STEPS; k >= 0; k--) {
      long at = asOfSecond - k * TREND_STEP_DAYS * 86_400L;
      int day = Timeline.day(at);
      if (t.firstDay == Timeline.OPEN || day < t.firstDay) {
        continue;
      }
      double score = k == 0 ? scoreNow : components(t, answers, at, s, e, null);
      x[n] = day;
      y[n] = score;
      n++;
      points.add(new HealthPoint(Timeline.date(day), Stats.round(score, 2)));
    }
    double slope = n >= 3 ? Stats.slope(x, y, n) * 30 : 0;
    TrendDirection direction =
        slope > TREND_THRESHOLD
            ? TrendDirection.IMPROVING
            : slope < -TREND_THRESHOLD ? TrendDirection.DETERIORATING : TrendDirection.STABLE;
    return new HealthTrend(
        direction, Stats.round(slope, 3), TREND_STEPS * TREND_STEP_DAYS, List.copyOf(points));
  }

  /**
   * Fills the component scores as of {@code asOfSecond} and returns the 0–100 total. Explanations
   * are written only when {@code explain} is given.
   */
  double components(
      Timeline t,
      AnswerTimes answers,
      long asOfSecond,
      double[] s,
      int[] evidence,
      String[] explain) {
    int asOfDay = Timeline.day(asOfSecond);
    int dayAfter = asOfDay + 1;
    int c;

    // Punctuality
    c = HealthComponent.PAYMENT_PUNCTUALITY.ordinal();
    double sum = 0.5;
    double weight = 1;
    int counted = 0;
    int onTime = 0;
    int openLate = 0;
    for (int i = 0; i < t.invoiceCount && t.issue[i] <= asOfDay; i++) {
      int late = t.observedLateness(i, dayAfter);
      if (late == Integer.MIN_VALUE) {
        continue;
      }
      double wi = Signals.recencyWeight(Math.max(0, asOfDay - t.due[i]));
      sum += wi * Signals.punctualityCredit(late);
      weight += wi;
      counted++;
      if (late <= 0) {
        onTime++;
      } else if (t.settled[i] > asOfDay) {
        openLate++;
      }
    }
    s[c] = sum / weight;
    evidence[c] = counted;
    if (explain != null) {
      explain[c] =
          counted == 0
              ? "no invoice has come due yet"
              : onTime
                  + " of "
                  + counted
                  + " invoices paid on or before the due date"
                  + (openLate == 0 ? "" : "; " + openLate + " open and past due");
    }

    // Promise keeping
    c = HealthComponent.PROMISE_KEEPING.ordinal();
    int kept = 0;
    int broken = 0;
    for (int r = 0; r < t.replyCount && t.replyAt[r] <= asOfSecond; r++) {
      if (t.promiseDay[r] == Timeline.NO_PROMISE) {
        continue;
      }
      int outcome = Signals.promiseOutcome(t, r, dayAfter);
      if (outcome == Signals.KEPT) {
        kept++;
      } else if (outcome == Signals.BROKEN) {
        broken++;
      }
    }
    s[c] = (kept + 1.0) / (kept + broken + 2.0);
    evidence[c] = kept + broken;
    if (explain != null) {
      explain[c] =
          kept + broken == 0
              ? "no promise to pay has come due"
              : "kept " + kept + " of " + (kept + broken) + " promises to pay";
    }

    // Responsiveness
    c = HealthComponent.RESPONSIVENESS.ordinal();
    int m = Timeline.countBelow(t.msgAt, t.messageCount, asOfSecond + 1);
    int answered = answers.answered(m);
    int sent = answered + answers.unanswered(asOfSecond);
    double median = answered == 0 ? Double.NaN : answers.medianHours(m, answered);
    double speed = answered == 0 ? 1 : 0.6 + 0.4 / (1 + median / 24);
    s[c] = (answered + 1.0) / (sent + 2.0) * speed;
    evidence[c] = sent;
    if (explain != null) {
      explain[c] =
          sent == 0
              ? "no messages sent yet"
              : answered == 0
                  ? "answered none of " + sent + " messages"
                  : "answered "
                      + answered
                      + " of "
                      + sent
                      + " messages within 72 hours, median "
                      + Words.num(median, 0)
                      + " hours";
    }

    // Sentiment trend
    c = HealthComponent.SENTIMENT_TREND.ordinal();
    long from = asOfSecond - 180 * 86_400L;
    long mid = asOfSecond - 90 * 86_400L;
    double ws = 0;
    double wsum = 0.5;
    double recent = 0;
    int recentN = 0;
    double older = 0;
    int olderN = 0;
    int replies = 0;
    for (int r = Timeline.countBelow(t.replyAt, t.replyCount, from + 1);
        r < t.replyCount && t.replyAt[r] <= asOfSecond;
        r++) {
      double ageDays = (asOfSecond - t.replyAt[r]) / 86_400.0;
      double wr = Math.pow(0.5, ageDays / 60);
      ws += wr * t.polarity[r];
      wsum += wr;
      replies++;
      if (t.replyAt[r] > mid) {
        recent += t.polarity[r];
        recentN++;
      } else {
        older += t.polarity[r];
        olderN++;
      }
    }
    double tone = ws / wsum;
    double change = recentN > 0 && olderN > 0 ? recent / recentN - older / olderN : 0;
    s[c] = Stats.clamp(0.5 + 0.4 * tone + 0.2 * change, 0, 1);
    evidence[c] = replies;
    if (explain != null) {
      explain[c] =
          replies == 0
              ? "no replies in the last 180 days"
              : "tone of "
                  + replies
                  + " replies in 180 days averages "
                  + Words.signed(tone, 2)
                  + (recentN > 0 && olderN > 0
                      ? ", "
                          + (change >= 0 ? "up" : "down")
                          + " by "
                          + Words.num(Math.abs(change), 2)
                          + " in the last 90 days"
                      : "");
    }

    // Dispute load
    c = HealthComponent.DISPUTE_LOAD.ordinal();
    int yearAgo = asOfDay - 365;
    int issued = 0;
    int disputedInvoices = 0;
    for (int i = Timeline.countBelow(t.issue, t.invoiceCount, yearAgo + 1);
        i < t.invoiceCount && t.issue[i] <= asOfDay;
        i++) {
      issued++;
      if (t.disputed[i]) {
        disputedInvoices++;
      }
    }
    int disputeReplies = 0;
    for (int r = Timeline.countBelow(t.replyAt, t.replyCount, asOfSecond - 365 * 86_400L + 1);
        r < t.replyCount && t.replyAt[r] <= asOfSecond;
        r++) {
      if (t.replyDispute[r]) {
        disputeReplies++;
      }
    }
    int disputes = Math.max(disputedInvoices, disputeReplies);
    double load = (double) disputes / Math.max(1, issued);
    s[c] = issued + disputeReplies == 0 ? 0.5 : Math.exp(-3 * load);
    evidence[c] = issued + disputeReplies;
    if (explain != null) {
      explain[c] =
          disputes == 0
              ? "no disputes in the last year (" + issued + " invoices)"
              : disputes + " disputes against " + issued + " invoices in the last year";
    }

    // Engagement
    c = HealthComponent.ENGAGEMENT.ordinal();
    int months =
        t.firstDay == Timeline.OPEN || t.firstDay > asOfDay
            ? 0
            : Math.min(6, (asOfDay - t.firstDay) / 30 + 1);
    int active = 0;
    for (int k = 0; k < months; k++) {
      int hi = asOfDay - 30 * k;
      int lo = hi - 29;
      boolean any = t.paidBetween(lo, hi) > 0;
      if (!any) {
        long loSec = (long) lo * 86_400L - Timeline.IST_SECONDS;
        long hiSec = Math.min(asOfSecond, (long) (hi + 1) * 86_400L - Timeline.IST_SECONDS - 1);
        for (int i = Timeline.countBelow(t.msgAt, t.messageCount, loSec);
            i < t.messageCount && t.msgAt[i] <= hiSec;
            i++) {
          if (t.msgInbound[i]) {
            any = true;
            break;
          }
        }
      }
      if (any) {
        active++;
      }
    }
    s[c] = (active + 1.0) / (months + 2.0);
    evidence[c] = months;
    if (explain != null) {
      explain[c] =
          months == 0
              ? "too new to judge engagement"
              : "replied or paid in " + active + " of the last " + months + " months";
    }

    // Tenure
    c = HealthComponent.TENURE.ordinal();
    if (t.firstDay == Timeline.OPEN || t.firstDay > asOfDay) {
      s[c] = 0.5;
      evidence[c] = 0;
      if (explain != null) {
        explain[c] = "start of the relationship unknown";
      }
    } else {
      double tenureMonths = (asOfDay - t.firstDay) / 30.44;
      s[c] = 1 - Math.exp(-tenureMonths / 18);
      evidence[c] = (int) tenureMonths;
      if (explain != null) {
        explain[c] = "customer for " + Words.num(tenureMonths, 0) + " months";
      }
    }

    double total = 0;
    for (int k = 0; k < C; k++) {
      total += w[k] * s[k];
    }
    return Stats.clamp(100 * total, 0, 100);
  }
}
