package dev.samvad.examples.demo;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.examples.ExitCode;
import dev.samvad.examples.LlmSetup;
import dev.samvad.examples.StoreOption;
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
   * Runs the demo. {@code args} may hold {@code --outbox PATH} (where every message goes) and
   * {@code --store URL} (keep the book in that PostgreSQL database under a new tenant {@code
   * demo-YYYYMMDD-HHMMSS}). Returns the exit code.
   */
  public int run(List<String> args) {
    Options options = Options.parse(args);
    Portfolio portfolio = Portfolio.bundled();
    SteppableClock clock = PortfolioLoader.clockAt(portfolio);
    Report report = new Report(out, terminal);
    try (StoreOption store = StoreOption.open(options.store())) {
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
      try (Outbox outbox = Outbox.createAt(options.outbox(), clock);
          Samvad samvad = embedded(llm, store, clock, outbox)) {
        DemoContext context =
            new DemoContext(
                samvad,
                clock,
                samvad.tenant(tenant),
                portfolio,
                store.description(),
                Optional.of(outbox));
        for (Chapter chapter : CHAPTERS) {
          report.chapter(chapter.title());
          chapter.tell(context, report);
          out.flush();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the outbox " + options.outbox(), e);
      }
    }
    err.flush();
    return ExitCode.OK;
  }

  /** Samvad on the chosen store and model, sending every channel's messages to the outbox. */
  private static Samvad embedded(
      LlmSetup llm, StoreOption store, SteppableClock clock, Outbox outbox) {
    Samvad.Builder builder =
        llm.apply(
            store.configure(
                Samvad.builder().clock(clock).collectionSettings(tenant -> DemoSeller.settings())));
    for (ChannelKind kind : ChannelKind.values()) {
      builder.channel(kind, outbox.channel());
    }
    return builder.build();
  }

  /**
   * The demo's command line.
   *
   * @param outbox where the messages go
   * @param store the {@code --store} JDBC URL, if given
   */
  record Options(Path outbox, Optional<String> store) {
    static Options parse(List<String> args) {
      Path outbox = DEFAULT_OUTBOX;
      Optional<String> store = Optional.empty();
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        int eq = arg.indexOf('=');
        String flag = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
        if (!flag.equals("--outbox") && !flag.equals("--store")) {
          throw new UsageException(
              "demo takes only --outbox PATH and --store URL, got '" + arg + "'");
        }
        String value;
        if (eq > 0 && arg.startsWith("--")) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException(
              flag.equals("--store")
                  ? "--store needs a value, e.g. jdbc:postgresql://localhost/samvad"
                  : "--outbox needs a file path");
        }
        if (value.isBlank()) {
          throw new UsageException(flag + " needs a value");
        }
        if (flag.equals("--store")) {
          store = Optional.of(value);
        } else {
          outbox = path(value);
        }
      }
      return new Options(outbox, store);
    }

    private static Path path(String value) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new UsageException("--outbox: not a file path: " + value);
      }
    }
  }
}
