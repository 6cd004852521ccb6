package dev.samvad.examples.demo;

import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.examples.ExitCode;
import dev.samvad.examples.LlmSetup;
import dev.samvad.examples.StoreOption;
import dev.samvad.examples.Terminal;
import dev.samvad.examples.UsageException;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.examples.portfolio.PortfolioLoader;
import dev.samvad.sdk.Samvad;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code samvad demo}: Samvad on its embedded defaults (in-memory store; a language model only when
 * {@code DEEPSEEK_API_KEY} is set, see {@link LlmSetup}), or on a PostgreSQL database named with
 * {@code --store}, loaded with the bundled sample portfolio, telling its story in {@link
 * #CHAPTERS}. Without a key it runs offline, rules only, and says so on its second line.
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

  private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;
  private final Map<String, String> env;

  /** A demo writing to {@code out}, with the language model the process environment names. */
  public DemoCommand(PrintStream out, PrintStream err, Terminal terminal) {
    this(out, err, terminal, System.getenv());
  }

  /**
   * A demo writing to {@code out}, with the language model {@code env} names ({@link LlmSetup}).
   */
  public DemoCommand(PrintStream out, PrintStream err, Terminal terminal, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.env = Map.copyOf(env);
  }

  /**
   * Runs the demo. {@code args} is empty, or {@code --store URL} to keep the book in that
   * PostgreSQL database under a new tenant {@code demo-YYYYMMDD-HHMMSS}. Returns the exit code.
   */
  public int run(List<String> args) {
    Optional<String> storeUrl = storeUrl(args);
    Portfolio portfolio = Portfolio.bundled();
    SteppableClock clock = PortfolioLoader.clockAt(portfolio);
    Report report = new Report(out, terminal);
    try (StoreOption store = StoreOption.open(storeUrl)) {
      // A database keeps earlier runs' books: each run gets a tenant of its own.
      TenantId tenant =
          store.persistent()
              ? new TenantId("demo-" + LocalDateTime.now(ZoneOffset.UTC).format(RUN_STAMP))
              : TENANT;
      report.title(
          "Samvad demo — receivables follow-up across India, on "
              + (store.persistent() ? "PostgreSQL" : "embedded defaults"));
      LlmSetup llm = LlmSetup.fromEnvironment(env);
      report.line(llm.description());
      try (Samvad samvad = llm.apply(store.configure(Samvad.builder().clock(clock))).build()) {
        DemoContext context =
            new DemoContext(samvad, clock, samvad.tenant(tenant), portfolio, store.description());
        for (Chapter chapter : CHAPTERS) {
          report.chapter(chapter.title());
          chapter.tell(context, report);
          out.flush();
        }
      }
    }
    err.flush();
    return ExitCode.OK;
  }

  private static Optional<String> storeUrl(List<String> args) {
    if (args.isEmpty()) {
      return Optional.empty();
    }
    String first = args.get(0);
    if (first.startsWith("--store=") && args.size() == 1) {
      return Optional.of(first.substring("--store=".length()));
    }
    if (first.equals("--store") && args.size() == 2) {
      return Optional.of(args.get(1));
    }
    if (first.equals("--store") && args.size() == 1) {
      throw new UsageException("--store needs a value, e.g. jdbc:postgresql://localhost/samvad");
    }
    throw new UsageException("demo takes only --store URL, got '" + String.join(" ", args) + "'");
  }
}
