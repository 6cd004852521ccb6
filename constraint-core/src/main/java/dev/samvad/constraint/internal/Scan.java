package dev.samvad.constraint.internal;

import static dev.samvad.constraint.internal.PortfolioData.NONE;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Language;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.constraint.DeliveryFailure;
import dev.samvad.constraint.ReplyOutcome;
import dev.samvad.constraint.TaskKind;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * The scans behind an analysis: one pass over payments, one over executions, one over tasks and one
 * over invoices, in that order (each later pass reads what the earlier ones derived per invoice).
 *
 * <p>Parallel scans split the <em>invoice rows</em> into ranges, one per worker. A worker reads
 * every payment or execution row but handles only those about its own invoices, so per-invoice
 * state is never shared; totals are kept per worker and added up afterwards. Every total is an
 * integer, so the result does not depend on how the work was split.
 */
public final class Scan {
  // ---- segment slots: 0 is the whole portfolio, then one block per dimension ----
  static final int REGIONS = Region.values().length;
  static final int LANGUAGES = Language.values().length;
  static final int CHANNELS = ChannelKind.values().length;

  /** Channel slot for invoices never messaged. */
  static final int NO_CHANNEL = CHANNELS;

  static final int SIZES = BusinessSize.values().length;
  static final int REGION_BASE = 1;
  static final int LANGUAGE_BASE = REGION_BASE + REGIONS;
  static final int CHANNEL_BASE = LANGUAGE_BASE + LANGUAGES;
  static final int SIZE_BASE = CHANNEL_BASE + CHANNELS + 1;
  static final int PLAYBOOK_BASE = SIZE_BASE + SIZES;

  // ---- per-slot, per-period fields ----
  static final int SALES = 0;
  static final int ISSUED = 1;
  static final int OPEN_BEGIN = 2;
  static final int OPEN_END = 3;

  /** Five ageing buckets from here: current, 1–30, 31–60, 61–90, 90+. */
  static final int AGE = 4;

  static final int COLLECTED = 9;
  static final int PROMISES_DUE = 10;
  static final int PROMISES_KEPT = 11;
  static final int DISPUTED = 12;

  /** Funnel counts DELIVERED, READ, REPLIED, PROMISED, PAID_ON_TIME, PAID_LATE from here. */
  static final int FUNNEL = 13;

  /** Six sums of minutes to reach the funnel stages above, then six counts. */
  static final int TIME_SUM = 19;

  static final int TIME_N = 25;
  static final int DISPUTED_OPEN = 31;
  static final int FIELDS = 32;

  // ---- per-cell (region × channel) message fields ----
  static final int E_ATTEMPTS = 0;
  static final int E_SENT = 1;
  static final int E_DELIVERED = 2;
  static final int E_READ = 3;
  static final int E_REPLIED = 4;
  static final int E_BOUNCED = 5;
  static final int E_FAILED = 6;
  static final int E_PENDING = 7;
  static final int E_WAIT_SUM = 8;
  static final int E_WAIT_N = 9;
  static final int E_WAIT_OVER_DAY = 10;
  static final int E_PAID7 = 11;
  static final int E_FIELDS = 12;

  // ---- per-hour fields ----
  static final int H_SENT = 0;
  static final int H_DELIVERED = 1;
  static final int H_REPLIED = 2;
  static final int H_PAID7 = 3;
  static final int H_FIELDS = 4;

  // ---- per-invoice flags from executions ----
  static final int F_ATTEMPTED = 1;
  static final int F_DISPUTED = 2;
  static final int F_HARDSHIP = 4;
  static final int F_PENDING = 8;
  static final int F_OPTED_OUT = 16;
  static final int F_OPEN_TASK = 32;

  private static final boolean[] EXCLUDED = new boolean[InvoiceStatus.values().length];
  private static final boolean[] OWED = new boolean[InvoiceStatus.values().length];

  static {
    for (InvoiceStatus s : InvoiceStatus.values()) {
      EXCLUDED[s.ordinal()] = s == InvoiceStatus.CANCELLED || s == InvoiceStatus.WRITTEN_OFF;
      OWED[s.ordinal()] = s.isOutstanding();
    }
  }

