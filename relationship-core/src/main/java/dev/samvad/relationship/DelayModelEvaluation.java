package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;
import dev.samvad.relationship.EvaluationReport.ReliabilityBin;
import dev.samvad.relationship.EvaluationReport.Scores;
import dev.samvad.relationship.EvaluationReport.ThresholdEvaluation;
import dev.samvad.relationship.internal.FestivalSeasons;
import dev.samvad.relationship.internal.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates a {@link PaymentDelayModel} with a time-ordered split: fit with what was known on the
 * cutoff day (invoices issued before it), then predict every invoice issued from the cutoff on —
 * each from the history before its own issue date — and score the predictions against outcomes as
 * known on the end day. The baseline is the customer's historical late rate for the same threshold,
 * computed from the same history; both are scored on exactly the same invoices.
 */
public final class DelayModelEvaluation {
  private DelayModelEvaluation() {}

  /** Runs the evaluation; deterministic. */
  public static EvaluationReport evaluate(
      List<CustomerHistory> portfolio, LocalDate cutoff, LocalDate end, FitOptions options) {
    if (!end.isAfter(cutoff)) {
      throw new InvalidInputException("end", "must be after cutoff " + cutoff);
    }
    List<Timeline> timelines = new ArrayList<>(portfolio.size());
    for (CustomerHistory h : portfolio) {
      timelines.add(Timeline.of(h));
    }
    timelines.sort(Comparator.comparing(t -> t.customerId));
    int cutoffDay = (int) cutoff.toEpochDay();
    int endDay = (int) end.toEpochDay();
    PaymentDelayModel model = PaymentDelayModel.fitTenant(timelines, cutoff, options);
    PaymentDelayModel prior = PaymentDelayModel.prior();
    PaymentDelayModel.Examples train =
        PaymentDelayModel.Examples.of(
            timelines, cutoffDay, new DelayFeatureBuilder(FestivalSeasons.bundled()));
    PaymentDelayModel.Examples all =
        PaymentDelayModel.Examples.of(
            timelines, endDay + 1, new DelayFeatureBuilder(FestivalSeasons.bundled()));
    int testInvoices = 0;
    for (int i = 0; i < all.n; i++) {
      if (all.issueDay[i] >= cutoffDay) {
        testInvoices++;
      }
    }
    List<ThresholdEvaluation> results = new ArrayList<>();
    for (int n : options.reportedThresholds()) {
      // training base rate, the baseline's answer for customers without history
      int known = 0;
      int late = 0;
      for (int i = 0; i < train.n; i++) {
        if (train.exact[i] || train.late[i] > n) {
          known++;
          late += train.late[i] > n ? 1 : 0;
        }
      }
      double baseRate = known == 0 ? 0.5 : (double) late / known;
      int k = model.indexOf(n);
      int kp = prior.indexOf(n);
      double[] pm = new double[all.n];
      double[] pp = new double[all.n];
      double[] pb = new double[all.n];
      byte[] y = new byte[all.n];
      int m = 0;
      for (int i = 0; i < all.n; i++) {
        if (all.issueDay[i] < cutoffDay) {
          continue;
        }
        // outcome as of the end day: "all" was labelled as of endDay + 1, so re-read it
        Timeline t = timelines.get(all.customer[i]);
        int inv = all.invoice[i];
        boolean exact = t.settled[inv] <= endDay;
        int lateBy = exact ? t.settled[inv] - t.due[inv] : endDay + 1 - t.due[inv];
        if (!exact && lateBy <= n) {
          continue;
        }
        y[m] = (byte) (lateBy > n ? 1 : 0);
        int off = i * DelayFeatures.SIZE;
        pm[m] = model.probability(all.x, off, k);
        pp[m] = kp >= 0 ? prior.probability(all.x, off, kp) : pm[m];
        pb[m] = historicalRate(t, all.issueDay[i], n, baseRate);
        m++;
      }
      int positives = 0;
      for (int i = 0; i < m; i++) {
        positives += y[i];
      }
      results.add(
          new ThresholdEvaluation(
              n,
              m,
              m == 0 ? 0 : (double) positives / m,
              scores(pm, y, m),
              scores(pp, y, m),
              scores(pb, y, m),
              reliability(pm, y, m),
              reliability(pb, y, m)));
    }
    return new EvaluationReport(
        cutoff, end, timelines.size(), train.n, testInvoices, List.copyOf(results));
  }

  /**
   * Share of the customer's earlier invoices known, by {@code day}, to be more than n days late.
   */
  static double historicalRate(Timeline t, int day, int n, double fallback) {
    int end = Timeline.countBelow(t.issue, t.invoiceCount, day);
    int known = 0;
    int late = 0;
    for (int j = 0; j < end; j++) {
      int l = t.observedLateness(j, day);
      if (l == Integer.MIN_VALUE) {
        continue;
      }
      boolean settledBefore = t.settled[j] < day;
      if (settledBefore || l > n) {
        known++;
        late += l > n ? 1 : 0;
      }
    }
    return known == 0 ? fallback : (double) late / known;
  }

  static Scores scores(double[] p, byte[] y, int m) {
    double brier = 0;
    double logLoss = 0;
    for (int i = 0; i < m; i++) {
      double e = p[i] - y[i];
      brier += e * e;
      double q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]));
      logLoss -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
    }
    return new Scores(auc(p, y, m), m == 0 ? 0 : brier / m, m == 0 ? 0 : logLoss / m);
  }

  /** Area under the ROC curve by ranks (Mann–Whitney), ties sharing their mean rank. */
  static double auc(double[] p, byte[] y, int m) {
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double rankSum = 0;
    long pos = 0;
    int i = 0;
    while (i < m) {
      int j = i;
      while (j + 1 < m && p[order[j + 1]] == p[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[order[k]] == 1) {
          rankSum += rank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = m - pos;
    if (pos == 0 || neg == 0) {
      return 0.5;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  static List<ReliabilityBin> reliability(double[] p, byte[] y, int m) {
    int bins = 10;
    int[] count = new int[bins];
    double[] sumP = new double[bins];
    int[] pos = new int[bins];
    for (int i = 0; i < m; i++) {
      int b = Math.min(bins - 1, (int) (p[i] * bins));
      count[b]++;
      sumP[b] += p[i];
      pos[b] += y[i];
    }
    List<ReliabilityBin> out = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      out.add(
          new ReliabilityBin(
              b / (double) bins,
              (b + 1) / (double) bins,
              count[b],
              count[b] == 0 ? 0 : sumP[b] / count[b],
              count[b] == 0 ? 0 : (double) pos[b] / count[b]));
    }
    return List.copyOf(out);
  }
}
