package dev.samvad.relationship;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.culture.ReferenceData;
import dev.samvad.relationship.BehaviourProfile.CalendarHabits;
import dev.samvad.relationship.BehaviourProfile.ChannelPreference;
import dev.samvad.relationship.BehaviourProfile.ChannelResponse;
import dev.samvad.relationship.BehaviourProfile.Disputes;
import dev.samvad.relationship.BehaviourProfile.LatenessBand;
import dev.samvad.relationship.BehaviourProfile.PartialPayments;
import dev.samvad.relationship.BehaviourProfile.PaymentTiming;
import dev.samvad.relationship.BehaviourProfile.PromiseKeeping;
import dev.samvad.relationship.BehaviourProfile.Seasonality;
import dev.samvad.relationship.BehaviourProfile.SlowFestival;
import dev.samvad.relationship.BehaviourProfile.SlowMonth;
import dev.samvad.relationship.BehaviourProfile.TimeSlot;
import dev.samvad.relationship.internal.FestivalSeasons;
import dev.samvad.relationship.internal.Signals;
import dev.samvad.relationship.internal.Stats;
import dev.samvad.relationship.internal.Timeline;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads behaviour patterns from a {@link CustomerHistory}: responsiveness per channel, the best
 * hours and days to write, stated against learned channel preference, payment timing, partial
 * payments, promise keeping, disputes, seasonality and calendar habits.
 *
 * <p>Pure and thread-safe: the result depends only on the history, the as-of instant and the
 * festival calendar; events after the as-of instant are ignored. Times of day are India Standard
 * Time.
 */
public final class BehaviourAnalyzer {
  private static final ChannelKind[] CHANNELS = ChannelKind.values();
  private static final int[][] BANDS = {
    {Integer.MIN_VALUE, 0}, {1, 7}, {8, 15}, {16, 30}, {31, 60}, {61, 90}, {91, Integer.MAX_VALUE}
  };
  private static final String[] BAND_LABELS = {
    "on time or early",
    "1-7 days late",
    "8-15 days late",
    "16-30 days late",
    "31-60 days late",
    "61-90 days late",
    "over 90 days late"
  };
  private static final String[] HOUR_LABELS = new String[24];

  static {
    for (int h = 0; h < 24; h++) {
      HOUR_LABELS[h] = String.format("%02d:00", h);
    }
  }

  /** Weight, in messages, of the customer's overall rate when smoothing one hour or day. */
  static final double SLOT_PRIOR = 3;

  private final FestivalSeasons seasons;

  private BehaviourAnalyzer(FestivalSeasons seasons) {
    this.seasons = seasons;
  }

  /** An analyzer over the bundled festival calendar. */
  public static BehaviourAnalyzer standard() {
    return new BehaviourAnalyzer(FestivalSeasons.bundled());
  }

  /** An analyzer over a tenant's reference data. */
  public static BehaviourAnalyzer using(ReferenceData data) {
    return new BehaviourAnalyzer(FestivalSeasons.of(data));
  }

  /** The customer's behaviour as their history shows it at {@code asOf}. */
  public BehaviourProfile analyze(CustomerHistory history, Instant asOf) {
    return analyze(Timeline.of(history), history.customerId(), asOf);
  }

