package dev.samvad.benchmarks;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Language;
import dev.samvad.api.Money;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.constraint.ConstraintAnalysis;
import dev.samvad.constraint.ConstraintEngine;
import dev.samvad.constraint.ConstraintSettings;
import dev.samvad.constraint.CustomerSegment;
import dev.samvad.constraint.DeliveryFailure;
import dev.samvad.constraint.ExecutionFact;
import dev.samvad.constraint.HoldOutFlag;
import dev.samvad.constraint.InvoiceFact;
import dev.samvad.constraint.PaymentFact;
import dev.samvad.constraint.Portfolio;
import dev.samvad.constraint.ReplyOutcome;
import dev.samvad.constraint.TaskFact;
import dev.samvad.constraint.TaskKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full constraint analysis (KPIs for two periods and every segment, funnels, task queue, levers,
 * insights, MSMED interest) of 1,000,000 invoices and 5,000,000 message executions, plus payments
 * and 200,000 human tasks, generated once per trial with a fixed seed. Target: under 3 s on two
 * cores.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ConstraintBenchmark -f 1 -wi 1 -i 3 -bm
 * ss -jvmArgs -Xmx6g}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ConstraintBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  @Param("1000000")
  public int invoices;

  @Param("5000000")
  public int executions;

  private Portfolio portfolio;
  private ConstraintEngine engine;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20250630L);
    int customers = 50_000;
    Portfolio.Builder b = Portfolio.builder(AS_OF);
    Region[] regions = Region.values();
    Language[] languages = Language.values();
    BusinessSize[] sizes = BusinessSize.values();
    String[] playbooks = {"standard", "gentle", "firm", "retail", "distributor"};
    for (int c = 0; c < customers; c++) {
      b.customer(
          new CustomerId("C" + c),
          new CustomerSegment(
              regions[random.nextInt(regions.length)],
              languages[random.nextInt(languages.length)],
              sizes[random.nextInt(sizes.length)],
              playbooks[random.nextInt(playbooks.length)],
              random.nextInt(10) == 0 ? HoldOutFlag.HOLD_OUT : HoldOutFlag.ADAPTED));
    }
    ChannelKind[] channels = ChannelKind.values();
    double perInvoice = (double) executions / invoices;
    long made = 0;
    for (int k = 0; k < invoices; k++) {
      int c = random.nextInt(customers);
      LocalDate issue = AS_OF.minusDays(random.nextInt(365));
      LocalDate due = issue.plusDays(15 + random.nextInt(4) * 15);
      long paise = 100_00L * (500 + random.nextInt(200_000));
      int payDelay = random.nextInt(120) - 20;
      LocalDate paidOn = due.plusDays(payDelay);
      boolean paid = !paidOn.isAfter(AS_OF) && random.nextInt(10) != 0;
      boolean disputed = !paid && random.nextInt(15) == 0;
      InvoiceId id = new InvoiceId("I" + k);
      b.invoice(
          new InvoiceFact(
              id,
              new CustomerId("C" + c),
              issue,
              due,
              Money.ofPaise(paise),
              paid ? Money.ZERO : Money.ofPaise(paise),
              paid ? InvoiceStatus.PAID : disputed ? InvoiceStatus.DISPUTED : InvoiceStatus.OPEN));
      if (paid) {
        b.payment(new PaymentFact(id, paidOn, Money.ofPaise(paise)));
      }
      long target = Math.round((k + 1) * perInvoice);
      for (; made < target; made++) {
        b.execution(execution(random, id, issue, channels, disputed));
      }
      if (!paid && due.isBefore(AS_OF.minusDays(5)) && random.nextInt(5) == 0) {
        Instant created = at(due.plusDays(3 + random.nextInt(10)), 9);
        if (created.isBefore(at(AS_OF, 18))) {
          b.task(
              random.nextBoolean()
                  ? TaskFact.done(
                      id,
                      TaskKind.CALL,
                      created,
                      created.plusSeconds(3600),
                      created.plusSeconds(7200))
                  : TaskFact.open(id, TaskKind.CALL, created));
        }
      }
    }
    portfolio = b.build();
    engine =
        ConstraintEngine.create(ConstraintSettings.defaults().withTenantSize(BusinessSize.SMALL));
    // Generation leaves gigabytes of garbage and a young portfolio; collect now so that copying
    // the portfolio into the old generation is not billed to the first measured analyses.
    System.gc();
  }

  private static ExecutionFact execution(
      SplittableRandom random,
      InvoiceId id,
      LocalDate issue,
      ChannelKind[] channels,
      boolean disputed) {
    LocalDate day = issue.plusDays(random.nextInt(60));
    if (day.isAfter(AS_OF)) {
      day = AS_OF;
    }
    Instant queued = at(day, 8 + random.nextInt(11));
    ChannelKind channel = channels[random.nextInt(3)];
    int roll = random.nextInt(100);
    if (roll < 2) {
      return ExecutionFact.queued(id, channel, queued);
    }
    ExecutionFact e =
        ExecutionFact.sent(id, channel, queued, queued.plusSeconds(random.nextInt(7200)));
    if (roll < 6) {
      return e.failed(DeliveryFailure.BOUNCED);
    }
    if (roll < 9) {
      return e.failed(DeliveryFailure.FAILED);
    }
    e = e.delivered(queued.plusSeconds(7300));
    if (roll < 60) {
      e = e.read(queued.plusSeconds(9000 + random.nextInt(86_400)));
    }
    if (roll < 70) {
      Instant replied = queued.plusSeconds(100_000);
      if (disputed) {
        return e.replied(ReplyOutcome.DISPUTED, replied);
      }
      return roll < 66
          ? e.promised(day.plusDays(3 + random.nextInt(10)), replied)
          : e.replied(ReplyOutcome.REPLIED, replied);
    }
    return e;
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(IST).toInstant();
  }

  @Benchmark
  public ConstraintAnalysis analyse() {
    return engine.analyze(portfolio);
  }
}
