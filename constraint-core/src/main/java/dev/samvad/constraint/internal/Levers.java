package dev.samvad.constraint.internal;

import static dev.samvad.constraint.internal.Fmt.money;
import static dev.samvad.constraint.internal.Fmt.one;
import static dev.samvad.constraint.internal.Fmt.pct;
import static dev.samvad.constraint.internal.Scan.CHANNELS;
import static dev.samvad.constraint.internal.Scan.E_BOUNCED;
import static dev.samvad.constraint.internal.Scan.E_FAILED;
import static dev.samvad.constraint.internal.Scan.E_FIELDS;
import static dev.samvad.constraint.internal.Scan.E_WAIT_N;
import static dev.samvad.constraint.internal.Scan.E_WAIT_OVER_DAY;
import static dev.samvad.constraint.internal.Scan.E_WAIT_SUM;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Money;
import dev.samvad.api.Region;
import dev.samvad.constraint.ConstraintCandidate;
import dev.samvad.constraint.ConstraintSettings;
import dev.samvad.constraint.HoldOutUplift;
import dev.samvad.constraint.Impact;
import dev.samvad.constraint.ImprovementAssumptions;
import dev.samvad.constraint.ImprovementAssumptions.Range;
import dev.samvad.constraint.Lever;
import dev.samvad.constraint.TaskKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Quantifies every lever: the extra cash per day a realistic relief of it would bring over the next
 * period, under cautious, expected and hopeful assumptions. See {@code docs/constraints.md} for
 * each model.
 */
final class Levers {
  private final Scan s;
  private final ConstraintSettings settings;
  private final ImprovementAssumptions a;
  private final int n;
  private final double dailySales;
  private final double dailyCollections;
  private final double q;
  private final boolean qMeasured;
  private final java.util.Currency currency;
  private final Analyzer.SlotNames names;
  private final HoldOutUplift holdOut;

  Levers(Scan s, ConstraintSettings settings, Analyzer.SlotNames names, HoldOutUplift holdOut) {
    this.s = s;
    this.settings = settings;
    this.a = settings.assumptions();
    this.n = settings.periodDays();
    this.dailySales = (double) s.get(0, 0, Scan.SALES) / n;
    this.dailyCollections = (double) s.get(0, 0, Scan.COLLECTED) / n;
    this.qMeasured = s.totals.qDenominator > 0;
    this.q = qMeasured ? (double) s.totals.qNumerator / s.totals.qDenominator : 0.5;
    this.currency = s.d.currency;
    this.names = names;
    this.holdOut = holdOut;
  }

  /** Every lever, highest expected cash per day first (ties in lever order). */
  List<ConstraintCandidate> candidates() {
    List<ConstraintCandidate> all = new ArrayList<>();
    all.add(taskCapacity());
    all.add(contactWindows());
    all.add(followUpSteps());
    all.add(holdOutSize());
    all.add(disputes());
    all.add(hardship());
    all.add(deliveryStock(Lever.CONTACT_DATA));
    all.add(deliveryStock(Lever.CHANNEL_DELIVERY));
    all.sort(
        Comparator.comparingLong((ConstraintCandidate c) -> -c.expected().cashPerDay().paise())
            .thenComparing(ConstraintCandidate::lever));
    return all;
  }

  private String reach() {
    return qMeasured
        ? "an invoice reached converts like delivered invoices that fell due recently: "
            + pct(100 * q)
            + " of their amount was paid"
        : "no delivered invoice has fallen due yet, so an invoice reached is taken to convert 50%"
            + " of its amount";
  }

  private ConstraintCandidate candidate(
      Lever lever,
      String where,
      long stake,
      double[] perDay,
      List<String> evidence,
      List<String> assumptions) {
    return new ConstraintCandidate(
        lever,
        lever.constraintClass(),
        where,
        new Money(stake, currency),
        impact(perDay[0]),
        impact(perDay[1]),
        impact(perDay[2]),
        evidence,
        assumptions);
  }

  private Impact impact(double paisePerDay) {
    long perDay = Math.max(0, Math.round(paisePerDay));
    double dso = dailySales == 0 ? 0 : Fmt.round2(perDay * (double) n / dailySales);
    return new Impact(new Money(perDay, currency), dso);
  }

