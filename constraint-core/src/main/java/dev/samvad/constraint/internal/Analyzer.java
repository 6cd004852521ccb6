package dev.samvad.constraint.internal;

import static dev.samvad.constraint.internal.Fmt.one;
import static dev.samvad.constraint.internal.Fmt.pct;
import static dev.samvad.constraint.internal.Fmt.percent;
import static dev.samvad.constraint.internal.Fmt.ratio;
import static dev.samvad.constraint.internal.Fmt.round2;
import static dev.samvad.constraint.internal.Scan.AGE;
import static dev.samvad.constraint.internal.Scan.CHANNELS;
import static dev.samvad.constraint.internal.Scan.COLLECTED;
import static dev.samvad.constraint.internal.Scan.DISPUTED;
import static dev.samvad.constraint.internal.Scan.E_FIELDS;
import static dev.samvad.constraint.internal.Scan.FUNNEL;
import static dev.samvad.constraint.internal.Scan.H_FIELDS;
import static dev.samvad.constraint.internal.Scan.ISSUED;
import static dev.samvad.constraint.internal.Scan.OPEN_BEGIN;
import static dev.samvad.constraint.internal.Scan.OPEN_END;
import static dev.samvad.constraint.internal.Scan.PROMISES_DUE;
import static dev.samvad.constraint.internal.Scan.PROMISES_KEPT;
import static dev.samvad.constraint.internal.Scan.SALES;
import static dev.samvad.constraint.internal.Scan.TIME_N;
import static dev.samvad.constraint.internal.Scan.TIME_SUM;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Language;
import dev.samvad.api.Money;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.constraint.Ageing;
import dev.samvad.constraint.AtRiskCustomer;
import dev.samvad.constraint.BindingConstraint;
import dev.samvad.constraint.ChannelEffectiveness;
import dev.samvad.constraint.ConstraintAnalysis;
import dev.samvad.constraint.ConstraintCandidate;
import dev.samvad.constraint.ConstraintSettings;
import dev.samvad.constraint.ConstraintShift;
import dev.samvad.constraint.DailyTaskFlow;
import dev.samvad.constraint.DatePeriod;
import dev.samvad.constraint.Dimension;
import dev.samvad.constraint.Funnel;
import dev.samvad.constraint.FunnelStage;
import dev.samvad.constraint.HoldOutUplift;
import dev.samvad.constraint.Insights;
import dev.samvad.constraint.KpiChange;
import dev.samvad.constraint.Kpis;
import dev.samvad.constraint.MsmedInvoice;
import dev.samvad.constraint.MsmedReport;
import dev.samvad.constraint.SegmentComparison;
import dev.samvad.constraint.SegmentFunnel;
import dev.samvad.constraint.SegmentKpis;
import dev.samvad.constraint.SendHourEffectiveness;
import dev.samvad.constraint.Stage;
import dev.samvad.constraint.TaskKind;
import dev.samvad.constraint.TaskKindLoad;
import dev.samvad.constraint.TaskQueueReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Turns the scans' totals into a {@link ConstraintAnalysis}. */
public final class Analyzer {
  private final PortfolioData d;
  private final ConstraintSettings settings;
  private final Scan s;
  private final int n;
  private final Currency currency;
  private final SlotNames names;
  private final List<String> notes = new ArrayList<>();

  private Analyzer(PortfolioData d, ConstraintSettings settings) {
    this.d = d;
    this.settings = settings;
    this.n = settings.periodDays();
    this.currency = d.currency;
    boolean msmed = settings.tenantSize().isMsmedProtected();
    this.s =
        new Scan(
            d,
            n,
            settings.promiseGraceDays(),
            settings.topLimit(),
            msmed,
            3 * settings.rbiBankRatePercent() / 100,
            settings.parallel());
    this.names = new SlotNames(d.playbooks);
  }

  /**
   * Analyses {@code data}; {@code previous} is the last analysis, to say if the constraint moved.
   */
  public static ConstraintAnalysis analyze(
      PortfolioData data, ConstraintSettings settings, Optional<ConstraintAnalysis> previous) {
    return new Analyzer(data, settings).run(previous);
  }