  private static final int STATUS_DISPUTED = InvoiceStatus.DISPUTED.ordinal();
  private static final int BOUNCED = DeliveryFailure.BOUNCED.ordinal();
  private static final int FAILED = DeliveryFailure.FAILED.ordinal();
  private static final int R_NONE = ReplyOutcome.NONE.ordinal();
  private static final int R_PROMISED = ReplyOutcome.PROMISED.ordinal();
  private static final int R_DISPUTED = ReplyOutcome.DISPUTED.ordinal();
  private static final int R_HARDSHIP = ReplyOutcome.HARDSHIP.ordinal();
  private static final int R_OPTED_OUT = ReplyOutcome.OPTED_OUT.ordinal();
  private static final int TASK_KINDS = TaskKind.values().length;

  /** Days a quiet overdue sequence must have been silent to count as dormant. */
  static final int DORMANT_SILENCE_DAYS = 14;

  /** Days past due before a quiet sequence counts as dormant. */
  static final int DORMANT_OVERDUE_DAYS = 15;

  final PortfolioData d;
  final int periodDays;
  final int graceDays;
  final int topLimit;
  final double msmedRate;
  final boolean msmedApplies;
  final int slots;
  final int asOf;
  final int offset;
  final int asOfEndMinute;
  final int[] pStart = new int[2];
  final int[] pEnd = new int[2];

  /** Days of sales history kept for count-back DSO, ending on the analysis date. */
  final int history;

  final int historyStart;

  // ---- derived per invoice ----
  final long[] paidCurrent;
  final long[] paidPrevious;
  final int[] settleDay;
  final int[] firstDelivered;
  final int[] firstRead;
  final int[] firstReply;
  final int[] promiseMade;
  final int[] promisedFor;
  final int[] firstQueued;
  final int[] lastQueued;
  final byte[] primaryChannel;
  final byte[] flags;
  final byte[] bounces;
  final byte[] failures;

  // ---- results ----
  public long[] slotTotals;
  public long[] dailySales;
  public long[] cells;
  public long[] hours;
  public final Totals totals = new Totals();
  public long[] customerOverdue;
  public long[] customerOverdueInvoices;
  public long[] customerRupeeDays;
  public int[] customerOldest;
  public final List<long[]> msmedTop = new ArrayList<>();
  public final TaskTotals taskTotals;

  /** Everything summed over the portfolio that is not per slot. */
  public static final class Totals {
    /** [arm][n, paid, daysN, daysSum, daysSumSq, dueAmount]; arm 0 adapted, 1 hold-out. */
    public final long[][] holdOut = new long[2][6];

    public long qNumerator;
    public long qDenominator;
    public long dataStock;
    public long channelStock;
    public long windowStock;
    public long disputeStock;
    public long hardshipStock;
    public long dormantStock;
    public long paidWithoutDates;
    public final long[] dataCells = new long[REGIONS * (CHANNELS + 1)];
    public final long[] channelCells = new long[REGIONS * (CHANNELS + 1)];
    public final long[] windowCells = new long[REGIONS * (CHANNELS + 1)];
    public long msmedInvoices;
    public long msmedPrincipal;
    public long msmedInterest;

    void add(Totals o) {
      for (int a = 0; a < 2; a++) {
        for (int f = 0; f < holdOut[a].length; f++) {
          holdOut[a][f] += o.holdOut[a][f];
        }
      }
      qNumerator += o.qNumerator;
      qDenominator += o.qDenominator;
      dataStock += o.dataStock;
      channelStock += o.channelStock;
      windowStock += o.windowStock;
      disputeStock += o.disputeStock;
      hardshipStock += o.hardshipStock;
      dormantStock += o.dormantStock;
      paidWithoutDates += o.paidWithoutDates;
      for (int c = 0; c < dataCells.length; c++) {
        dataCells[c] += o.dataCells[c];
        channelCells[c] += o.channelCells[c];
        windowCells[c] += o.windowCells[c];
      }
      msmedInvoices += o.msmedInvoices;
      msmedPrincipal += o.msmedPrincipal;
      msmedInterest += o.msmedInterest;
    }
  }

  /** The task queue over the current period. */
  public static final class TaskTotals {
    public long arrivals;
    public long completions;
    public long backlogAtStart;
    public long backlog;
    public long backlogAgeMinutes;
    public long oldestAgeMinutes;
    public long claimMinutes;
    public long claims;
    public long completeMinutes;
    public long completedConverted;
    public long backlogOutstanding;
    public long arrivalAmount;
    public long[] dailyArrivals;
    public long[] dailyCompletions;
    public final long[] kindArrivals = new long[TASK_KINDS];
    public final long[] kindCompletions = new long[TASK_KINDS];
    public final long[] kindBacklog = new long[TASK_KINDS];
    public final long[] kindBacklogAge = new long[TASK_KINDS];
    public final long[] kindBacklogOutstanding = new long[TASK_KINDS];
  }