  private static double[] scaled(Range r, java.util.function.DoubleUnaryOperator f) {
    return new double[] {
      f.applyAsDouble(r.low()), f.applyAsDouble(r.expected()), f.applyAsDouble(r.high())
    };
  }

  private static String range(Range r) {
    return String.format(
        Locale.ROOT, "%.0f%% / %.0f%% / %.0f%%", 100 * r.low(), 100 * r.expected(), 100 * r.high());
  }

  // ------------------------------------------------------------------ CAPACITY

  private ConstraintCandidate taskCapacity() {
    Scan.TaskTotals t = s.taskTotals;
    double arrivals = (double) t.arrivals / n;
    double completions = (double) t.completions / n;
    double convert = t.completions > 0 ? (double) t.completedConverted / t.completions : q;
    double value =
        t.backlog > 0
            ? (double) t.backlogOutstanding / t.backlog
            : t.arrivals > 0 ? (double) t.arrivalAmount / t.arrivals : 0;
    double headroom = Math.max(0, arrivals - completions) + (double) t.backlog / n;
    double base = completions > 0 ? completions : arrivals;
    double[] perDay =
        scaled(a.taskCapacityIncrease(), r -> Math.min(base * r, headroom) * convert * value);
    int worst = 0;
    for (int k = 1; k < t.kindBacklog.length; k++) {
      if (t.kindBacklog[k] > t.kindBacklog[worst]) {
        worst = k;
      }
    }
    String where =
        t.arrivals + t.backlog == 0
            ? "no human tasks"
            : TaskKind.values()[worst] + " tasks (" + t.kindBacklog[worst] + " waiting)";
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "tasks arrive at "
            + one(arrivals)
            + " a day and are completed at "
            + one(completions)
            + " a day (load factor "
            + Fmt.two(Fmt.ratio(t.arrivals, t.completions))
            + ")");
    evidence.add(
        "backlog went from "
            + t.backlogAtStart
            + " to "
            + t.backlog
            + " tasks; mean age "
            + one(Fmt.ratio(t.backlogAgeMinutes, t.backlog) / 1440)
            + " days, holding "
            + money(t.backlogOutstanding, currency));
    evidence.add(pct(100 * convert) + " of tasks completed in the period were followed by payment");
    List<String> assumptions =
        List.of(
            "task completions rise by "
                + range(a.taskCapacityIncrease())
                + " (cautious / expected / hopeful), but by no more than the excess of arrivals"
                + " plus the backlog spread over "
                + n
                + " days",
            "each extra completion converts like this period's completed tasks ("
                + pct(100 * convert)
                + ") and is worth the mean open balance of a waiting task ("
                + money(value, currency)
                + ")");
    return candidate(
        Lever.TASK_CAPACITY, where, t.backlogOutstanding, perDay, evidence, assumptions);
  }

  // ------------------------------------------------------------------ POLICY

  private ConstraintCandidate contactWindows() {
    long waitSum = 0;
    long waitN = 0;
    long overDay = 0;
    int worst = -1;
    double worstMean = -1;
    long cellsWithWaits = 0;
    for (int cell = 0; cell < Scan.REGIONS * (CHANNELS + 1); cell++) {
      int at = cell * E_FIELDS;
      waitSum += s.cells[at + E_WAIT_SUM];
      waitN += s.cells[at + E_WAIT_N];
      overDay += s.cells[at + E_WAIT_OVER_DAY];
      if (s.cells[at + E_WAIT_N] > 0) {
        cellsWithWaits++;
      }
    }
    long minCell = Math.max(1, waitN / Math.max(1, 4 * cellsWithWaits));
    for (int cell = 0; cell < Scan.REGIONS * (CHANNELS + 1); cell++) {
      int at = cell * E_FIELDS;
      long cn = s.cells[at + E_WAIT_N];
      if (cn >= minCell) {
        double mean = (double) s.cells[at + E_WAIT_SUM] / cn;
        if (mean > worstMean) {
          worstMean = mean;
          worst = cell;
        }
      }
    }
    double meanHours = Fmt.ratio(waitSum, waitN) / 60;
    double excessDays = Math.max(0, meanHours - a.targetQueueHours()) / 24;
    long stranded = s.totals.windowStock;
    double[] perDay =
        scaled(a.queueWaitCut(), r -> (dailyCollections * excessDays * r + stranded * r * q) / n);
    String where =
        worst < 0
            ? "no messages"
            : cellName(worst) + " (mean wait " + one(worstMean / 60) + " hours)";
    List<String> evidence =
        List.of(
            "messages wait "
                + one(meanHours)
                + " hours on average between queued and sent; "
                + pct(100 * Fmt.ratio(overDay, waitN))
                + " wait more than a day",
            money(stranded, currency)
                + " is open on invoices whose only messages are still waiting to be sent");
    List<String> assumptions =
        List.of(
            "waits up to "
                + one(a.targetQueueHours())
                + " hours need no fixing; wider windows remove "
                + range(a.queueWaitCut())
                + " of the excess",
            "payments come as much earlier as the messages do, bringing forward that many days of"
                + " today's collections ("
                + money(dailyCollections, currency)
                + " a day)",
            "the same share of the stranded invoices gets its message; " + reach());
    return candidate(Lever.CONTACT_WINDOWS, where, stranded, perDay, evidence, assumptions);
  }

  private ConstraintCandidate followUpSteps() {
    long stock = s.totals.dormantStock;
    double[] perDay = scaled(a.dormantReactivated(), r -> stock * r * q / n);
    List<String> evidence =
        List.of(
            money(stock, currency)
                + " is open on invoices more than "
                + Scan.DORMANT_OVERDUE_DAYS
                + " days overdue, delivered, not disputed, with no message in "
                + Scan.DORMANT_SILENCE_DAYS
                + " days and no open task");
    List<String> assumptions =
        List.of(
            "more follow-up steps reach " + range(a.dormantReactivated()) + " of that balance",
            reach());
    return candidate(
        Lever.FOLLOW_UP_STEPS,
        "overdue invoices with no recent follow-up",
        stock,
        perDay,
        evidence,
        assumptions);
  }

  private ConstraintCandidate holdOutSize() {
    long[][] arms = s.totals.holdOut;
    long total = arms[0][0] + arms[1][0];
    double share = Fmt.ratio(arms[1][0], total);
    long dueAmount = arms[0][5] + arms[1][5];
    double excess = Math.max(0, share - a.targetHoldOutShare());
    double uplift = holdOut.upliftPoints() / 100;
    double low = holdOut.sufficient() ? Math.max(0, holdOut.upliftLow() / 100) : 0;
    double high = Math.max(0, holdOut.upliftHigh() / 100);
    double[] perDay = new double[3];
    if (uplift > 0 && excess > 0) {
      double[] lifts = {low, uplift, Math.max(uplift, high)};
      for (int k = 0; k < 3; k++) {
        perDay[k] = excess * dueAmount * lifts[k] / n;
      }
    }
    List<String> evidence =
        List.of(
            "the hold-out group holds " + pct(100 * share) + " of the invoices due this period",
            "adapted invoices were paid "
                + one(holdOut.upliftPoints())
                + " points more often (95% interval "
                + one(holdOut.upliftLow())
                + " to "
                + one(holdOut.upliftHigh())
                + ")"
                + (holdOut.sufficient() ? "" : "; the sample is too small to trust"));
    List<String> assumptions =
        List.of(
            "the hold-out shrinks to " + pct(100 * a.targetHoldOutShare()) + " of invoices",
            "customers moved out gain the measured uplift (cautious: the interval's lower end, or"
                + " nothing when the sample is too small; hopeful: its upper end)");
    return candidate(
        Lever.HOLD_OUT_SIZE,
        "the cultural-adaptation hold-out group",
        (long) (share * dueAmount),
        perDay,
        evidence,
        assumptions);
  }

  // ------------------------------------------------------------------ CUSTOMER

  private ConstraintCandidate disputes() {
    long stock = s.totals.disputeStock;
    double[] perDay = scaled(a.disputesResolved(), r -> stock * r * q / n);
    double overall = Fmt.percent(s.get(0, 0, Scan.DISPUTED), s.get(0, 0, Scan.ISSUED));
    int worst = -1;
    double worstRate = -1;
    for (int slot = 1; slot < s.slots; slot++) {
      long issued = s.get(0, slot, Scan.ISSUED);
      if (issued >= settings.minimumSegmentInvoices() && !names.isChannel(slot)) {
        double rate = Fmt.percent(s.get(0, slot, Scan.DISPUTED), issued);
        if (rate > worstRate) {
          worstRate = rate;
          worst = slot;
        }
      }
    }
    String where =
        worst < 0
            ? "disputed invoices"
            : names.label(worst) + " (dispute rate " + pct(worstRate) + ")";
    List<String> evidence =
        List.of(
            money(stock, currency) + " is open on disputed invoices",
            pct(overall)
                + " of this period's invoices were disputed"
                + (worst < 0
                    ? ""
                    : "; the worst segment is " + names.label(worst) + " at " + pct(worstRate)));
    List<String> assumptions =
        List.of(
            "a dispute drive resolves " + range(a.disputesResolved()) + " of the disputed balance",
            "a resolved invoice then converts like any delivered one; " + reach());
    return candidate(Lever.DISPUTES, where, stock, perDay, evidence, assumptions);
  }

  private ConstraintCandidate hardship() {
    long stock = s.totals.hardshipStock;
    double[] perDay = scaled(a.hardshipRecovered(), r -> stock * r * q / n);
    List<String> evidence =
        List.of(
            money(stock, currency)
                + " is open on invoices whose customer cited hardship or let a promise lapse",
            pct(Fmt.percent(s.get(0, 0, Scan.PROMISES_KEPT), s.get(0, 0, Scan.PROMISES_DUE)))
                + " of promises falling due this period were kept");
    List<String> assumptions =
        List.of(
            "payment plans recover " + range(a.hardshipRecovered()) + " of that balance", reach());
    return candidate(
        Lever.HARDSHIP,
        "customers in hardship or with broken promises",
        stock,
        perDay,
        evidence,
        assumptions);
  }

  // ------------------------------------------------------------------ DATA and CHANNEL

  private ConstraintCandidate deliveryStock(Lever lever) {
    boolean data = lever == Lever.CONTACT_DATA;
    long stock = data ? s.totals.dataStock : s.totals.channelStock;
    long[] byCell = data ? s.totals.dataCells : s.totals.channelCells;
    int failField = data ? E_BOUNCED : E_FAILED;
    Range r = data ? a.contactsFixed() : a.fallbackReach();
    double[] perDay = scaled(r, x -> stock * x * q / n);
    int worst = -1;
    for (int cell = 0; cell < byCell.length; cell++) {
      if (byCell[cell] > 0 && (worst < 0 || byCell[cell] > byCell[worst])) {
        worst = cell;
      }
    }
    long attempts = 0;
    long failed = 0;
    for (int cell = 0; cell < byCell.length; cell++) {
      attempts += s.cells[cell * E_FIELDS + Scan.E_ATTEMPTS];
      failed += s.cells[cell * E_FIELDS + failField];
    }
    String verb = data ? "bounced (contact rejected)" : "failed in the channel";
    List<String> evidence = new ArrayList<>();
    evidence.add(pct(100 * Fmt.ratio(failed, attempts)) + " of all messages " + verb);
    String where = data ? "contacts that bounce" : "channel delivery";
    if (worst >= 0) {
      long cellAttempts = s.cells[worst * E_FIELDS + Scan.E_ATTEMPTS];
      long cellFailed = s.cells[worst * E_FIELDS + failField];
      where = cellName(worst);
      evidence.add(
          pct(100 * Fmt.ratio(cellFailed, cellAttempts))
              + " of "
              + cellName(worst)
              + " messages "
              + verb
              + "; "
              + money(byCell[worst], currency)
              + " is open on its invoices that no message has reached");
    }
    evidence.add(
        money(stock, currency)
            + " in all is open on invoices never delivered, mostly because messages "
            + verb);
    List<String> assumptions =
        List.of(
            data
                ? "a contact clean-up corrects " + range(r) + " of the bounced contacts"
                : "falling back to another channel or provider reaches "
                    + range(r)
                    + " of the failed invoices",
            reach());
    return candidate(lever, where, stock, perDay, evidence, assumptions);
  }

  static String cellName(int cell) {
    int region = cell / (CHANNELS + 1);
    int channel = cell % (CHANNELS + 1);
    String ch = channel == CHANNELS ? "NONE" : ChannelKind.values()[channel].name();
    return ch + " in " + Region.values()[region].name();
  }
}
