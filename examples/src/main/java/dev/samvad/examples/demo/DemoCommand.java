package dev.samvad.examples.demo;

import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.examples.ExitCode;
import dev.samvad.examples.Terminal;
import dev.samvad.examples.UsageException;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.examples.portfolio.PortfolioLoader;
import dev.samvad.sdk.Samvad;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code samvad demo}: Samvad on its embedded defaults (in-memory store, no language model), loaded
 * with the bundled sample portfolio, telling its story in {@link #CHAPTERS}.
 *
 * <p>The demo is meant to grow: each engine adds a chapter (cultural profiles, reading the replies,
 * a sixty-day campaign on the steppable clock). Add it to {@link #CHAPTERS} where it belongs in the
 * story; keep the whole output within about a hundred and sixty lines, two screens of a terminal
 * (the profiles chapter, which shows several customers in full, takes about fifty of them).
 */
public final class DemoCommand {
  /** The tenant the demo works in. */
  public static final TenantId TENANT = new TenantId("demo");

  /** The story, in order. */
  static final List<Chapter> CHAPTERS =
      List.of(
          new LoadPortfolio(),
          new WhoTheCustomersAre(),
          new Receivables(),
          new Ageing(),
          new LargestOverdue(),
          new SampleReplies(),
          new ProfilesChapter(),
          new RelationshipChapter(),
          new ConstraintChapter());

  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;

  /** A demo writing to {@code out}. */
  public DemoCommand(PrintStream out, PrintStream err, Terminal terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Runs the demo; {@code args} must be empty. Returns the exit code. */
  public int run(List<String> args) {
    if (!args.isEmpty()) {
      throw new UsageException("demo takes no arguments, got '" + args.get(0) + "'");
    }
    Portfolio portfolio = Portfolio.bundled();
    SteppableClock clock = PortfolioLoader.clockAt(portfolio);
    Report report = new Report(out, terminal);
    report.title("Samvad demo — receivables follow-up across India, on embedded defaults");
    try (Samvad samvad = Samvad.builder().clock(clock).build()) {
      DemoContext context = new DemoContext(samvad, clock, samvad.tenant(TENANT), portfolio);
      for (Chapter chapter : CHAPTERS) {
        report.chapter(chapter.title());
        chapter.tell(context, report);
        out.flush();
      }
    }
    err.flush();
    return ExitCode.OK;
  }
}
