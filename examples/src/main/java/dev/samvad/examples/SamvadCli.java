package dev.samvad.examples;

import dev.samvad.api.UnavailableException;
import dev.samvad.examples.demo.DemoCommand;
import dev.samvad.examples.jsonapi.ApiCommand;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code samvad} command. {@link #main} only wires the process's streams and exits; {@link
 * #run} does the work and returns the exit code, so tests call it in-process.
 *
 * <p>Output is always UTF-8, whatever the platform default, because the sample data and replies are
 * in a dozen Indian scripts.
 */
public final class SamvadCli {

  static final String USAGE =
      """
      Usage: samvad <command> [options]

      Commands:
        demo [--outbox PATH] [--store URL]
                 Load the bundled sample portfolio into an embedded Samvad, summarise it, then
                 run 60 simulated days of campaigns; every message goes to the outbox file
                 (default ./samvad-outbox.jsonl, replaced on each run), one JSON line each.
        api METHOD PATH [--tenant ID] [--body FILE|-] [--sample] [--outbox FILE] [--store URL]
                 Make one JSON API call in-process and print the response body.
        api --batch FILE.jsonl|- [--tenant ID] [--sample] [--outbox FILE] [--store URL]
                 Make one call per input line {"method","path","tenant","body"} in one process,
                 printing one line {"status","body"} per call; '-' reads standard input and
                 answers each line before reading the next. State (customers, invoices,
                 campaigns, tasks) lives in memory for the whole batch, or in --store.
        help     Show this help.

      The caller is tenant --tenant, else the body's tenantId, else 'demo'; user 'cli', role
      administrator. The API starts empty; --sample loads the sample portfolio into that tenant
      and sets the clock to its date (else the system clock). Campaign messages on every channel
      go to --outbox FILE as JSON lines (appended), else to an outbox in memory.

      --store jdbc:postgresql://HOST[:PORT]/DB?user=U&password=P keeps the state in that
      PostgreSQL database (migrated on first use) instead of in memory for one command, so
      later commands see it. With --store, demo loads into a new tenant demo-YYYYMMDD-HHMMSS
      each run, and api --sample loads the sample only into a tenant that holds no customers.

      Exit codes: 0 all 2xx, 1 a 4xx answer, 2 a 5xx answer, 64 bad command line,
      66 unreadable input file, 69 the --store database is unreachable, 70 internal failure.
      """;

  private SamvadCli() {}

  /** Runs the command with the process's streams and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = utf8(new FileOutputStream(FileDescriptor.out));
    PrintStream err = utf8(new FileOutputStream(FileDescriptor.err));
    int code;
    try {
      code = run(args, System.in, out, err, Terminal.detect());
    } finally {
      out.flush();
      err.flush();
    }
    System.exit(code);
  }

  /** Runs the command with plain (uncoloured) output; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Terminal.PLAIN);
  }

  /** Runs the command; returns the exit code (see {@link ExitCode}). Never calls System.exit. */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    String command = args.length == 0 ? "" : args[0];
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(USAGE);
      out.flush();
      return ExitCode.OK;
    }
    try {
      return switch (command) {
        case "demo" -> new DemoCommand(out, err, terminal).run(rest);
        case "api" -> new ApiCommand(in, out, err).run(rest);
        case "help", "-h", "--help" -> {
          out.print(USAGE);
          yield ExitCode.OK;
        }
        case "" -> throw new UsageException("no command given");
        default -> throw new UsageException("unknown command '" + command + "'");
      };
    } catch (UsageException e) {
      err.println("samvad: " + e.getMessage());
      err.println();
      err.print(USAGE);
      return ExitCode.USAGE;
    } catch (UnavailableException e) {
      err.println("samvad: " + e.getMessage());
      return ExitCode.UNAVAILABLE;
    } catch (RuntimeException e) {
      err.println("samvad: internal failure: " + e);
      for (StackTraceElement frame : e.getStackTrace()) {
        err.println("    at " + frame);
      }
      return ExitCode.SOFTWARE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static PrintStream utf8(FileOutputStream stream) {
    return new PrintStream(
        new BufferedOutputStream(stream, 1 << 16), false, StandardCharsets.UTF_8);
  }
}
