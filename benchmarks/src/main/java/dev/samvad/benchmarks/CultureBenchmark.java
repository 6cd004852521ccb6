package dev.samvad.benchmarks;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.Money;
import dev.samvad.api.PinCode;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.AdaptationPlanner;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RelationshipContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The culture engine's targets: a profile from scratch (at least 50,000/s on one thread), plan +
 * render of one SMS for a cached profile (at least 100,000/s), and loading the reference tables
 * (single shot; under 200 ms).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar
 * 'CultureBenchmark.(profile|planAndRender)' -f 1 -wi 3 -i 3 -w 2s -r 3s} and {@code java -jar
 * benchmarks/target/benchmarks.jar CultureBenchmark.loadReferenceData -f 5 -bm ss -wi 0 -i 1 -tu
 * ms}
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CultureBenchmark {
  private static final Instant NOW = Instant.parse("2026-10-05T05:30:00Z");

  private CulturalProfiler profiler;
  private AdaptationPlanner planner;
  private MessageRenderer renderer;
  private ProfileInput input;
  private CulturalProfile profile;
  private MessageFacts facts;
  private RelationshipContext context;

  @Setup
  public void setUp() {
    profiler = CulturalProfiler.standard();
    planner = AdaptationPlanner.create(ReferenceData.bundled());
    renderer = MessageRenderer.bundled();
    String first14 = "27AAPFU0939F1Z";
    input =
        new ProfileInput.Builder(new CustomerId("C-1"))
            .gstin(new Gstin(first14 + Gstin.checkCharacter(first14)))
            .pin(new PinCode("411001"))
            .location("Pune, Maharashtra")
            .size(BusinessSize.SMALL)
            .businessType("trader")
            .reply("Payment kal tak kar denge sir, thoda time dijiye", ChannelKind.WHATSAPP, NOW)
            .reply("Invoice mil gaya, check karke bhejte hain", ChannelKind.WHATSAPP, NOW)
            .build();
    profile = profiler.profile(input, NOW);
    facts =
        MessageFacts.builder()
            .sellerName("Acme Fabrics")
            .customerName("Ganesh Traders")
            .contactName("Suresh")
            .invoiceNumber("INV/26/104")
            .amount(Money.parseRupees("125000.50"))
            .dueDate(LocalDate.of(2026, 9, 15))
            .asOf(LocalDate.of(2026, 10, 5))
            .upi("acme@okaxis", "Acme Fabrics")
            .build();
    context = RelationshipContext.firstContact(LocalDate.of(2026, 10, 5));
  }

  /** A full profile: location, replies' language, style, channels, hours, calendar. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  public CulturalProfile profileFromScratch() {
    return profiler.profile(input, NOW);
  }

  /** Plan and render one SMS for a cached profile. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  public void planAndRender(Blackhole bh) {
    AdaptationPlan plan = planner.plan(profile, MessageIntent.GENTLE_OVERDUE, context);
    bh.consume(renderer.render(plan, facts, ChannelKind.SMS));
  }

  /** Loading every reference table from the jar, once. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ReferenceData loadReferenceData() {
    return ReferenceData.loadBundledTables();
  }
}
