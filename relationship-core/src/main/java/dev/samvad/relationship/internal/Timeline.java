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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

  private Timeline(
      String customerId,
      List<Inv> invoices,
      List<long[]> payments,
      List<Interaction> messages,
      List<ReplySignal> replies,
      int since,
      int statedChannel) {
    this.customerId = customerId;
    this.statedChannel = statedChannel;
    invoices.sort(
        Comparator.<Inv>comparingInt(i -> i.issue)
            .thenComparingInt(i -> i.due)
            .thenComparingLong(i -> i.paise)
            .thenComparingInt(i -> i.settled)
            .thenComparing(i -> i.label));
    invoiceCount = invoices.size();
    issue = new int[invoiceCount];
    due = new int[invoiceCount];
    settled = new int[invoiceCount];
    paise = new long[invoiceCount];
    logPaise = new double[invoiceCount];
    disputed = new boolean[invoiceCount];
    paper = new boolean[invoiceCount];
    parts = new int[invoiceCount];
    invoiceLabel = new String[invoiceCount];
    for (int i = 0; i < invoiceCount; i++) {
      Inv v = invoices.get(i);
      issue[i] = v.issue;
      due[i] = v.due;
      settled[i] = v.settled;
      paise[i] = v.paise;
      logPaise[i] = Math.log(v.paise);
      disputed[i] = v.disputed;
      paper[i] = v.paper;
      parts[i] = v.parts;
      invoiceLabel[i] = v.label;
    }
    payments.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
    paymentCount = payments.size();
    payDay = new int[paymentCount];
    payPaise = new long[paymentCount];
    paymentCum = new long[paymentCount + 1];
    for (int i = 0; i < paymentCount; i++) {
      payDay[i] = (int) payments.get(i)[0];
      payPaise[i] = payments.get(i)[1];
      paymentCum[i + 1] = paymentCum[i] + payPaise[i];
    }
    Interaction[] msgs = messages.toArray(new Interaction[0]);
    Arrays.sort(
        msgs,
        Comparator.comparing(Interaction::occurredAt)
            .thenComparing(m -> m.direction())
            .thenComparing(m -> m.channel()));
    messageCount = msgs.length;
    msgAt = new long[messageCount];
    msgChannel = new byte[messageCount];
    msgInbound = new boolean[messageCount];
    for (int i = 0; i < messageCount; i++) {
      msgAt[i] = msgs[i].occurredAt().getEpochSecond();
      msgChannel[i] = (byte) msgs[i].channel().ordinal();
      msgInbound[i] = msgs[i].direction() == Direction.INBOUND;
    }
    ReplySignal[] rs = replies.toArray(new ReplySignal[0]);
    Arrays.sort(
        rs, Comparator.comparing(ReplySignal::at).thenComparingDouble(ReplySignal::polarity));
    replyCount = rs.length;
    replyAt = new long[replyCount];
    polarity = new double[replyCount];
    promiseDay = new int[replyCount];
    promisePaise = new long[replyCount];
    replyDispute = new boolean[replyCount];
    for (int i = 0; i < replyCount; i++) {
      replyAt[i] = rs[i].at().getEpochSecond();
      polarity[i] = rs[i].polarity();
      promiseDay[i] = rs[i].promisedDate().map(d -> (int) d.toEpochDay()).orElse(NO_PROMISE);
      promisePaise[i] = rs[i].promisedAmount().map(m -> m.paise()).orElse(0L);
      replyDispute[i] = rs[i].dispute();
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

  /** Compiles a full customer history. */
  public static Timeline of(CustomerHistory history) {
    Map<String, Integer> byId = new HashMap<>();
    List<Invoice> kept = new ArrayList<>();
    for (Invoice invoice : history.invoices()) {
      if (invoice.status() == InvoiceStatus.CANCELLED) {
        continue;
      }
      byId.put(invoice.id().value(), kept.size());
      kept.add(invoice);
    }
    long[] allocated = new long[kept.size()];
    int[] settledOn = new int[kept.size()];
    int[] parts = new int[kept.size()];
    Arrays.fill(settledOn, OPEN);
    Payment[] pays = history.payments().toArray(new Payment[0]);
    Arrays.sort(pays, Comparator.comparing(Payment::receivedOn).thenComparing(p -> p.id().value()));
    List<long[]> payments = new ArrayList<>(pays.length);
    for (Payment p : pays) {
      int day = (int) p.receivedOn().toEpochDay();
      payments.add(new long[] {day, p.amount().paise()});
      for (PaymentAllocation a : p.allocations()) {
        Integer idx = byId.get(a.invoiceId().value());
        if (idx == null) {
          continue;
        }
        int i = idx;
        allocated[i] += a.amount().paise();
        parts[i]++;
        if (settledOn[i] == OPEN && allocated[i] >= kept.get(i).amount().paise()) {
          settledOn[i] = day;
        }
      }
    }
    List<Inv> invoices = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Invoice v = kept.get(i);
      int settled = settledOn[i];
      if (settled == OPEN && v.status() == InvoiceStatus.PAID) {
        continue; // paid, but we cannot tell when: no timing evidence
      }
      invoices.add(
          new Inv(
              (int) v.issueDate().toEpochDay(),
              (int) v.dueDate().toEpochDay(),
              settled,
              v.amount().paise(),
              v.status() == InvoiceStatus.DISPUTED,
              v.deliveryMode() == DeliveryMode.PAPER,
              Math.max(1, parts[i]),
              v.number().value()));
    }
    int since = history.customerSince().map(d -> (int) d.toEpochDay()).orElse(OPEN);
    return new Timeline(
        history.customerId().value(),
        invoices,
        payments,
        history.interactions(),
        history.replies(),
        since,
        history.statedPreference().map(Enum::ordinal).orElse(-1));
  }

  /**
   * Compiles one customer's ledger rows; each settled row stands for one payment of its amount on
   * its settlement day.
   */
  public static Timeline ofLedger(String customerId, List<LedgerInvoice> rows) {
    List<Inv> invoices = new ArrayList<>(rows.size());
    List<long[]> payments = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      LedgerInvoice row = rows.get(r);
      int settled = row.settledOn().map(d -> (int) d.toEpochDay()).orElse(OPEN);
      invoices.add(
          new Inv(
              (int) row.invoiceDate().toEpochDay(),
              (int) row.dueDate().toEpochDay(),
              settled,
              row.amount().paise(),
              row.disputed(),
              row.deliveryMode() == DeliveryMode.PAPER,
              1,
              "row-" + r));
      if (settled != OPEN) {
        payments.add(new long[] {settled, row.amount().paise()});
      }
    }
    return new Timeline(customerId, invoices, payments, List.of(), List.of(), OPEN, -1);
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

  private record Inv(
      int issue,
      int due,
      int settled,
      long paise,
      boolean disputed,
      boolean paper,
      int parts,
      String label) {}
}
