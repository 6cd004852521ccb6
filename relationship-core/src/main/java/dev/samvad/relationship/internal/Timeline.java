package dev.samvad.relationship.internal;

import dev.samvad.api.model.DeliveryMode;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentAllocation;
import dev.samvad.relationship.CustomerHistory;
import dev.samvad.relationship.LedgerInvoice;
import dev.samvad.relationship.ReplySignal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer's history compiled into sorted primitive arrays: days are epoch days in India
 * Standard Time, instants are epoch seconds. Every engine reads this form, so a history is compiled
 * once per analysis and each question is a scan or a binary search. Immutable after construction
 * (the arrays are never handed out to callers outside this package tree).
 */
public final class Timeline {
  /** Settlement day of an invoice that is still open. */
  public static final int OPEN = Integer.MAX_VALUE;

  /** Marker for "no promised day". */
  public static final int NO_PROMISE = Integer.MIN_VALUE;

  /** India Standard Time offset; India has no daylight saving. */
  public static final int IST_SECONDS = 19_800;

  public final String customerId;

  // Invoices, sorted by issue day then due day.
  public final int invoiceCount;
  public final int[] issue;
  public final int[] due;
  public final int[] settled;
  public final long[] paise;
  public final double[] logPaise;
  public final boolean[] disputed;
  public final boolean[] paper;
  public final int[] parts;
  public final String[] invoiceLabel;

  // Payments, sorted by day; paymentCum[i] is the total of the first i payments.
  public final int paymentCount;
  public final int[] payDay;
  public final long[] payPaise;
  public final long[] paymentCum;

  // Interactions, sorted by time.
  public final int messageCount;
  public final long[] msgAt;
  public final byte[] msgChannel;
  public final boolean[] msgInbound;

  // Reply signals, sorted by time.
  public final int replyCount;
  public final long[] replyAt;
  public final double[] polarity;
  public final int[] promiseDay;
  public final long[] promisePaise;
  public final boolean[] replyDispute;

  /** First day of the relationship; {@link #OPEN} when nothing is known. */
  public final int firstDay;

  public final int statedChannel;

  /**
   * For each message, the index of the next inbound message after it ({@code -1} when none): the
   * reply that may answer it. Independent of any as-of time; {@link Signals#responseSeconds} limits
   * it to the messages seen by then.
   */
  public final int[] nextInbound;

  /**
   * For each reply with a promise, the first day on which payments from the reply's day reach the
   * promised amount ({@link #OPEN} when they never do); lets {@link Signals#promiseOutcome} answer
   * for any day without summing payments again.
   */
  public final int[] promiseMetDay;