  private ConstraintAnalysis run(Optional<ConstraintAnalysis> previous) {
    Kpis kpis = kpis(0, 0);
    Kpis previousKpis = kpis(1, 0);
    if (kpis.creditSales().isZero()) {
      notes.add("No credit sales in the current period: DSO figures are reported as zero.");
    }
    List<SegmentKpis> segments = new ArrayList<>();
    List<SegmentFunnel> segmentFunnels = new ArrayList<>();
    for (int slot = 1; slot < s.slots; slot++) {
      if (present(slot)) {
        segments.add(
            new SegmentKpis(names.dimension(slot), names.key(slot), kpis(0, slot), kpis(1, slot)));
        if (s.get(0, slot, ISSUED) > 0) {
          segmentFunnels.add(
              new SegmentFunnel(names.dimension(slot), names.key(slot), funnel(0, slot)));
        }
      }
    }
    TaskQueueReport tasks = taskQueue();
    HoldOutUplift holdOut = holdOut();
    List<ConstraintCandidate> candidates = new Levers(s, settings, names, holdOut).candidates();
    Optional<BindingConstraint> binding = binding(candidates, tasks);
    Optional<ConstraintShift> shift = previous.flatMap(p -> shift(p, binding));
    Insights insights = insights(kpis, previousKpis, segments, holdOut, binding);
    if (s.totals.paidWithoutDates > 0) {
      notes.add(
          s.totals.paidWithoutDates
              + " paid invoices have no payment dates; they count as paid but not in days to pay.");
    }
    Funnel funnel = funnel(0, 0);
    return new ConstraintAnalysis(
        LocalDate.ofEpochDay(d.asOfDay),
        summary(kpis, funnel, binding),
        kpis,
        previousKpis,
        segments,
        funnel,
        funnel(1, 0),
        segmentFunnels,
        tasks,
        candidates,
        binding,
        shift,
        insights,
        msmed(),
        notes);
  }

  private boolean present(int slot) {
    for (int p = 0; p < 2; p++) {
      if (s.get(p, slot, ISSUED) > 0
          || s.get(p, slot, OPEN_END) > 0
          || s.get(p, slot, OPEN_BEGIN) > 0
          || s.get(p, slot, COLLECTED) > 0) {
        return true;
      }
    }
    return false;
  }

  private Money money(long paise) {
    return new Money(paise, currency);
  }

  // ------------------------------------------------------------------ KPIs

  private Kpis kpis(int p, int slot) {
    DatePeriod period = DatePeriod.ending(LocalDate.ofEpochDay(s.pEnd[p]), n);
    long sales = s.get(p, slot, SALES);
    long begin = s.get(p, slot, OPEN_BEGIN);
    long end = s.get(p, slot, OPEN_END);
    long current = s.get(p, slot, AGE);
    long collected = s.get(p, slot, COLLECTED);
    double dso = sales == 0 ? 0 : (double) end / sales * n;
    double best = sales == 0 ? 0 : (double) current / sales * n;
    double ceiDenominator = (double) begin + sales - current;
    double cei =
        ceiDenominator <= 0
            ? 100
            : Math.max(0, Math.min(100, 100.0 * (begin + sales - end) / ceiDenominator));
    Ageing ageing =
        new Ageing(
            money(current),
            money(s.get(p, slot, AGE + 1)),
            money(s.get(p, slot, AGE + 2)),
            money(s.get(p, slot, AGE + 3)),
            money(s.get(p, slot, AGE + 4)),
            money(end));
    return new Kpis(
        period,
        s.get(p, slot, ISSUED),
        money(sales),
        money(collected),
        money(begin),
        money(end),
        money(current),
        round2(dso),
        round2(countBack(p, slot, end)),
        round2(best),
        round2(dso) - round2(best) < 0 ? 0 : round2(round2(dso) - round2(best)),
        round2(cei),
        ageing,
        Math.min(100, percent(collected, (double) begin + sales)),
        percent(s.get(p, slot, PROMISES_KEPT), s.get(p, slot, PROMISES_DUE)),
        percent(s.get(p, slot, DISPUTED), s.get(p, slot, ISSUED)),
        percent(s.get(p, slot, FUNNEL + 2), s.get(p, slot, FUNNEL)));
  }

