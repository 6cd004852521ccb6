package dev.samvad.examples.jsonapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.channel.Channel;
import dev.samvad.channel.OutboxChannel;
import dev.samvad.channel.OutboxFile;
import dev.samvad.examples.ExitCode;
import dev.samvad.examples.LlmSetup;
import dev.samvad.examples.StoreOption;
import dev.samvad.examples.UsageException;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.examples.portfolio.PortfolioLoader;
import dev.samvad.sdk.JsonApi;
import dev.samvad.sdk.JsonRequest;
import dev.samvad.sdk.JsonResponse;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.Role;
import dev.samvad.sdk.Samvad;
import dev.samvad.sdk.TenantSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code samvad api}: the JSON API of an embedded Samvad, called from a shell. Every call is made
 * in-process through {@link JsonApi#handle}, as a host's web layer would make it, with the caller
 * the host would have authenticated (see {@link #principal}).
 */
public final class ApiCommand {
  /** The tenant used when neither the command line nor the body names one. */
  public static final TenantId DEFAULT_TENANT = new TenantId("demo");

  /** The user id of the command line's caller. */
  public static final String USER = "cli";

  /** The caller's roles. */
  public static final Set<Role> ROLES = Set.of(Role.ADMINISTRATOR);

  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private static final Map<String, String> JSON_HEADERS =
      Map.of("Content-Type", "application/json; charset=utf-8");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  /**
   * A command reading requests from {@code in} and answering on {@code out}, with the language
   * model the process environment names; which one is said once on {@code err}.
   */
  public ApiCommand(InputStream in, PrintStream out, PrintStream err) {
    this(in, out, err, System.getenv());
  }

  /** As above, with the language model {@code env} names ({@link LlmSetup}). */
  public ApiCommand(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
  }

  /** Runs with the arguments after {@code api}; returns the exit code. */
  public int run(List<String> args) {
    ApiOptions options = ApiOptions.parse(args);
    if (options.batch().isPresent()) {
      String source = options.batch().get();
      TenantId tenant = options.tenant().orElse(DEFAULT_TENANT);
      if (source.equals("-")) {
        return batch(options, tenant, in);
      }
      try (InputStream file = Files.newInputStream(Path.of(source))) {
        return batch(options, tenant, file);
      } catch (IOException e) {
        return cannotRead(source, e);
      }
    }
    String body;
    try {
      body = options.body().map(this::readBody).orElse("");
    } catch (UnreadableInput e) {
      return cannotRead(e.source, e.cause);
    }
    TenantId tenant = options.tenant().or(() -> tenantInBody(body)).orElse(DEFAULT_TENANT);
    try (StoreOption store = StoreOption.open(options.store());
        Embedded embedded = embedded(options, tenant, store)) {
      JsonResponse response =
          embedded
              .samvad()
              .jsonApi()
              .handle(request(options.method().get(), options.path().get(), body, tenant));
      String shown = JsonText.pretty(response.body());
      if (!shown.isEmpty()) {
        out.println(shown);
      }
      return ExitCode.forStatus(response.status());
    }
  }

  private int batch(ApiOptions options, TenantId tenant, InputStream source) {
    try (StoreOption store = StoreOption.open(options.store());
        Embedded embedded = embedded(options, tenant, store)) {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8));
      return new BatchRunner(embedded.samvad().jsonApi(), tenant, options.tenant().isPresent(), out)
          .run(reader);
    } catch (IOException e) {
      return cannotRead(options.batch().orElse("-"), e);
    }
  }

  /**
   * The caller the host would have authenticated: the explicit tenant, else a valid {@code
   * tenantId} in the body, else {@link #DEFAULT_TENANT}; always user {@value #USER} with the role
   * {@code administrator}.
   */
  static Principal principal(TenantId tenant) {
    return new Principal(tenant, USER, ROLES);
  }

  static JsonRequest request(String method, String path, String body, TenantId tenant) {
    return new JsonRequest(
        method, path, body.isEmpty() ? Map.of() : JSON_HEADERS, body, principal(tenant));
  }

  /** The body's {@code tenantId} when the body is a JSON object holding a valid one. */
  static Optional<TenantId> tenantInBody(String body) {
    return JsonText.tryParse(body)
        .map(tree -> tree.get("tenantId"))
        .filter(JsonNode::isTextual)
        .flatMap(
            id -> {
              try {
                return Optional.of(new TenantId(id.asText()));
              } catch (InvalidInputException e) {
                return Optional.empty();
              }
            });
  }

  /**
   * Samvad on the chosen store, with the language model the environment names, its campaign
   * messages on every channel going to the {@code --outbox} file or, without one, to an outbox in
   * memory (they are kept as sent, and {@code GET .../executions/{id}} shows them). With {@code
   * --sample} the clock stands on the sample book's "today" and the book is loaded into {@code
   * tenant}, unless a database store already holds customers of that tenant (a second run).
   */
  private Embedded embedded(ApiOptions options, TenantId tenant, StoreOption store) {
    LlmSetup llm = LlmSetup.fromEnvironment(env);
    err.println("samvad: " + llm.description());
    err.flush();
    Optional<Portfolio> portfolio =
        options.sample() ? Optional.of(Portfolio.bundled()) : Optional.empty();
    Clock clock = portfolio.<Clock>map(PortfolioLoader::clockAt).orElse(Clock.system(INDIA));
    Optional<OutboxFile> file = options.outbox().map(path -> outboxFile(path, clock));
    Channel channel =
        file.<Channel>map(OutboxFile::channel)
            .orElseGet(
                () ->
                    OutboxChannel.to(
                        Writer.nullWriter(), clock, OutboxChannel.DEFAULT_REMEMBERED_KEYS));
    Samvad.Builder builder = llm.apply(store.configure(Samvad.builder().clock(clock)));
    for (ChannelKind kind : ChannelKind.values()) {
      builder.channel(kind, channel);
    }
    Samvad samvad = builder.build();
    if (portfolio.isPresent()) {
      TenantSession session = samvad.tenant(tenant);
      if (store.persistent() && !session.customers().isEmpty()) {
        err.println(
            "samvad: tenant " + tenant.value() + " already holds customers; --sample not loaded");
      } else {
        PortfolioLoader.load(portfolio.get(), session);
      }
    }
    return new Embedded(samvad, file);
  }

  private static OutboxFile outboxFile(String path, Clock clock) {
    try {
      return OutboxFile.append(Path.of(path), clock);
    } catch (UncheckedIOException | java.nio.file.InvalidPathException e) {
      throw new UsageException("--outbox: cannot open " + path + ": " + e.getMessage());
    }
  }

  /** The embedded Samvad and the outbox file it writes to, closed together. */
  private record Embedded(Samvad samvad, Optional<OutboxFile> outbox) implements AutoCloseable {
    @Override
    public void close() {
      samvad.close();
      if (outbox.isPresent()) {
        try {
          outbox.get().close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close the outbox", e);
        }
      }
    }
  }

  private String readBody(String source) {
    try {
      return source.equals("-")
          ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(source), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnreadableInput(source, e);
    }
  }

  private int cannotRead(String source, IOException e) {
    String what = source.equals("-") ? "standard input" : source;
    err.println("samvad: cannot read " + what + ": " + describe(e));
    return ExitCode.NO_INPUT;
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static final class UnreadableInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String source;
    final transient IOException cause;

    UnreadableInput(String source, IOException cause) {
      super(cause);
      this.source = source;
      this.cause = cause;
    }
  }
}