  /** Runs every pass over {@code data}. */
  public Scan(
      PortfolioData data,
      int periodDays,
      int graceDays,
      int topLimit,
      boolean msmedApplies,
      double msmedAnnualRate,
      boolean parallel) {
    this.d = data;
    this.periodDays = periodDays;
    this.graceDays = graceDays;
    this.topLimit = topLimit;
    this.msmedApplies = msmedApplies;
    this.msmedRate = msmedAnnualRate;
    this.slots = PLAYBOOK_BASE + data.playbooks.length;
    this.asOf = data.asOfDay;
    this.offset = data.zoneOffsetMinutes;
    this.asOfEndMinute = (asOf + 1) * 1440 - offset;
    pEnd[0] = asOf;
    pStart[0] = asOf - periodDays + 1;
    pEnd[1] = pStart[0] - 1;
    pStart[1] = pEnd[1] - periodDays + 1;
    this.history = 2 * periodDays + 730;
    this.historyStart = asOf - history + 1;

    int n = data.invoices;
    paidCurrent = new long[n];
    paidPrevious = new long[n];
    settleDay = new int[n];
    firstDelivered = filled(n);
    firstRead = filled(n);
    firstReply = filled(n);
    promiseMade = filled(n);
    promisedFor = filled(n);
    firstQueued = filled(n);
    lastQueued = filled(n);
    primaryChannel = new byte[n];
    flags = new byte[n];
    bounces = new byte[n];
    failures = new byte[n];

    // Several ranges per core let the pool even out threads that the OS schedules unevenly.
    int chunks = parallel ? Math.max(1, Math.min(4 * procs(), n / 20_000)) : 1;
    int[] bounds = new int[chunks + 1];
    for (int k = 0; k <= chunks; k++) {
      bounds[k] = (int) ((long) n * k / chunks);
    }
    Part[] parts = new Part[chunks];
    run(chunks, k -> parts[k] = new Part());
    run(chunks, k -> paymentPass(bounds[k], bounds[k + 1]));
    run(chunks, k -> executionPass(bounds[k], bounds[k + 1], parts[k]));
    taskTotals = taskPass();
    run(chunks, k -> invoicePass(bounds[k], bounds[k + 1], parts[k]));
    merge(parts);
  }