  /** Days of the most recent credit sales, counted back from the period's end, that make up AR. */
  private double countBack(int p, int slot, long receivables) {
    long left = receivables;
    double days = 0;
    int base = slot * s.history - s.historyStart;
    for (int day = s.pEnd[p]; day >= s.historyStart && left > 0; day--) {
      long sales = s.dailySales[base + day];
      if (left >= sales) {
        left -= sales;
        days += 1;
      } else {
        days += (double) left / sales;
        left = 0;
      }
    }
    if (left > 0 && slot == 0 && p == 0) {
      notes.add(
          "Receivables exceed all credit sales of the last "
              + s.history
              + " days: count-back DSO is capped there.");
    }
    return days;
  }

  // ------------------------------------------------------------------ funnel

  private Funnel funnel(int p, int slot) {
    DatePeriod cohort = DatePeriod.ending(LocalDate.ofEpochDay(s.pEnd[p]), n);
    long issued = s.get(p, slot, ISSUED);
    List<FunnelStage> stages = new ArrayList<>();
    stages.add(new FunnelStage(Stage.ISSUED, issued, issued == 0 ? 0 : 100, 0, issued));
    long previous = issued;
    Stage[] all = Stage.values();
    for (int k = 0; k < 6; k++) {
      long count = s.get(p, slot, FUNNEL + k);
      long timed = s.get(p, slot, TIME_N + k);
      double hours = ratio(s.get(p, slot, TIME_SUM + k), timed) / 60;
      boolean paid = k >= 4;
      stages.add(
          new FunnelStage(
              all[k + 1], count, percent(count, paid ? issued : previous), round2(hours), timed));
      if (!paid) {
        previous = count;
      }
    }
    return new Funnel(cohort, stages);
  }

  // ------------------------------------------------------------------ tasks

  private TaskQueueReport taskQueue() {
    Scan.TaskTotals t = s.taskTotals;
    List<TaskKindLoad> kinds = new ArrayList<>();
    for (TaskKind kind : TaskKind.values()) {
      int k = kind.ordinal();
      if (t.kindArrivals[k] + t.kindCompletions[k] + t.kindBacklog[k] > 0) {
        kinds.add(
            new TaskKindLoad(
                kind,
                t.kindArrivals[k],
                t.kindCompletions[k],
                t.kindBacklog[k],
                round2(ratio(t.kindBacklogAge[k], t.kindBacklog[k]) / 1440)));
      }
    }
    List<DailyTaskFlow> daily = new ArrayList<>(n);
    long backlog = t.backlogAtStart;
    for (int k = 0; k < n; k++) {
      backlog += t.dailyArrivals[k] - t.dailyCompletions[k];
      daily.add(
          new DailyTaskFlow(
              LocalDate.ofEpochDay(s.pStart[0] + (long) k),
              t.dailyArrivals[k],
              t.dailyCompletions[k],
              backlog));
    }
    if (t.arrivals + t.backlog == 0) {
      notes.add("No human tasks in the period: the task queue was not assessed.");
    }
    return new TaskQueueReport(
        t.arrivals,
        t.completions,
        round2((double) t.arrivals / n),
        round2((double) t.completions / n),
        t.backlogAtStart,
        t.backlog,
        round2(ratio(t.backlogAgeMinutes, t.backlog) / 1440),
        round2(t.oldestAgeMinutes / 1440.0),
        round2(ratio(t.claimMinutes, t.claims) / 60),
        round2(ratio(t.completeMinutes, t.completions) / 60),
        round2(ratio(t.arrivals, t.completions)),
        kinds,
        daily);
  }

  // ------------------------------------------------------------------ constraint