  BehaviourProfile analyze(Timeline t, CustomerId id, Instant asOf) {
    long asOfSecond = asOf.getEpochSecond();
    int asOfDay = Timeline.day(asOfSecond);
    int m = Timeline.countBelow(t.msgAt, t.messageCount, asOfSecond + 1);
    long[] response = Signals.responseSeconds(t, m, asOfSecond);

    int[] sent = new int[CHANNELS.length];
    int[] answered = new int[CHANNELS.length];
    int[] inbound = new int[CHANNELS.length];
    int[] hourSent = new int[24];
    int[] hourAnswered = new int[24];
    int[] daySent = new int[7];
    int[] dayAnswered = new int[7];
    long[][] times = new long[CHANNELS.length][];
    int[] timeCount = new int[CHANNELS.length];
    int totalSent = 0;
    int totalAnswered = 0;
    for (int i = 0; i < m; i++) {
      int c = t.msgChannel[i];
      if (t.msgInbound[i]) {
        inbound[c]++;
        continue;
      }
      if (response[i] == -2) {
        continue;
      }
      boolean ok = response[i] >= 0;
      sent[c]++;
      totalSent++;
      int h = Timeline.hour(t.msgAt[i]);
      int d = Timeline.weekday(Timeline.day(t.msgAt[i]));
      hourSent[h]++;
      daySent[d]++;
      if (ok) {
        answered[c]++;
        totalAnswered++;
        hourAnswered[h]++;
        dayAnswered[d]++;
      }
    }
    for (int c = 0; c < CHANNELS.length; c++) {
      times[c] = new long[answered[c]];
    }
    for (int i = 0; i < m; i++) {
      if (response[i] >= 0) {
        int c = t.msgChannel[i];
        times[c][timeCount[c]++] = response[i];
      }
    }
    double overall = (totalAnswered + 1) / (totalSent + 2.0);
    List<ChannelResponse> channels = new ArrayList<>();
    for (int c = 0; c < CHANNELS.length; c++) {
      if (sent[c] == 0 && inbound[c] == 0) {
        continue;
      }
      Optional<Double> median =
          timeCount[c] == 0
              ? Optional.empty()
              : Optional.of(Stats.round(medianHours(times[c], timeCount[c]), 2));
      channels.add(
          new ChannelResponse(
              CHANNELS[c],
              sent[c],
              answered[c],
              sent[c] == 0 ? 0 : (double) answered[c] / sent[c],
              (answered[c] + 2 * overall) / (sent[c] + 2.0),
              median,
              inbound[c]));
    }

    double[] rawHour = new double[24];
    for (int h = 0; h < 24; h++) {
      rawHour[h] = (hourAnswered[h] + SLOT_PRIOR * overall) / (hourSent[h] + SLOT_PRIOR);
    }
    List<TimeSlot> hours = new ArrayList<>(24);
    for (int h = 0; h < 24; h++) {
      double smooth =
          0.25 * rawHour[(h + 23) % 24] + 0.5 * rawHour[h] + 0.25 * rawHour[(h + 1) % 24];
      hours.add(new TimeSlot(h, HOUR_LABELS[h], hourSent[h], hourAnswered[h], smooth));
    }
    List<TimeSlot> weekdays = new ArrayList<>(7);
    for (int d = 0; d < 7; d++) {
      double smooth = (dayAnswered[d] + SLOT_PRIOR * overall) / (daySent[d] + SLOT_PRIOR);
      weekdays.add(new TimeSlot(d, DayOfWeek.of(d + 1).name(), daySent[d], dayAnswered[d], smooth));
    }
    List<Integer> bestHours = new ArrayList<>();
    for (int slot : best(hours, 3)) {
      bestHours.add(slot);
    }
    List<DayOfWeek> bestDays = new ArrayList<>();
    for (int slot : best(weekdays, 2)) {
      bestDays.add(DayOfWeek.of(slot + 1));
    }

    return new BehaviourProfile(
        id,
        asOf,
        List.copyOf(channels),
        List.copyOf(hours),
        List.copyOf(weekdays),
        List.copyOf(bestHours),
        List.copyOf(bestDays),
        preference(t, channels),
        timing(t, asOfDay),
        partial(t, asOfDay),
        promises(t, asOfSecond, asOfDay),
        disputes(t, asOfSecond, asOfDay),
        seasonality(t, asOfDay),
        calendar(t, asOfDay));
  }

  /** The median of {@code seconds / 3600.0}, as {@link Stats#median} would give it. */
  private static double medianHours(long[] seconds, int n) {
    Stats.middle(seconds, n);
    double high = seconds[n / 2] / 3600.0;
    return n % 2 == 1 ? high : (seconds[(n - 1) / 2] / 3600.0 + high) / 2;
  }

  /** The median of whole numbers, as {@link Stats#median} of them as doubles would give it. */
  private static double median(long[] values, int n) {
    Stats.middle(values, n);
    double high = values[n / 2];
    return n % 2 == 1 ? high : ((double) values[(n - 1) / 2] + high) / 2;
  }

