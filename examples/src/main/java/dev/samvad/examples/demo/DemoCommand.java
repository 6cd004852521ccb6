package dev.samvad.examples.demo;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.examples.ExitCode;
import dev.samvad.examples.LlmSetup;
import dev.samvad.examples.Terminal;
import dev.samvad.examples.UsageException;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.examples.portfolio.PortfolioLoader;
import dev.samvad.examples.story.Outbox;
import dev.samvad.sdk.Samvad;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code samvad demo}: Samvad on its embedded defaults (in-memory store; a language model only when
 * {@code DEEPSEEK_API_KEY} is set, see {@link LlmSetup}), loaded with the bundled sample portfolio,
 * telling its story in {@link #CHAPTERS}. Without a key it runs offline, rules only, and says so on
 * its second line.
 *
 * <p>The story ends with sixty simulated days of campaigns on the steppable clock; every message
 * they send, on every channel, goes to one outbox file ({@link #DEFAULT_OUTBOX}, or {@code --outbox
 * PATH}), which each run starts afresh. Keep the whole output within a hundred and ninety lines,
 * about three screens of a terminal: the sixty-day view alone takes a line a day.
 */
public final class DemoCommand {
  /** The tenant the demo works in. */
  public static final TenantId TENANT = new TenantId("demo");

  /** Where the outbox goes without {@code --outbox}: the current directory. */
  public static final Path DEFAULT_OUTBOX = Path.of("samvad-outbox.jsonl");

  /** The story, in order. */
  static final List<Chapter> CHAPTERS =
      List.of(
          new LoadPortfolio(),
          new WhoTheCustomersAre(),
          new Receivables(),
          new LargestOverdue(),
          new SampleReplies(),
          new ProfilesChapter(),
          new RelationshipChapter(),
          new ConstraintChapter(),
          new SixtyDaysChapter(),
          new StoryOutcomeChapter());

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

  /** Runs the demo; {@code args} may only be {@code --outbox PATH}. Returns the exit code. */
  public int run(List<String> args) {
    Path outboxPath = outboxPath(args);
    Portfolio portfolio = Portfolio.bundled();
    SteppableClock clock = PortfolioLoader.clockAt(portfolio);
    Report report = new Report(out, terminal);
    report.title("Samvad demo — receivables follow-up across India, on embedded defaults");
    LlmSetup llm = LlmSetup.fromEnvironment(env);
    report.line(llm.description());
    try (Outbox outbox = Outbox.createAt(outboxPath, clock);
        Samvad samvad = embedded(llm, clock, outbox)) {
      DemoContext context =
          new DemoContext(samvad, clock, samvad.tenant(TENANT), portfolio, Optional.of(outbox));
      for (Chapter chapter : CHAPTERS) {
        report.chapter(chapter.title());
        chapter.tell(context, report);
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the outbox " + outboxPath, e);
    }
    err.flush();
    return ExitCode.OK;
  }

  /** Samvad on its embedded defaults, sending every channel's messages to the outbox. */
  private static Samvad embedded(LlmSetup llm, SteppableClock clock, Outbox outbox) {
    Samvad.Builder builder =
        llm.apply(
            Samvad.builder().clock(clock).collectionSettings(tenant -> DemoSeller.settings()));
    for (ChannelKind kind : ChannelKind.values()) {
      builder.channel(kind, outbox.channel());
    }
    return builder.build();
  }

  private static Path outboxPath(List<String> args) {
    String path;
    if (args.isEmpty()) {
      return DEFAULT_OUTBOX;
    } else if (args.size() == 2 && args.get(0).equals("--outbox")) {
      path = args.get(1);
    } else if (args.size() == 1 && args.get(0).startsWith("--outbox=")) {
      path = args.get(0).substring("--outbox=".length());
    } else if (args.size() == 1 && args.get(0).equals("--outbox")) {
      throw new UsageException("--outbox needs a file path");
    } else {
      throw new UsageException("demo takes only --outbox PATH, got '" + args.get(0) + "'");
    }
    if (path.isBlank()) {
      throw new UsageException("--outbox needs a file path");
    }
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw new UsageException("--outbox: not a file path: " + path);
    }
  }
}