  private Optional<BindingConstraint> binding(
      List<ConstraintCandidate> candidates, TaskQueueReport tasks) {
    ConstraintCandidate top = candidates.get(0);
    if (top.expected().cashPerDay().paise() <= 0) {
      notes.add("No lever would add cash on these data: no binding constraint was named.");
      return Optional.empty();
    }
    Optional<ConstraintCandidate> runnerUp =
        candidates.size() > 1 && candidates.get(1).expected().cashPerDay().paise() > 0
            ? Optional.of(candidates.get(1))
            : Optional.empty();
    boolean clearLead =
        runnerUp
            .map(r -> top.low().cashPerDay().paise() >= r.high().cashPerDay().paise())
            .orElse(true);
    String summary =
        "Cash is held back most by "
            + top.lever().description()
            + " ("
            + top.constraintClass()
            + ") at "
            + top.where()
            + ". Relieving it would add about "
            + top.expected().cashPerDay().format()
            + " a day (range "
            + top.low().cashPerDay().format()
            + " to "
            + top.high().cashPerDay().format()
            + ") and cut DSO by about "
            + one(top.expected().dsoDays())
            + " days"
            + runnerUp
                .map(
                    r ->
                        clearLead
                            ? "; it leads the next lever, "
                                + r.lever().description()
                                + ", under any of the assumptions."
                            : "; the next lever, "
                                + r.lever().description()
                                + ", could overtake it under hopeful assumptions.")
                .orElse(".");
    return Optional.of(
        new BindingConstraint(
            top,
            summary,
            clearLead,
            runnerUp.map(ConstraintCandidate::lever),
            Recommendations.forConstraint(top, runnerUp, tasks)));
  }

  private static Optional<ConstraintShift> shift(
      ConstraintAnalysis previous, Optional<BindingConstraint> now) {
    if (previous.constraint().isEmpty() || now.isEmpty()) {
      return Optional.empty();
    }
    ConstraintCandidate before = previous.constraint().get().candidate();
    ConstraintCandidate after = now.get().candidate();
    boolean moved = before.lever() != after.lever() || !before.where().equals(after.where());
    String summary =
        moved
            ? "The constraint has moved: on "
                + previous.asOf()
                + " it was "
                + before.lever().description()
                + " at "
                + before.where()
                + "; now it is "
                + after.lever().description()
                + " at "
                + after.where()
                + "."
            : "The constraint has not moved since "
                + previous.asOf()
                + ": still "
                + after.lever().description()
                + " at "
                + after.where()
                + " ("
                + before.expected().cashPerDay().format()
                + " a day then, "
                + after.expected().cashPerDay().format()
                + " now).";
    return Optional.of(
        new ConstraintShift(
            previous.asOf(),
            before.lever(),
            before.where(),
            after.lever(),
            after.where(),
            moved,
            summary));
  }

  // ------------------------------------------------------------------ insights

  private HoldOutUplift holdOut() {
    long[] adapted = s.totals.holdOut[0];
    long[] held = s.totals.holdOut[1];
    double[] paid = Stats.twoProportion(adapted[1], adapted[0], held[1], held[0]);
    double[] days = Stats.welch(held[2], held[3], held[4], adapted[2], adapted[3], adapted[4]);
    List<String> warnings = new ArrayList<>();
    for (int arm = 0; arm < 2; arm++) {
      long[] a = s.totals.holdOut[arm];
      String name = arm == 0 ? "adapted" : "hold-out";
      if (a[0] < 30) {
        warnings.add("only " + a[0] + " " + name + " invoices fell due (at least 30 needed)");
      } else if (a[1] < 10 || a[0] - a[1] < 10) {
        warnings.add(
            "the "
                + name
                + " group has fewer than 10 paid or 10 unpaid invoices;"
                + " the normal approximation does not hold");
      }
      if (a[2] < 30) {
        warnings.add("only " + a[2] + " " + name + " invoices have payment dates for days to pay");
      }
    }
    if (!warnings.isEmpty() && held[0] + adapted[0] > 0) {
      notes.add("Hold-out uplift: sample too small (" + String.join("; ", warnings) + ").");
    }
    return new HoldOutUplift(
        adapted[0],
        held[0],
        percent(adapted[1], adapted[0]),
        percent(held[1], held[0]),
        round2(100 * paid[0]),
        round2(100 * paid[1]),
        round2(100 * paid[2]),
        round2(ratio(adapted[3], adapted[2])),
        round2(ratio(held[3], held[2])),
        round2(days[0]),
        round2(days[1]),
        round2(days[2]),
        warnings.isEmpty(),
        warnings);
  }

