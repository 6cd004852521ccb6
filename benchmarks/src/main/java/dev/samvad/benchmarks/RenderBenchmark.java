package dev.samvad.benchmarks;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.Directness;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageLint;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.MsmeClaim;
import dev.samvad.culture.PersuasionStyle;
import dev.samvad.culture.RenderedMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rendering throughput for a cached plan: one e-mail plus one SMS per operation (the target
 * is at least 100,000 messages a second on one thread). Templates are compiled at load, so this
 * measures fact formatting (ICU money, dates, the UPI link, the MSMED clause for firm notices) and
 * concatenation. {@code renderAndLint} adds the standard approach lint to the e-mail.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RenderBenchmark -f 1 -wi 2 -i 3 -w 2s
 * -r 3s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RenderBenchmark {
  @Param({"hi", "en", "ta"})
  public String language;

  @Param({"GENTLE_OVERDUE", "FIRM_OVERDUE"})
  public String intent;

  private MessageRenderer renderer;
  private AdaptationPlan plan;
  private MessageFacts facts;
  private MessageLint lint;
  private ZonedDateTime sendAt;

  @Setup
  public void setUp() {
    renderer = MessageRenderer.bundled();
    lint = MessageLint.standard();
    plan =
        new AdaptationPlan(
            MessageIntent.valueOf(intent),
            LanguageForm.parse(language),
            Formality.SEMI_FORMAL,
            MessageIntent.valueOf(intent).tone(),
            Directness.values()[0],
            PersuasionStyle.values()[0],
            List.of(),
            List.of());
    facts =
        MessageFacts.builder()
            .sellerName("Sharma Textiles")
            .customerName("Gupta Traders")
            .contactName("Ramesh Gupta")
            .invoiceNumber("INV-2026/0042")
            .amount(Money.ofPaise(12_345_650))
            .dueDate(LocalDate.of(2026, 11, 15))
            .asOf(LocalDate.of(2026, 12, 5))
            .upi("sharmatex@okhdfcbank", "Sharma Textiles")
            .msme(
                new MsmeClaim(
                    BusinessSize.MICRO, new BigDecimal("6.50"), LocalDate.of(2026, 10, 20)))
            .build();
    sendAt = ZonedDateTime.of(2026, 12, 5, 11, 0, 0, 0, ZoneId.of("Asia/Kolkata"));
    // Load the catalogue and lexicon before measuring.
    lint.validate(ApproachContext.of(renderer.render(plan, facts, ChannelKind.EMAIL), sendAt));
  }

  /** One e-mail and one SMS for the same plan and facts. */
  @Benchmark
  public void renderEmailAndSms(Blackhole bh) {
    bh.consume(renderer.render(plan, facts, ChannelKind.EMAIL));
    bh.consume(renderer.render(plan, facts, ChannelKind.SMS));
  }

  /** One WhatsApp template message with its variables. */
  @Benchmark
  public RenderedMessage renderWhatsApp() {
    return renderer.render(plan, facts, ChannelKind.WHATSAPP);
  }

  /** One e-mail, then the standard lint over it (lexicon of fourteen languages included). */
  @Benchmark
  public Object renderAndLint() {
    RenderedMessage email = renderer.render(plan, facts, ChannelKind.EMAIL);
    return lint.validate(ApproachContext.of(email, sendAt).withFacts(facts));
  }
}
