package dev.samvad.benchmarks;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.model.DeliveryMode;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.relationship.CustomerHistory;
import dev.samvad.relationship.DelayFeatures;
import dev.samvad.relationship.DelayPrediction;
import dev.samvad.relationship.FitOptions;
import dev.samvad.relationship.InvoiceTerms;
import dev.samvad.relationship.LedgerInvoice;
import dev.samvad.relationship.PaymentDelayModel;
import dev.samvad.relationship.RelationshipAnalysis;
import dev.samvad.relationship.RelationshipIntelligence;
import dev.samvad.relationship.ReplySignal;
import dev.samvad.relationship.SyntheticPortfolio;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Relationship intelligence on one thread. Targets (issue 5):
 *
 * <ul>
 *   <li>{@link #analyzeCustomer}: full analysis (behaviour, health with trend, alerts, predictions
 *       for open invoices) of a customer with 200 interactions and 100 payments — at least 20,000
 *       customers/s.
 *   <li>{@link Fit#fitLedger100k}: fitting the delay model on 100,000 ledger invoices — under 5 s.
 *   <li>{@link #predict}: one delay prediction (curve, expected date, interval, explanations
 *       available on demand) from prepared inputs — at least 1,000,000/s; {@link #predictExplained}
 *       also reads the explanations, {@link #probabilityLate} is the bare probability.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RelationshipBenchmark {
  private static final int CUSTOMERS = 64;
  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

  private RelationshipIntelligence intelligence;
  private CustomerHistory[] histories;
  private Instant asOf;
  private PaymentDelayModel model;
  private DelayFeatures[] features;
  private InvoiceTerms[] terms;
  private LocalDate today;
  private int next;

  @Setup
  public void setUp() {
    intelligence = RelationshipIntelligence.builder().build();
    model = intelligence.model();
    histories = new CustomerHistory[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
      histories[c] = customer(c);
    }
    asOf = LocalDate.of(2027, 1, 1).atStartOfDay(IST).toInstant();
    today = LocalDate.of(2027, 1, 1);
    features = new DelayFeatures[CUSTOMERS];
    terms = new InvoiceTerms[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
      terms[c] =
          new InvoiceTerms(
              today,
              today.plusDays(30),
              Money.ofRupees(10_000 + 1_000L * c),
              DeliveryMode.ELECTRONIC);
      features[c] = model.features(histories[c], terms[c]);
    }
  }

  /**
   * A customer with 100 invoices each settled by one payment (100 payments) and 200 interactions:
   * 100 reminders and 100 replies, with reply signals on the replies.
   */
  static CustomerHistory customer(int index) {
    SplittableRandom rnd = new SplittableRandom(index);
    CustomerId id = new CustomerId("bench-" + index);
    CustomerHistory.Builder b = CustomerHistory.builder(id).statedPreference(ChannelKind.WHATSAPP);
    LocalDate start = LocalDate.of(2025, 1, 1);
    int baseLate = rnd.nextInt(40) - 5;
    for (int i = 0; i < 100; i++) {
      LocalDate issue = start.plusDays(7L * i);
      LocalDate due = issue.plusDays(30);
      int late = baseLate + rnd.nextInt(21) - 10;
      LocalDate paid = due.plusDays(late);
      if (paid.isBefore(issue)) {
        paid = issue;
      }
      boolean settled = i < 95;
      InvoiceId invoiceId = new InvoiceId(id.value() + "-" + i);
      Money amount = Money.ofRupees(5_000 + rnd.nextInt(50_000));
      b.invoice(
          ImmutableInvoice.builder()
              .id(invoiceId)
              .customerId(id)
              .number(new InvoiceNumber("B" + index + "/" + i))
              .issueDate(issue)
              .dueDate(due)
              .amount(amount)
              .tax(Money.ZERO)
              .status(settled ? InvoiceStatus.PAID : InvoiceStatus.OPEN)
              .deliveryMode(rnd.nextInt(4) == 0 ? DeliveryMode.PAPER : DeliveryMode.ELECTRONIC)
              .build());
      if (settled) {
        b.payment(
            ImmutablePayment.builder()
                .id(new PaymentId(id.value() + "-p" + i))
                .customerId(id)
                .amount(amount)
                .receivedOn(paid)
                .mode(PaymentMode.UPI)
                .addAllocations(
                    ImmutablePaymentAllocation.builder()
                        .invoiceId(invoiceId)
                        .amount(amount)
                        .build())
                .build());
      } else {
        b.payment(
            ImmutablePayment.builder()
                .id(new PaymentId(id.value() + "-p" + i))
                .customerId(id)
                .amount(Money.ofRupees(1_000))
                .receivedOn(due)
                .mode(PaymentMode.UPI)
                .build());
      }
      ChannelKind channel = ChannelKind.values()[rnd.nextInt(3)];
      Instant sent = due.atTime(9 + rnd.nextInt(10), 0).toInstant(IST);
      Instant reply = sent.plusSeconds(600 + rnd.nextInt(200_000));
      b.interaction(message(id, i * 2, channel, Direction.OUTBOUND, sent));
      b.interaction(message(id, i * 2 + 1, channel, Direction.INBOUND, reply));
      double polarity = rnd.nextDouble() * 2 - 1;
      if (i % 4 == 0) {
        b.reply(
            ReplySignal.promise(
                reply, channel, polarity, due.plusDays(rnd.nextInt(20)), Optional.empty()));
      } else if (i % 25 == 0) {
        b.reply(ReplySignal.dispute(reply, channel, -0.5));
      } else {
        b.reply(ReplySignal.tone(reply, channel, polarity));
      }
    }
    return b.build();
  }

  private static dev.samvad.api.model.Interaction message(
      CustomerId id, int seq, ChannelKind channel, Direction direction, Instant at) {
    return ImmutableInteraction.builder()
        .id(new InteractionId(id.value() + "-m" + seq))
        .customerId(id)
        .channel(channel)
        .direction(direction)
        .occurredAt(at)
        .build();
  }

  @Benchmark
  public RelationshipAnalysis analyzeCustomer() {
    CustomerHistory h = histories[next];
    next = (next + 1) % CUSTOMERS;
    return intelligence.analyze(h, asOf);
  }

  @Benchmark
  public DelayPrediction predict() {
    int i = next;
    next = (next + 1) % CUSTOMERS;
    return model.predict(features[i], terms[i], today);
  }

  /**
   * {@link #predict} and then reading its explanations, which the prediction works out on first
   * access: what a caller pays who shows why.
   */
  @Benchmark
  public int predictExplained() {
    int i = next;
    next = (next + 1) % CUSTOMERS;
    DelayPrediction p = model.predict(features[i], terms[i], today);
    return p.explanations().get(0).contributions().size();
  }

  @Benchmark
  public double probabilityLate() {
    int i = next;
    next = (next + 1) % CUSTOMERS;
    return model.probabilityLate(features[i], 30);
  }

  /** Fitting on a 100,000-invoice ledger (about 1,150 synthetic customers over four years). */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public static class Fit {
    List<LedgerInvoice> rows;

    @Setup(Level.Trial)
    public void setUp() {
      rows = new ArrayList<>();
      for (CustomerHistory h :
          SyntheticPortfolio.generate(11, 1_150, LocalDate.of(2025, 1, 1), 48)) {
        rows.addAll(LedgerInvoice.fromHistory(h));
      }
      if (rows.size() > 100_000) {
        rows = new ArrayList<>(rows.subList(0, 100_000));
      }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PaymentDelayModel fitLedger100k() {
      if (rows.size() != 100_000) {
        throw new IllegalStateException("expected 100,000 rows, have " + rows.size());
      }
      return PaymentDelayModel.fitLedger(rows, LocalDate.of(2029, 1, 1), FitOptions.defaults());
    }
  }
}