  private Insights insights(
      Kpis now,
      Kpis before,
      List<SegmentKpis> segments,
      HoldOutUplift holdOut,
      Optional<BindingConstraint> binding) {
    List<KpiChange> changes = new ArrayList<>();
    change(changes, "dso", before.dso(), now.dso(), false);
    change(changes, "countBackDso", before.countBackDso(), now.countBackDso(), false);
    change(changes, "bestPossibleDso", before.bestPossibleDso(), now.bestPossibleDso(), false);
    change(
        changes,
        "averageDaysDelinquent",
        before.averageDaysDelinquent(),
        now.averageDaysDelinquent(),
        false);
    change(changes, "cei", before.cei(), now.cei(), true);
    change(
        changes,
        "collectionRatePercent",
        before.collectionRatePercent(),
        now.collectionRatePercent(),
        true);
    change(
        changes, "promiseKeptPercent", before.promiseKeptPercent(), now.promiseKeptPercent(), true);
    change(
        changes,
        "disputeRatePercent",
        before.disputeRatePercent(),
        now.disputeRatePercent(),
        false);
    change(changes, "replyRatePercent", before.replyRatePercent(), now.replyRatePercent(), true);

    List<SegmentComparison> comparisons = new ArrayList<>();
    for (Dimension dim : Dimension.values()) {
      compare(
          comparisons,
          segments,
          dim,
          "collectionRatePercent",
          Kpis::collectionRatePercent,
          true,
          now.collectionRatePercent());
      compare(
          comparisons,
          segments,
          dim,
          "averageDaysDelinquent",
          Kpis::averageDaysDelinquent,
          false,
          now.averageDaysDelinquent());
    }

    List<ChannelEffectiveness> channels = channels();
    List<SendHourEffectiveness> hours = sendHours();
    List<AtRiskCustomer> atRisk = atRisk();

    List<String> highlights = new ArrayList<>();
    binding.ifPresent(b -> highlights.add(b.summary()));
    highlights.add(
        "DSO is "
            + one(now.dso())
            + " days against "
            + one(before.dso())
            + " the period before; CEI "
            + one(now.cei())
            + " against "
            + one(before.cei())
            + ".");
    for (SegmentComparison c : comparisons) {
      if (c.metric().equals("collectionRatePercent") && c.bestValue() - c.worstValue() >= 10) {
        highlights.add(
            "By "
                + c.dimension().name().toLowerCase(java.util.Locale.ROOT)
                + ", "
                + c.worst()
                + " collects "
                + pct(c.worstValue())
                + " against "
                + pct(c.bestValue())
                + " for "
                + c.best()
                + ".");
      }
    }
    if (holdOut.holdOutInvoices() > 0) {
      highlights.add(
          holdOut.sufficient()
              ? "Cultural adaptation changes the paid rate by "
                  + one(holdOut.upliftPoints())
                  + " points (95% interval "
                  + one(holdOut.upliftLow())
                  + " to "
                  + one(holdOut.upliftHigh())
                  + ")."
              : "The hold-out sample is too small to measure the uplift of cultural adaptation.");
    }
    hours.stream()
        .filter(h -> h.sent() >= settings.minimumSegmentInvoices())
        .max(
            java.util.Comparator.comparingDouble(SendHourEffectiveness::replyPercent)
                .thenComparing(h -> -h.hour()))
        .ifPresent(
            h ->
                highlights.add(
                    "Messages sent at "
                        + h.hour()
                        + ":00 get the most replies ("
                        + pct(h.replyPercent())
                        + " of those delivered)."));
    if (!atRisk.isEmpty()) {
      AtRiskCustomer top = atRisk.get(0);
      highlights.add(
          "Most at risk: customer "
              + top.customerId().value()
              + " with "
              + top.overdue().format()
              + " overdue, the oldest "
              + top.oldestDaysOverdue()
              + " days.");
    }
    return new Insights(highlights, comparisons, changes, holdOut, channels, hours, atRisk);
  }

  private static void change(
      List<KpiChange> into, String metric, double before, double now, boolean higherIsBetter) {
    double delta = round2(now - before);
    into.add(new KpiChange(metric, before, now, delta, higherIsBetter ? delta > 0 : delta < 0));
  }

