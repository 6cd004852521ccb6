package dev.samvad.relationship;

import dev.samvad.relationship.internal.FestivalSeasons;
import dev.samvad.relationship.internal.Signals;
import dev.samvad.relationship.internal.Timeline;
import java.time.Month;

/**
 * Builds {@link DelayFeatures} for an invoice from the customer's timeline. The only way in is an
 * {@link InvoiceTerms} (which has no outcome) and the issue day; every read of the timeline is
 * bounded to events strictly before that day, and an earlier invoice still open then is seen as
 * late-so-far, never with its later settlement. This is what makes leakage impossible: the
 * invoice's own settlement, and anything after its issue, cannot reach a feature.
 */
final class DelayFeatureBuilder {
  /** Earlier invoices looked at: the most recent ones. */
  static final int WINDOW = 50;

  static final double PRIOR_WEIGHT = 2;
  static final double PRIOR_LATE_SHARE = 0.35;
  static final double PRIOR_MEAN_DAYS_LATE = 7;
  static final double PRIOR_SEVERE_SHARE = 0.08;

  private final FestivalSeasons seasons;

  DelayFeatureBuilder(FestivalSeasons seasons) {
    this.seasons = seasons;
  }

  DelayFeatures build(Timeline t, InvoiceTerms terms) {
    int issueDay = (int) terms.issueDate().toEpochDay();
    int dueDay = (int) terms.dueDate().toEpochDay();
    return build(
        t,
        issueDay,
        dueDay,
        terms.amount().paise(),
        terms.deliveryMode() == dev.samvad.api.model.DeliveryMode.PAPER);
  }

  DelayFeatures build(Timeline t, int issueDay, int dueDay, long paise, boolean paper) {
    int end = Timeline.countBelow(t.issue, t.invoiceCount, issueDay);
    int start = Math.max(0, end - WINDOW);
    int known = 0;
    int late = 0;
    int severe = 0;
    double lateSum = 0;
    int openOverdue = 0;
    double logAmount = 0;
    int amounts = 0;
    int disputedDue = 0;
    for (int j = start; j < end; j++) {
      logAmount += t.logPaise[j];
      amounts++;
      if (t.disputed[j] && t.due[j] < issueDay) {
        disputedDue++;
      }
      int l = t.observedLateness(j, issueDay);
      if (l == Integer.MIN_VALUE) {
        continue;
      }
      known++;
      lateSum += Math.max(-30, Math.min(120, l));
      if (l > 0) {
        late++;
      }
      if (l > 30) {
        severe++;
      }
      if (t.settled[j] >= issueDay) {
        openOverdue++;
      }
    }
    double lateShare = (late + PRIOR_WEIGHT * PRIOR_LATE_SHARE) / (known + PRIOR_WEIGHT);
    double meanLate = (lateSum + PRIOR_WEIGHT * PRIOR_MEAN_DAYS_LATE) / (known + PRIOR_WEIGHT);
    double severeShare = (severe + PRIOR_WEIGHT * PRIOR_SEVERE_SHARE) / (known + PRIOR_WEIGHT);
    double ratio = amounts == 0 ? 1 : Math.exp(Math.log(paise) - logAmount / amounts);

    long issueSecond = (long) issueDay * 86_400L - Timeline.IST_SECONDS;
    int replyEnd = Timeline.countBelow(t.replyAt, t.replyCount, issueSecond);
    int disputeReplies = 0;
    int broken = 0;
    for (int r = 0; r < replyEnd; r++) {
      if (t.replyDispute[r]) {
        disputeReplies++;
      }
      if (t.promiseDay[r] != Timeline.NO_PROMISE
          && Signals.promiseOutcome(t, r, issueDay) == Signals.BROKEN) {
        broken++;
      }
    }
    double sentiment = 0;
    int from = Math.max(0, replyEnd - 10);
    for (int r = from; r < replyEnd; r++) {
      sentiment += t.polarity[r];
    }
    if (replyEnd > from) {
      sentiment /= replyEnd - from;
    }
    boolean march = Timeline.date(dueDay).getMonth() == Month.MARCH;
    return new DelayFeatures(
        known,
        lateShare,
        meanLate,
        severeShare,
        openOverdue,
        ratio,
        dueDay - issueDay,
        Math.max(disputedDue, disputeReplies),
        broken,
        sentiment,
        seasons.seasonOf(dueDay) >= 0,
        march,
        paper);
  }
}