  private static int procs() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static void run(int chunks, java.util.function.IntConsumer work) {
    if (chunks == 1) {
      work.accept(0);
    } else {
      IntStream.range(0, chunks).parallel().forEach(work);
    }
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, NONE);
    return a;
  }

  /** One worker's totals. */
  final class Part {
    final long[] slotTotals = new long[2 * slots * FIELDS];
    final long[] dailySales = new long[slots * history];
    final long[] cells = new long[REGIONS * (CHANNELS + 1) * E_FIELDS];
    final long[] hours = new long[24 * H_FIELDS];
    final Totals totals = new Totals();
    final long[] customerOverdue = new long[d.customers];
    final long[] customerOverdueInvoices = new long[d.customers];
    final long[] customerRupeeDays = new long[d.customers];
    final int[] customerOldest = new int[d.customers];

    /** Min-heap of {interest, row} keeping the largest interest, ties to the lower row. */
    final PriorityQueue<long[]> msmed =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
  }

  int dayOf(int minute) {
    return Math.floorDiv(minute + offset, 1440);
  }

  long owed(int i) {
    return OWED[d.invoiceStatus[i]] ? d.invoiceOutstanding[i] : 0;
  }

  boolean excluded(int i) {
    return EXCLUDED[d.invoiceStatus[i]];
  }

  // ------------------------------------------------------------------ payments

  private void paymentPass(int lo, int hi) {
    int[] last = new int[hi - lo];
    java.util.Arrays.fill(last, NONE);
    int[] inv = d.paymentInvoice;
    int[] day = d.paymentDay;
    long[] amount = d.paymentAmount;
    for (int r = 0, n = d.payments; r < n; r++) {
      int i = inv[r];
      if (i < lo || i >= hi) {
        continue;
      }
      int t = day[r];
      if (t > asOf) {
        continue;
      }
      if (t >= pStart[0]) {
        paidCurrent[i] += amount[r];
      } else if (t >= pStart[1]) {
        paidPrevious[i] += amount[r];
      }
      if (t > last[i - lo]) {
        last[i - lo] = t;
      }
    }
    for (int i = lo; i < hi; i++) {
      settleDay[i] = !excluded(i) && owed(i) == 0 ? last[i - lo] : NONE;
    }
  }

  // ------------------------------------------------------------------ executions

  private void executionPass(int lo, int hi, Part part) {
    int[] inv = d.execInvoice;
    for (int e = 0, n = d.executions; e < n; e++) {
      int i = inv[e];
      if (i >= lo && i < hi) {
        execution(e, i, part.cells, part.hours);
      }
    }
    for (int i = lo; i < hi; i++) {
      if ((flags[i] & F_ATTEMPTED) == 0) {
        primaryChannel[i] = (byte) NO_CHANNEL;
      }
    }
  }

  /** Folds execution {@code e}, about invoice {@code i}, into the invoice's state and the cells. */
  private void execution(int e, int i, long[] cells, long[] hours) {
    int queued = d.execQueued[e];
    if (queued >= asOfEndMinute) {
      return;
    }
    int ch = d.execChannel[e];
    int cell = (d.customerRegion[d.invoiceCustomer[i]] * (CHANNELS + 1) + ch) * E_FIELDS;
    cells[cell + E_ATTEMPTS]++;
    flags[i] |= F_ATTEMPTED;
    if (firstQueued[i] == NONE || queued < firstQueued[i]) {
      firstQueued[i] = queued;
      if (firstDelivered[i] == NONE) {
        primaryChannel[i] = (byte) ch;
      }
    }
    if (queued > lastQueued[i]) {
      lastQueued[i] = queued;
    }
    int sent = before(d.execSent[e]);
    int failure = d.execFailure[e];
    int hourBase = -1;
    if (sent != NONE) {
      cells[cell + E_SENT]++;
      wait(cells, cell, sent - queued);
      hourBase = Math.floorMod(Math.floorDiv(sent + offset, 60), 24) * H_FIELDS;
      hours[hourBase + H_SENT]++;
    } else if (failure < 0) {
      cells[cell + E_PENDING]++;
      wait(cells, cell, asOfEndMinute - queued);
      flags[i] |= F_PENDING;
    }
    if (failure == BOUNCED) {
      cells[cell + E_BOUNCED]++;
      if (bounces[i] < Byte.MAX_VALUE) {
        bounces[i]++;
      }
    } else if (failure == FAILED) {
      cells[cell + E_FAILED]++;
      if (failures[i] < Byte.MAX_VALUE) {
        failures[i]++;
      }
    }
    int replied = d.execReply[e] == R_NONE ? NONE : before(d.execReplied[e]);
    int readReceipt = before(d.execRead[e]);
    int read = readReceipt != NONE ? readReceipt : replied;
    int delivered = before(d.execDelivered[e]);
    if (delivered == NONE) {
      delivered = read;
    }
    if (delivered != NONE) {
      cells[cell + E_DELIVERED]++;
      if (firstDelivered[i] == NONE || delivered < firstDelivered[i]) {
        firstDelivered[i] = delivered;
        primaryChannel[i] = (byte) ch;
      }
      int deliveredDay = dayOf(delivered);
      int settle = settleDay[i];
      boolean paid7 = settle != NONE && settle >= deliveredDay && settle <= deliveredDay + 7;
      if (paid7) {
        cells[cell + E_PAID7]++;
      }
      if (hourBase >= 0) {
        hours[hourBase + H_DELIVERED]++;
        if (paid7) {
          hours[hourBase + H_PAID7]++;
        }
        if (replied != NONE) {
          hours[hourBase + H_REPLIED]++;
        }
      }
    }
    if (readReceipt != NONE) {
      cells[cell + E_READ]++;
    }
    if (read != NONE && (firstRead[i] == NONE || read < firstRead[i])) {
      firstRead[i] = read;
    }
    if (replied != NONE) {
      cells[cell + E_REPLIED]++;
      if (firstReply[i] == NONE || replied < firstReply[i]) {
        firstReply[i] = replied;
      }
      int outcome = d.execReply[e];
      if (outcome == R_PROMISED) {
        if (replied > promiseMade[i]) {
          promiseMade[i] = replied;
          promisedFor[i] = d.execPromisedFor[e];
        }
      } else if (outcome == R_DISPUTED) {
        flags[i] |= F_DISPUTED;
      } else if (outcome == R_HARDSHIP) {
        flags[i] |= F_HARDSHIP;
      } else if (outcome == R_OPTED_OUT) {
        flags[i] |= F_OPTED_OUT;
      }
    }
  }

  private int before(int minute) {
    return minute != NONE && minute < asOfEndMinute ? minute : NONE;
  }

  private static void wait(long[] cells, int cell, int minutes) {
    cells[cell + E_WAIT_SUM] += minutes;
    cells[cell + E_WAIT_N]++;
    if (minutes > 1440) {
      cells[cell + E_WAIT_OVER_DAY]++;
    }
  }

  // ------------------------------------------------------------------ tasks

  private TaskTotals taskPass() {
    TaskTotals t = new TaskTotals();
    t.dailyArrivals = new long[periodDays];
    t.dailyCompletions = new long[periodDays];
    int startMinute = pStart[0] * 1440 - offset;
    for (int r = 0, n = d.tasks; r < n; r++) {
      int created = d.taskCreated[r];
      if (created >= asOfEndMinute) {
        continue;
      }
      int kind = d.taskKind[r];
      int i = d.taskInvoice[r];
      int createdDay = dayOf(created);
      if (createdDay >= pStart[0]) {
        t.arrivals++;
        t.dailyArrivals[createdDay - pStart[0]]++;
        t.kindArrivals[kind]++;
        t.arrivalAmount += d.invoiceAmount[i];
      }
      int claimed = before(d.taskClaimed[r]);
      if (claimed != NONE && dayOf(claimed) >= pStart[0]) {
        t.claims++;
        t.claimMinutes += claimed - created;
      }
      int completed = before(d.taskCompleted[r]);
      if (completed != NONE) {
        int completedDay = dayOf(completed);
        if (completedDay >= pStart[0]) {
          t.completions++;
          t.dailyCompletions[completedDay - pStart[0]]++;
          t.kindCompletions[kind]++;
          t.completeMinutes += completed - created;
          if (settleDay[i] != NONE && settleDay[i] >= completedDay) {
            t.completedConverted++;
          }
        }
      } else {
        long age = (long) asOfEndMinute - created;
        t.backlog++;
        t.backlogAgeMinutes += age;
        t.oldestAgeMinutes = Math.max(t.oldestAgeMinutes, age);
        t.kindBacklog[kind]++;
        t.kindBacklogAge[kind] += age;
        long open = excluded(i) ? 0 : owed(i);
        flags[i] |= F_OPEN_TASK;
        t.backlogOutstanding += open;
        t.kindBacklogOutstanding[kind] += open;
      }
      if (created < startMinute && (completed == NONE || completed >= startMinute)) {
        t.backlogAtStart++;
      }
    }
    return t;
  }

  // ------------------------------------------------------------------ invoices

  private void invoicePass(int lo, int hi, Part part) {
    int[] slot = new int[6];
    int[] field = new int[FIELDS];
    long[] value = new long[FIELDS];
    for (int i = lo; i < hi; i++) {
      if (!excluded(i) && d.invoiceIssueDay[i] <= asOf) {
        invoice(i, part, slot, field, value);
      }
    }
  }

  /** Folds invoice {@code i} into the worker's totals; the arrays are reused scratch space. */
  private void invoice(int i, Part part, int[] slot, int[] field, long[] value) {
    int issue = d.invoiceIssueDay[i];
    int due = d.invoiceDueDay[i];
    long amount = d.invoiceAmount[i];
    long open = owed(i);
    long pc = paidCurrent[i];
    long pp = paidPrevious[i];
    int c = d.invoiceCustomer[i];
    int region = d.customerRegion[c];
    slot[0] = 0;
    slot[1] = REGION_BASE + region;
    slot[2] = LANGUAGE_BASE + d.customerLanguage[c];
    slot[3] = CHANNEL_BASE + primaryChannel[i];
    slot[4] = SIZE_BASE + d.customerSize[c];
    slot[5] = PLAYBOOK_BASE + d.customerPlaybook[c];
    int settle = settleDay[i];
    int fl = flags[i];
    boolean disputed = (fl & F_DISPUTED) != 0 || d.invoiceStatus[i] == STATUS_DISPUTED;
    int delivered = firstDelivered[i];

    int h = issue - historyStart;
    if (h >= 0) {
      for (int s : slot) {
        part.dailySales[s * history + h] += amount;
      }
    }

    for (int p = 0; p < 2; p++) {
      period(
          p,
          i,
          issue,
          due,
          amount,
          open,
          pc,
          pp,
          settle,
          disputed,
          delivered,
          slot,
          field,
          value,
          part.slotTotals);
    }
    currentOnly(i, part, c, region, issue, due, amount, open, settle, fl, disputed, delivered);
  }

  /** Adds invoice {@code i}'s share of period {@code p}'s totals to each of its slots. */
  private void period(
      int p,
      int i,
      int issue,
      int due,
      long amount,
      long open,
      long pc,
      long pp,
      int settle,
      boolean disputed,
      int delivered,
      int[] slot,
      int[] field,
      long[] value,
      long[] totals) {
    int start = pStart[p];
    int end = pEnd[p];
    int k = 0;
    long openEnd = p == 0 ? open : issue <= end ? Math.min(amount, open + pc) : 0;
    long openBegin = issue < start ? Math.min(amount, open + pc + (p == 0 ? 0 : pp)) : 0;
    if (openBegin != 0) {
      field[k] = OPEN_BEGIN;
      value[k++] = openBegin;
    }
    if (openEnd != 0) {
      field[k] = OPEN_END;
      value[k++] = openEnd;
      field[k] = AGE + bucket(end - due);
      value[k++] = openEnd;
    }
    long collected = p == 0 ? pc : pp;
    if (collected != 0) {
      field[k] = COLLECTED;
      value[k++] = collected;
    }
    if (issue >= start && issue <= end) {
      field[k] = SALES;
      value[k++] = amount;
      field[k] = ISSUED;
      value[k++] = 1;
      if (disputed) {
        field[k] = DISPUTED;
        value[k++] = 1;
      }
      int issued = issue * 1440 - offset;
      k = stage(field, value, k, 0, issued, delivered);
      k = stage(field, value, k, 1, delivered, firstRead[i]);
      k = stage(field, value, k, 2, firstRead[i], firstReply[i]);
      k = stage(field, value, k, 3, firstReply[i], promiseMade[i]);
      if (settle != NONE) {
        k = stage(field, value, k, settle <= due ? 4 : 5, issued, settle * 1440 - offset);
      }
    }
    int promised = promisedFor[i];
    if (promised != NONE && promised >= start && promised <= end && promised <= asOf) {
      field[k] = PROMISES_DUE;
      value[k++] = 1;
      if (settle != NONE && settle <= promised + graceDays) {
        field[k] = PROMISES_KEPT;
        value[k++] = 1;
      }
    }
    if (p == 0 && open > 0 && disputed) {
      field[k] = DISPUTED_OPEN;
      value[k++] = open;
    }
    int base = p * slots;
    for (int s : slot) {
      int at = (base + s) * FIELDS;
      for (int j = 0; j < k; j++) {
        totals[at + field[j]] += value[j];
      }
    }
  }

  /** Adds funnel stage {@code stage} (0 = delivered … 5 = paid late) reached at {@code to}. */
  private static int stage(int[] field, long[] value, int k, int stage, int from, int to) {
    if (to == NONE) {
      return k;
    }
    field[k] = FUNNEL + stage;
    value[k++] = 1;
    if (from != NONE && to >= from) {
      field[k] = TIME_SUM + stage;
      value[k++] = to - from;
      field[k] = TIME_N + stage;
      value[k++] = 1;
    }
    return k;
  }

  static int bucket(int daysPastDue) {
    if (daysPastDue <= 0) {
      return 0;
    }
    if (daysPastDue <= 30) {
      return 1;
    }
    if (daysPastDue <= 60) {
      return 2;
    }
    return daysPastDue <= 90 ? 3 : 4;
  }

  private void currentOnly(
      int i,
      Part part,
      int c,
      int region,
      int issue,
      int due,
      long amount,
      long open,
      int settle,
      int fl,
      boolean disputed,
      int delivered) {
    Totals t = part.totals;
    if (due >= pStart[0] && due <= asOf) {
      long[] arm = t.holdOut[d.customerHoldOut[c] ? 1 : 0];
      arm[0]++;
      arm[5] += amount;
      if (open == 0) {
        arm[1]++;
        if (settle != NONE) {
          long days = settle - issue;
          arm[2]++;
          arm[3] += days;
          arm[4] += days * days;
        } else {
          t.paidWithoutDates++;
        }
      }
    }
    if (delivered != NONE && due >= pStart[1] && due <= asOf) {
      t.qNumerator += amount - open;
      t.qDenominator += amount;
    }
    if (open <= 0) {
      return;
    }
    if (due < asOf) {
      int days = asOf - due;
      part.customerOverdue[c] += open;
      part.customerOverdueInvoices[c]++;
      part.customerRupeeDays[c] += open * days;
      part.customerOldest[c] = Math.max(part.customerOldest[c], days);
    }
    if (msmedApplies) {
      int from = MsmedInterest.statutoryDueDay(issue, due) + 1;
      if (from <= asOf) {
        long interest = MsmedInterest.interestPaise(open, from, asOf, msmedRate);
        t.msmedInvoices++;
        t.msmedPrincipal += open;
        t.msmedInterest += interest;
        long[] least = part.msmed.size() < topLimit ? null : part.msmed.peek();
        if (least == null || interest > least[0]) {
          part.msmed.add(new long[] {interest, i});
          if (part.msmed.size() > topLimit) {
            part.msmed.poll();
          }
        }
      }
    }
    int cell = region * (CHANNELS + 1) + primaryChannel[i];
    if (delivered == NONE && (fl & F_ATTEMPTED) != 0) {
      if (bounces[i] > 0 && bounces[i] >= failures[i]) {
        t.dataStock += open;
        t.dataCells[cell] += open;
      } else if (failures[i] > 0) {
        t.channelStock += open;
        t.channelCells[cell] += open;
      } else if ((fl & F_PENDING) != 0) {
        t.windowStock += open;
        t.windowCells[cell] += open;
      }
    }
    int promised = promisedFor[i];
    if (disputed) {
      t.disputeStock += open;
    } else if ((fl & F_HARDSHIP) != 0 || (promised != NONE && promised + graceDays < asOf)) {
      t.hardshipStock += open;
    } else if (delivered != NONE
        && due < asOf - DORMANT_OVERDUE_DAYS
        && lastQueued[i] < asOfEndMinute - DORMANT_SILENCE_DAYS * 1440
        && (fl & (F_OPTED_OUT | F_OPEN_TASK)) == 0) {
      t.dormantStock += open;
    }
  }

  // ------------------------------------------------------------------ merge

  private void merge(Part[] parts) {
    Part first = parts[0];
    slotTotals = first.slotTotals;
    dailySales = first.dailySales;
    cells = first.cells;
    hours = first.hours;
    customerOverdue = first.customerOverdue;
    customerOverdueInvoices = first.customerOverdueInvoices;
    customerRupeeDays = first.customerRupeeDays;
    customerOldest = first.customerOldest;
    totals.add(first.totals);
    List<long[]> msmed = new ArrayList<>(first.msmed);
    for (int k = 1; k < parts.length; k++) {
      Part p = parts[k];
      addInto(slotTotals, p.slotTotals);
      addInto(dailySales, p.dailySales);
      addInto(cells, p.cells);
      addInto(hours, p.hours);
      addInto(customerOverdue, p.customerOverdue);
      addInto(customerOverdueInvoices, p.customerOverdueInvoices);
      addInto(customerRupeeDays, p.customerRupeeDays);
      for (int c = 0; c < customerOldest.length; c++) {
        customerOldest[c] = Math.max(customerOldest[c], p.customerOldest[c]);
      }
      totals.add(p.totals);
      msmed.addAll(p.msmed);
    }
    msmed.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
    msmedTop.addAll(msmed.subList(0, Math.min(topLimit, msmed.size())));
  }

  private static void addInto(long[] into, long[] from) {
    for (int j = 0; j < into.length; j++) {
      into[j] += from[j];
    }
  }

  /** The value of {@code field} for {@code slot} in period {@code p} (0 current, 1 previous). */
  long get(int p, int slot, int field) {
    return slotTotals[(p * slots + slot) * FIELDS + field];
  }
}