  private Timeline(String customerId, Raw raw, int since, int statedChannel) {
    this.customerId = customerId;
    this.statedChannel = statedChannel;

    // Each section is adopted as it came when it was already in order (the usual case), and
    // permuted into new arrays otherwise.
    invoiceCount = raw.invoices;
    int[] io = raw.invoiceOrder();
    issue = take(raw.issue, io, invoiceCount);
    due = take(raw.due, io, invoiceCount);
    settled = take(raw.settled, io, invoiceCount);
    paise = take(raw.paise, io, invoiceCount);
    disputed = take(raw.disputed, io, invoiceCount);
    paper = take(raw.paper, io, invoiceCount);
    parts = take(raw.parts, io, invoiceCount);
    invoiceLabel = take(raw.label, io, invoiceCount);
    logPaise = new double[invoiceCount];
    for (int i = 0; i < invoiceCount; i++) {
      logPaise[i] = Math.log(paise[i]);
    }

    paymentCount = raw.payments;
    int[] po = raw.paymentOrder();
    long[] days = take(raw.payDayKey, po, paymentCount);
    payPaise = take(raw.payPaise, po, paymentCount);
    payDay = new int[paymentCount];
    paymentCum = new long[paymentCount + 1];
    for (int i = 0; i < paymentCount; i++) {
      payDay[i] = (int) days[i];
      paymentCum[i + 1] = paymentCum[i] + payPaise[i];
    }

    messageCount = raw.messages;
    int[] mo = KeySort.order(raw.msgSecond, raw.msgNanoKind, null, messageCount);
    msgAt = take(raw.msgSecond, mo, messageCount);
    msgChannel = new byte[messageCount];
    msgInbound = new boolean[messageCount];
    for (int i = 0; i < messageCount; i++) {
      long kind = raw.msgNanoKind[mo == null ? i : mo[i]];
      msgChannel[i] = (byte) (kind & 0xff);
      msgInbound[i] = ((kind >> 8) & 0xff) == Direction.INBOUND.ordinal();
    }
    nextInbound = new int[messageCount];
    int next = -1;
    for (int i = messageCount - 1; i >= 0; i--) {
      nextInbound[i] = next;
      if (msgInbound[i]) {
        next = i;
      }
    }

    replyCount = raw.replies;
    int[] ro = KeySort.order(raw.replySecond, raw.replyNano, raw.replyPolarityKey, replyCount);
    replyAt = take(raw.replySecond, ro, replyCount);
    polarity = take(raw.polarity, ro, replyCount);
    promiseDay = take(raw.promiseDay, ro, replyCount);
    promisePaise = take(raw.promisePaise, ro, replyCount);
    replyDispute = take(raw.replyDispute, ro, replyCount);
    promiseMetDay = new int[replyCount];
    for (int r = 0; r < replyCount; r++) {
      promiseMetDay[r] = promiseDay[r] == NO_PROMISE ? OPEN : firstDayPaid(r);
    }

    int first = since;
    if (invoiceCount > 0) {
      first = Math.min(first, issue[0]);
    }
    if (messageCount > 0) {
      first = Math.min(first, day(msgAt[0]));
    }
    this.firstDay = first;
  }