  private void compare(
      List<SegmentComparison> into,
      List<SegmentKpis> segments,
      Dimension dim,
      String metric,
      ToDoubleFunction<Kpis> value,
      boolean higherIsBetter,
      double portfolio) {
    SegmentKpis best = null;
    SegmentKpis worst = null;
    for (SegmentKpis seg : segments) {
      if (seg.dimension() != dim
          || seg.current().invoicesIssued() < settings.minimumSegmentInvoices()) {
        continue;
      }
      double v = value.applyAsDouble(seg.current());
      if (best == null
          || (higherIsBetter
              ? v > value.applyAsDouble(best.current())
              : v < value.applyAsDouble(best.current()))) {
        best = seg;
      }
      if (worst == null
          || (higherIsBetter
              ? v < value.applyAsDouble(worst.current())
              : v > value.applyAsDouble(worst.current()))) {
        worst = seg;
      }
    }
    if (best != null && best != worst) {
      into.add(
          new SegmentComparison(
              dim,
              metric,
              best.segment(),
              value.applyAsDouble(best.current()),
              worst.segment(),
              value.applyAsDouble(worst.current()),
              portfolio));
    }
  }

  private List<ChannelEffectiveness> channels() {
    List<ChannelEffectiveness> out = new ArrayList<>();
    for (ChannelKind ch : ChannelKind.values()) {
      long[] t = new long[E_FIELDS];
      for (int region = 0; region < Scan.REGIONS; region++) {
        int at = (region * (CHANNELS + 1) + ch.ordinal()) * E_FIELDS;
        for (int f = 0; f < E_FIELDS; f++) {
          t[f] += s.cells[at + f];
        }
      }
      long attempts = t[Scan.E_ATTEMPTS];
      if (attempts == 0) {
        continue;
      }
      long delivered = t[Scan.E_DELIVERED];
      out.add(
          new ChannelEffectiveness(
              ch,
              attempts,
              percent(delivered, attempts),
              percent(t[Scan.E_READ], delivered),
              percent(t[Scan.E_REPLIED], delivered),
              percent(t[Scan.E_BOUNCED], attempts),
              percent(t[Scan.E_FAILED], attempts),
              round2(ratio(t[Scan.E_WAIT_SUM], t[Scan.E_WAIT_N]) / 60),
              percent(t[Scan.E_PAID7], delivered)));
    }
    return out;
  }