  /** Slots with evidence, best smoothed rate first (ties: earlier slot), at most {@code k}. */
  private static int[] best(List<TimeSlot> slots, int k) {
    List<TimeSlot> withEvidence = new ArrayList<>();
    for (TimeSlot s : slots) {
      if (s.evidence() > 0) {
        withEvidence.add(s);
      }
    }
    withEvidence.sort(
        (a, b) -> {
          int c = Double.compare(b.smoothedRate(), a.smoothedRate());
          return c != 0 ? c : Integer.compare(a.slot(), b.slot());
        });
    int n = Math.min(k, withEvidence.size());
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = withEvidence.get(i).slot();
    }
    return out;
  }

  private static ChannelPreference preference(Timeline t, List<ChannelResponse> channels) {
    Optional<ChannelKind> stated =
        t.statedChannel < 0 ? Optional.empty() : Optional.of(CHANNELS[t.statedChannel]);
    ChannelResponse bestAnswered = null;
    ChannelResponse mostWritten = null;
    for (ChannelResponse c : channels) {
      if (c.sent() >= 3
          && (bestAnswered == null || c.smoothedRate() > bestAnswered.smoothedRate())) {
        bestAnswered = c;
      }
      if (c.inbound() >= 3 && (mostWritten == null || c.inbound() > mostWritten.inbound())) {
        mostWritten = c;
      }
    }
    Optional<ChannelKind> learned;
    String basis;
    if (bestAnswered != null) {
      learned = Optional.of(bestAnswered.channel());
      basis =
          "answers "
              + bestAnswered.answered()
              + " of "
              + bestAnswered.sent()
              + " messages on "
              + bestAnswered.channel()
              + ", the best rate among channels used at least 3 times";
    } else if (mostWritten != null) {
      learned = Optional.of(mostWritten.channel());
      basis =
          "writes most often on "
              + mostWritten.channel()
              + " ("
              + mostWritten.inbound()
              + " messages); too few sent messages to compare answers";
    } else {
      learned = Optional.empty();
      basis = "not enough messages to learn a preference";
    }
    boolean agrees = stated.isPresent() && stated.equals(learned);
    return new ChannelPreference(stated, learned, agrees, basis);
  }

  private static PaymentTiming timing(Timeline t, int asOfDay) {
    int n = 0;
    int openOverdue = 0;
    double[] late = new double[t.invoiceCount];
    long[] lateDays = new long[t.invoiceCount];
    double[] dueDays = new double[t.invoiceCount];
    int[] bandCount = new int[BANDS.length];
    double sum = 0;
    double weighted = 0;
    double weights = 0;
    int onTime = 0;
    for (int i = 0; i < t.invoiceCount && t.issue[i] <= asOfDay; i++) {
      if (t.settled[i] > asOfDay) {
        if (t.due[i] < asOfDay) {
          openOverdue++;
        }
        continue;
      }
      int d = t.settled[i] - t.due[i];
      late[n] = d;
      lateDays[n] = d;
      dueDays[n] = t.due[i];
      n++;
      sum += d;
      weighted += d * (double) t.paise[i];
      weights += t.paise[i];
      if (d <= 0) {
        onTime++;
      }
      for (int b = 0; b < BANDS.length; b++) {
        if (d >= BANDS[b][0] && d <= BANDS[b][1]) {
          bandCount[b]++;
          break;
        }
      }
    }
    List<LatenessBand> bands = new ArrayList<>(BANDS.length);
    for (int b = 0; b < BANDS.length; b++) {
      bands.add(
          new LatenessBand(
              BAND_LABELS[b],
              BANDS[b][0],
              BANDS[b][1],
              bandCount[b],
              n == 0 ? 0 : (double) bandCount[b] / n));
    }
    double slope = n >= 4 ? Stats.slope(dueDays, late, n) * 30 : 0;
    TrendDirection trend =
        slope > 1
            ? TrendDirection.DETERIORATING
            : slope < -1 ? TrendDirection.IMPROVING : TrendDirection.STABLE;
    return new PaymentTiming(
        n,
        openOverdue,
        List.copyOf(bands),
        n == 0 ? 0 : sum / n,
        weights == 0 ? 0 : weighted / weights,
        n == 0 ? 0 : median(lateDays, n),
        n == 0 ? 0 : (double) onTime / n,
        Stats.round(slope, 3),
        trend);
  }

  private static PartialPayments partial(Timeline t, int asOfDay) {
    int settled = 0;
    int inParts = 0;
    for (int i = 0; i < t.invoiceCount && t.issue[i] <= asOfDay; i++) {
      if (t.settled[i] <= asOfDay) {
        settled++;
        if (t.parts[i] >= 2) {
          inParts++;
        }
      }
    }
    double share = settled == 0 ? 0 : (double) inParts / settled;
    return new PartialPayments(settled, inParts, share, settled >= 4 && share >= 0.3);
  }

  private static PromiseKeeping promises(Timeline t, long asOfSecond, int asOfDay) {
    int promises = 0;
    int kept = 0;
    int broken = 0;
    int pending = 0;
    for (int r = 0; r < t.replyCount && t.replyAt[r] <= asOfSecond; r++) {
      if (t.promiseDay[r] == Timeline.NO_PROMISE) {
        continue;
      }
      promises++;
      switch (Signals.promiseOutcome(t, r, asOfDay + 1)) {
        case Signals.KEPT -> kept++;
        case Signals.BROKEN -> broken++;
        default -> pending++;
      }
    }
    Optional<Double> ratio =
        kept + broken == 0 ? Optional.empty() : Optional.of((double) kept / (kept + broken));
    return new PromiseKeeping(promises, kept, broken, pending, ratio, Signals.PROMISE_GRACE_DAYS);
  }

  private static Disputes disputes(Timeline t, long asOfSecond, int asOfDay) {
    int invoices = 0;
    int disputed = 0;
    for (int i = 0; i < t.invoiceCount && t.issue[i] <= asOfDay; i++) {
      invoices++;
      if (t.disputed[i]) {
        disputed++;
      }
    }
    int replies = 0;
    for (int r = 0; r < t.replyCount && t.replyAt[r] <= asOfSecond; r++) {
      if (t.replyDispute[r]) {
        replies++;
      }
    }
    int count = Math.max(disputed, replies);
    double years =
        t.firstDay == Timeline.OPEN ? 0.25 : Math.max(0.25, (asOfDay - t.firstDay) / 365.25);
    return new Disputes(
        disputed, replies, invoices == 0 ? 0 : (double) count / invoices, count / years);
  }

  private Seasonality seasonality(Timeline t, int asOfDay) {
    int[] monthN = new int[12];
    double[] monthSum = new double[12];
    int[] festN = new int[seasons.size()];
    double[] festSum = new double[seasons.size()];
    int n = 0;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < t.invoiceCount && t.issue[i] <= asOfDay; i++) {
      if (t.settled[i] > asOfDay) {
        continue;
      }
      int d = t.settled[i] - t.due[i];
      n++;
      sum += d;
      sumSq += (double) d * d;
      int month = Timeline.month(Timeline.civil(t.due[i])) - 1;
      monthN[month]++;
      monthSum[month] += d;
      int f = seasons.seasonOf(t.due[i]);
      if (f >= 0) {
        festN[f]++;
        festSum[f] += d;
      }
    }
    double mean = n == 0 ? 0 : sum / n;
    double sd = n < 2 ? 0 : Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
    double margin = Math.max(5, 0.5 * sd);
    List<SlowMonth> months = new ArrayList<>();
    for (int mth = 0; mth < 12; mth++) {
      if (monthN[mth] >= 2 && monthSum[mth] / monthN[mth] >= mean + margin) {
        months.add(new SlowMonth(Month.of(mth + 1), monthN[mth], monthSum[mth] / monthN[mth]));
      }
    }
    if (months.size() > 1) {
      months.sort((a, b) -> Double.compare(b.meanDaysLate(), a.meanDaysLate()));
    }
    List<SlowFestival> festivals = new ArrayList<>();
    for (int f = 0; f < festN.length; f++) {
      if (festN[f] >= 2 && festSum[f] / festN[f] >= mean + margin) {
        festivals.add(
            new SlowFestival(seasons.key(f), seasons.name(f), festN[f], festSum[f] / festN[f]));
      }
    }
    if (festivals.size() > 1) {
      festivals.sort((a, b) -> Double.compare(b.meanDaysLate(), a.meanDaysLate()));
    }
    return new Seasonality(mean, List.copyOf(months), List.copyOf(festivals));
  }

  private static CalendarHabits calendar(Timeline t, int asOfDay) {
    int n = Timeline.countBelow(t.payDay, t.paymentCount, asOfDay + 1);
    int monthEnd = 0;
    int gst = 0;
    for (int i = 0; i < n; i++) {
      int d = Timeline.civil(t.payDay[i]);
      int dom = Timeline.dayOfMonth(d);
      if (dom <= 2 || dom >= Timeline.lengthOfMonth(d) - 2) {
        monthEnd++;
      }
      if ((dom >= 9 && dom <= 11) || (dom >= 18 && dom <= 20)) {
        gst++;
      }
    }
    double endShare = n == 0 ? 0 : (double) monthEnd / n;
    double gstShare = n == 0 ? 0 : (double) gst / n;
    double endLift = endShare / (5 / 30.44);
    double gstLift = gstShare / (6 / 30.44);
    return new CalendarHabits(
        n,
        endShare,
        endLift,
        gstShare,
        gstLift,
        n >= 5 && endLift >= 1.5,
        n >= 5 && gstLift >= 1.5);
  }
}