  /**
   * The first day on which payments from the day of reply {@code r} add up to what it promised (any
   * payment when no amount was named); {@link #OPEN} when they never do. Payments are positive, so
   * the running total only grows and a binary search over it finds the day.
   */
  private int firstDayPaid(int r) {
    int a = countBelow(payDay, paymentCount, day(replyAt[r]));
    long needed = promisePaise[r] > 0 ? promisePaise[r] : 1;
    long target = paymentCum[a] + needed;
    // smallest b in (a, paymentCount] with paymentCum[b] >= target
    int lo = a + 1;
    int hi = paymentCount + 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (paymentCum[mid] < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > paymentCount ? OPEN : payDay[lo - 1];
  }

  /** Compiles a full customer history. */
  public static Timeline of(CustomerHistory history) {
    List<Invoice> all = history.invoices();
    int n = all.size();
    Map<String, Integer> byId = new HashMap<>(Math.max(16, n * 2));
    Invoice[] kept = new Invoice[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      Invoice invoice = all.get(i);
      if (invoice.status() == InvoiceStatus.CANCELLED) {
        continue;
      }
      byId.put(invoice.id().value(), k);
      kept[k++] = invoice;
    }
    long[] allocated = new long[k];
    int[] settledOn = new int[k];
    int[] parts = new int[k];
    Arrays.fill(settledOn, OPEN);

    List<Payment> pays = history.payments();
    Raw raw = new Raw(k, pays.size(), history.interactions().size(), history.replies().size());
    for (int i = 0; i < pays.size(); i++) {
      Payment p = pays.get(i);
      raw.payDayKey[i] = p.receivedOn().toEpochDay();
      raw.payPaise[i] = p.amount().paise();
    }
    raw.payments = pays.size();
    // Allocations are applied day by day; within a day their order cannot change the day an
    // invoice is settled, nor its count of parts.
    int[] po = raw.paymentOrder();
    for (int q = 0; q < raw.payments; q++) {
      int v = po == null ? q : po[q];
      Payment p = pays.get(v);
      int day = (int) raw.payDayKey[v];
      List<PaymentAllocation> allocations = p.allocations();
      for (int j = 0; j < allocations.size(); j++) {
        PaymentAllocation a = allocations.get(j);
        Integer idx = byId.get(a.invoiceId().value());
        if (idx == null) {
          continue;
        }
        int i = idx;
        allocated[i] += a.amount().paise();
        parts[i]++;
        if (settledOn[i] == OPEN && allocated[i] >= kept[i].amount().paise()) {
          settledOn[i] = day;
        }
      }
    }
    for (int i = 0; i < k; i++) {
      Invoice v = kept[i];
      int settled = settledOn[i];
      if (settled == OPEN && v.status() == InvoiceStatus.PAID) {
        continue; // paid, but we cannot tell when: no timing evidence
      }
      raw.invoice(
          (int) v.issueDate().toEpochDay(),
          (int) v.dueDate().toEpochDay(),
          settled,
          v.amount().paise(),
          v.status() == InvoiceStatus.DISPUTED,
          v.deliveryMode() == DeliveryMode.PAPER,
          Math.max(1, parts[i]),
          v.number().value());
    }

    List<Interaction> messages = history.interactions();
    for (int i = 0; i < messages.size(); i++) {
      Interaction m = messages.get(i);
      Instant at = m.occurredAt();
      raw.msgSecond[i] = at.getEpochSecond();
      raw.msgNanoKind[i] =
          (long) at.getNano() << 16 | m.direction().ordinal() << 8 | m.channel().ordinal();
    }
    raw.messages = messages.size();

    List<ReplySignal> replies = history.replies();
    for (int i = 0; i < replies.size(); i++) {
      ReplySignal r = replies.get(i);
      raw.replySecond[i] = r.at().getEpochSecond();
      raw.replyNano[i] = r.at().getNano();
      raw.replyPolarityKey[i] = KeySort.doubleKey(r.polarity());
      raw.polarity[i] = r.polarity();
      raw.promiseDay[i] =
          r.promisedDate().isPresent() ? (int) r.promisedDate().get().toEpochDay() : NO_PROMISE;
      raw.promisePaise[i] = r.promisedAmount().isPresent() ? r.promisedAmount().get().paise() : 0L;
      raw.replyDispute[i] = r.dispute();
    }
    raw.replies = replies.size();

    int since =
        history.customerSince().isPresent()
            ? (int) history.customerSince().get().toEpochDay()
            : OPEN;
    return new Timeline(
        history.customerId().value(),
        raw,
        since,
        history.statedPreference().map(Enum::ordinal).orElse(-1));
  }

  /**
   * Compiles one customer's ledger rows; each settled row stands for one payment of its amount on
   * its settlement day.
   */
  public static Timeline ofLedger(String customerId, List<LedgerInvoice> rows) {
    Raw raw = new Raw(rows.size(), rows.size(), 0, 0);
    for (int r = 0; r < rows.size(); r++) {
      LedgerInvoice row = rows.get(r);
      int settled = row.settledOn().isPresent() ? (int) row.settledOn().get().toEpochDay() : OPEN;
      raw.invoice(
          (int) row.invoiceDate().toEpochDay(),
          (int) row.dueDate().toEpochDay(),
          settled,
          row.amount().paise(),
          row.disputed(),
          row.deliveryMode() == DeliveryMode.PAPER,
          1,
          "row-" + r);
      if (settled != OPEN) {
        raw.payDayKey[raw.payments] = settled;
        raw.payPaise[raw.payments] = row.amount().paise();
        raw.payments++;
      }
    }
    return new Timeline(customerId, raw, OPEN, -1);
  }

  // The first n entries of a in the given order (null: as they are).

  private static int[] take(int[] a, int[] order, int n) {
    if (order == null) {
      return a.length == n ? a : Arrays.copyOf(a, n);
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private static long[] take(long[] a, int[] order, int n) {
    if (order == null) {
      return a.length == n ? a : Arrays.copyOf(a, n);
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private static double[] take(double[] a, int[] order, int n) {
    if (order == null) {
      return a.length == n ? a : Arrays.copyOf(a, n);
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private static boolean[] take(boolean[] a, int[] order, int n) {
    if (order == null) {
      return a.length == n ? a : Arrays.copyOf(a, n);
    }
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private static String[] take(String[] a, int[] order, int n) {
    if (order == null) {
      return a.length == n ? a : Arrays.copyOf(a, n);
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  /** Epoch day in India of an epoch second. */
  public static int day(long epochSecond) {
    return (int) Math.floorDiv(epochSecond + IST_SECONDS, 86_400L);
  }

  /** Epoch day in India of an instant. */
  public static int day(Instant instant) {
    return day(instant.getEpochSecond());
  }

  /** Hour of day (0–23) in India of an epoch second. */
  public static int hour(long epochSecond) {
    return (int) (Math.floorMod(epochSecond + IST_SECONDS, 86_400L) / 3600);
  }

  /** Day of week, Monday = 0, of an epoch day. */
  public static int weekday(int epochDay) {
    return Math.floorMod(epochDay + 3, 7);
  }

  /**
   * Year, month and day of month of an epoch day, packed as {@code year << 9 | month << 5 | day}
   * (read with {@link #month} and {@link #dayOfMonth}): the arithmetic of {@link
   * LocalDate#ofEpochDay} without building a date, for loops over every payment.
   */
  public static int civil(int epochDay) {
    if (epochDay >= -719_468 && epochDay < 4_000_000) {
      // years 0 to about 12,900: the same arithmetic fits in int, without long division
      int zeroDay = epochDay + 719_468;
      int yearEst = (400 * zeroDay + 591) / 146_097;
      int doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
      if (doyEst < 0) {
        yearEst--;
        doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
      }
      int marchMonth0 = (doyEst * 5 + 2) / 153;
      int month = (marchMonth0 + 2) % 12 + 1;
      int dom = doyEst - (marchMonth0 * 306 + 5) / 10 + 1;
      yearEst += marchMonth0 / 10;
      return yearEst << 9 | month << 5 | dom;
    }
    long zeroDay = epochDay + 719_528L - 60;
    long adjust = 0;
    if (zeroDay < 0) {
      long adjustCycles = (zeroDay + 1) / 146_097 - 1;
      adjust = adjustCycles * 400;
      zeroDay += -adjustCycles * 146_097;
    }
    long yearEst = (400 * zeroDay + 591) / 146_097;
    long doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    if (doyEst < 0) {
      yearEst--;
      doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    }
    yearEst += adjust;
    int marchDoy0 = (int) doyEst;
    int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
    int month = (marchMonth0 + 2) % 12 + 1;
    int dom = marchDoy0 - (marchMonth0 * 306 + 5) / 10 + 1;
    yearEst += marchMonth0 / 10;
    return (int) yearEst << 9 | month << 5 | dom;
  }

  /** Month (1–12) of a {@link #civil} value. */
  public static int month(int civil) {
    return (civil >> 5) & 15;
  }

  /** Day of month of a {@link #civil} value. */
  public static int dayOfMonth(int civil) {
    return civil & 31;
  }

  /** Length of the month of a {@link #civil} value, as {@link LocalDate#lengthOfMonth}. */
  public static int lengthOfMonth(int civil) {
    int month = month(civil);
    if (month == 2) {
      int year = civil >> 9;
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** The date of an epoch day. */
  public static LocalDate date(int epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }

  /** Number of entries of a sorted array strictly below {@code key}. */
  public static int countBelow(int[] sorted, int length, int key) {
    int lo = 0;
    int hi = length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Number of entries of a sorted array strictly below {@code key}. */
  public static int countBelow(long[] sorted, int length, long key) {
    int lo = 0;
    int hi = length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Total paid on days in {@code [fromDay, toDay]}. */
  public long paidBetween(int fromDay, int toDay) {
    if (toDay < fromDay) {
      return 0;
    }
    int a = countBelow(payDay, paymentCount, fromDay);
    int b = countBelow(payDay, paymentCount, toDay + 1);
    return paymentCum[b] - paymentCum[a];
  }

  /**
   * Days late of invoice {@code i} as it could be seen on the morning of {@code day}: final when it
   * was settled before {@code day}; "at least this late" ({@code day - due}) when it was still open
   * and past due; {@link Integer#MIN_VALUE} when nothing was known yet (open and not yet due).
   */
  public int observedLateness(int i, int day) {
    if (settled[i] < day) {
      return settled[i] - due[i];
    }
    if (due[i] < day) {
      return day - due[i];
    }
    return Integer.MIN_VALUE;
  }

  /** A history before sorting, as parallel arrays. */
  private static final class Raw {
    int invoices;
    final int[] issue;
    final int[] due;
    final int[] settled;
    final long[] paise;
    final boolean[] disputed;
    final boolean[] paper;
    final int[] parts;
    final String[] label;

    int payments;
    final long[] payDayKey;
    final long[] payPaise;

    int messages;
    final long[] msgSecond;
    final long[] msgNanoKind; // nanosecond << 16 | direction ordinal << 8 | channel ordinal

    int replies;
    final long[] replySecond;
    final long[] replyNano;
    final long[] replyPolarityKey;
    final double[] polarity;
    final int[] promiseDay;
    final long[] promisePaise;
    final boolean[] replyDispute;

    Raw(int invoices, int payments, int messages, int replies) {
      issue = new int[invoices];
      due = new int[invoices];
      settled = new int[invoices];
      paise = new long[invoices];
      disputed = new boolean[invoices];
      paper = new boolean[invoices];
      parts = new int[invoices];
      label = new String[invoices];
      payDayKey = new long[payments];
      payPaise = new long[payments];
      msgSecond = new long[messages];
      msgNanoKind = new long[messages];
      replySecond = new long[replies];
      replyNano = new long[replies];
      replyPolarityKey = new long[replies];
      polarity = new double[replies];
      promiseDay = new int[replies];
      promisePaise = new long[replies];
      replyDispute = new boolean[replies];
    }

    void invoice(
        int issueDay,
        int dueDay,
        int settledDay,
        long amount,
        boolean isDisputed,
        boolean onPaper,
        int partCount,
        String name) {
      int i = invoices++;
      issue[i] = issueDay;
      due[i] = dueDay;
      settled[i] = settledDay;
      paise[i] = amount;
      disputed[i] = isDisputed;
      paper[i] = onPaper;
      parts[i] = partCount;
      label[i] = name;
    }

    private int[] paymentOrder;
    private boolean paymentsOrdered;

    /** Payments by day, then amount; null when they are in that order already. */
    int[] paymentOrder() {
      if (!paymentsOrdered) {
        paymentOrder = KeySort.order(payDayKey, payPaise, null, payments);
        paymentsOrdered = true;
      }
      return paymentOrder;
    }

    private int compareInvoices(int a, int b) {
      int c = Integer.compare(issue[a], issue[b]);
      if (c == 0) {
        c = Integer.compare(due[a], due[b]);
      }
      if (c == 0) {
        c = Long.compare(paise[a], paise[b]);
      }
      if (c == 0) {
        c = Integer.compare(settled[a], settled[b]);
      }
      return c != 0 ? c : label[a].compareTo(label[b]);
    }

    /**
     * Invoices by issue day, due day, amount, settlement day, then label; null when they are in
     * that order already.
     */
    int[] invoiceOrder() {
      int n = invoices;
      boolean sorted = true;
      for (int i = 1; i < n && sorted; i++) {
        sorted = compareInvoices(i - 1, i) <= 0;
      }
      if (sorted) {
        return null;
      }
      long[] k1 = new long[n];
      long[] k2 = new long[n];
      long[] k3 = new long[n];
      for (int i = 0; i < n; i++) {
        k1[i] = KeySort.pair(issue[i], due[i]);
        k2[i] = paise[i];
        k3[i] = settled[i];
      }
      int[] order = KeySort.order(k1, k2, k3, n);
      if (order == null) {
        order = new int[n];
        for (int i = 0; i < n; i++) {
          order[i] = i;
        }
      }
      // the label settles ties of everything else: sort each (rare) run of equal keys by it
      for (int s = 0; s < n; ) {
        int e = s + 1;
        while (e < n
            && k1[order[e]] == k1[order[s]]
            && k2[order[e]] == k2[order[s]]
            && k3[order[e]] == k3[order[s]]) {
          e++;
        }
        for (int i = s + 1; i < e; i++) {
          int v = order[i];
          int j = i - 1;
          while (j >= s && label[order[j]].compareTo(label[v]) > 0) {
            order[j + 1] = order[j];
            j--;
          }
          order[j + 1] = v;
        }
        s = e;
      }
      return order;
    }
  }
}