  private List<SendHourEffectiveness> sendHours() {
    List<SendHourEffectiveness> out = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      int at = h * H_FIELDS;
      long sent = s.hours[at + Scan.H_SENT];
      if (sent == 0) {
        continue;
      }
      long delivered = s.hours[at + Scan.H_DELIVERED];
      out.add(
          new SendHourEffectiveness(
              h,
              sent,
              percent(delivered, sent),
              percent(s.hours[at + Scan.H_REPLIED], delivered),
              percent(s.hours[at + Scan.H_PAID7], delivered)));
    }
    return out;
  }

  private List<AtRiskCustomer> atRisk() {
    int limit = settings.topLimit();
    java.util.PriorityQueue<Integer> heap =
        new java.util.PriorityQueue<>(
            (a, b) -> {
              int c = Long.compare(s.customerRupeeDays[a], s.customerRupeeDays[b]);
              return c != 0 ? c : Integer.compare(b, a);
            });
    for (int c = 0; c < d.customers; c++) {
      if (s.customerRupeeDays[c] > 0) {
        heap.add(c);
        if (heap.size() > limit) {
          heap.poll();
        }
      }
    }
    List<AtRiskCustomer> out = new ArrayList<>(heap.size());
    while (!heap.isEmpty()) {
      int c = heap.poll();
      out.add(
          0,
          new AtRiskCustomer(
              d.customerIds[c],
              money(s.customerOverdue[c]),
              s.customerOverdueInvoices[c],
              s.customerOldest[c],
              round2(ratio(s.customerRupeeDays[c], s.customerOverdue[c])),
              round2(s.customerRupeeDays[c] / 100.0)));
    }
    return out;
  }

  // ------------------------------------------------------------------ MSMED

  private MsmedReport msmed() {
    boolean applies = settings.tenantSize().isMsmedProtected();
    List<MsmedInvoice> largest = new ArrayList<>();
    for (long[] entry : s.msmedTop) {
      int i = (int) entry[1];
      int from = MsmedInterest.statutoryDueDay(d.invoiceIssueDay[i], d.invoiceDueDay[i]) + 1;
      largest.add(
          new MsmedInvoice(
              d.invoiceIds[i],
              d.customerIds[d.invoiceCustomer[i]],
              LocalDate.ofEpochDay(from),
              d.asOfDay - from + 1L,
              money(s.owed(i)),
              money(entry[0])));
    }
    return new MsmedReport(
        applies,
        applies ? round2(3 * settings.rbiBankRatePercent()) : 0,
        s.totals.msmedInvoices,
        money(s.totals.msmedPrincipal),
        money(s.totals.msmedInterest),
        largest);
  }

  // ------------------------------------------------------------------ summary

  private String summary(Kpis k, Funnel f, Optional<BindingConstraint> binding) {
    StringBuilder b = new StringBuilder();
    b.append("Over the ")
        .append(n)
        .append(" days to ")
        .append(LocalDate.ofEpochDay(d.asOfDay))
        .append(", ")
        .append(k.collections().format())
        .append(" was collected (")
        .append(Fmt.money((double) k.collections().paise() / n, currency))
        .append(" a day) against ")
        .append(k.creditSales().format())
        .append(" invoiced; ")
        .append(k.closingReceivables().format())
        .append(" is open, ")
        .append(k.closingReceivables().minus(k.closingCurrent()).format())
        .append(" of it overdue. DSO is ")
        .append(one(k.dso()))
        .append(" days (best possible ")
        .append(one(k.bestPossibleDso()))
        .append(", so ")
        .append(one(k.averageDaysDelinquent()))
        .append(" days delinquent) and CEI is ")
        .append(one(k.cei()))
        .append(". Of ")
        .append(k.invoicesIssued())
        .append(" invoices issued, ");
    List<FunnelStage> st = f.stages();
    b.append(pct(percent(st.get(1).invoices(), st.get(0).invoices())))
        .append(" were delivered, ")
        .append(pct(percent(st.get(2).invoices(), st.get(0).invoices())))
        .append(" read, ")
        .append(pct(percent(st.get(3).invoices(), st.get(0).invoices())))
        .append(" answered, ")
        .append(pct(percent(st.get(4).invoices(), st.get(0).invoices())))
        .append(" promised, and ")
        .append(pct(st.get(5).conversionPercent()))
        .append(" paid on time and ")
        .append(pct(st.get(6).conversionPercent()))
        .append(" late. ");
    b.append(binding.map(BindingConstraint::summary).orElse("No binding constraint was found."));
    return b.toString();
  }

  // ------------------------------------------------------------------ slot names

  /** Names the segment slots of {@link Scan}. */
  static final class SlotNames {
    private final String[] playbooks;

    SlotNames(String[] playbooks) {
      this.playbooks = playbooks;
    }

    Dimension dimension(int slot) {
      if (slot < Scan.LANGUAGE_BASE) {
        return Dimension.REGION;
      }
      if (slot < Scan.CHANNEL_BASE) {
        return Dimension.LANGUAGE;
      }
      if (slot < Scan.SIZE_BASE) {
        return Dimension.CHANNEL;
      }
      if (slot < Scan.PLAYBOOK_BASE) {
        return Dimension.SIZE;
      }
      return Dimension.PLAYBOOK;
    }

    boolean isChannel(int slot) {
      return dimension(slot) == Dimension.CHANNEL;
    }

    String key(int slot) {
      switch (dimension(slot)) {
        case REGION:
          return Region.values()[slot - Scan.REGION_BASE].name();
        case LANGUAGE:
          return Language.values()[slot - Scan.LANGUAGE_BASE].name();
        case CHANNEL:
          int ch = slot - Scan.CHANNEL_BASE;
          return ch == Scan.NO_CHANNEL ? "NONE" : ChannelKind.values()[ch].name();
        case SIZE:
          return BusinessSize.values()[slot - Scan.SIZE_BASE].name();
        default:
          return playbooks[slot - Scan.PLAYBOOK_BASE];
      }
    }

    String label(int slot) {
      return dimension(slot).name() + " " + key(slot);
    }
  }
}
