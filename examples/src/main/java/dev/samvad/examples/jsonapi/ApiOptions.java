package dev.samvad.examples.jsonapi;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.examples.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of {@code samvad api}, parsed and checked. Flags take their value either as the
 * next argument or after {@code =} ({@code --tenant acme}, {@code --tenant=acme}).
 *
 * @param method the HTTP method of a single call
 * @param path the path of a single call
 * @param tenant the tenant given with {@code --tenant}
 * @param body the {@code --body} source: a file name or {@code -} for standard input
 * @param batch the {@code --batch} source: a file name or {@code -} for standard input
 * @param sample whether to load the sample portfolio first
 * @param outbox the {@code --outbox} file campaign messages are appended to; without it they are
 *     kept in memory only
 * @param store the {@code --store} JDBC URL, or empty for the in-memory store
 */
record ApiOptions(
    Optional<String> method,
    Optional<String> path,
    Optional<TenantId> tenant,
    Optional<String> body,
    Optional<String> batch,
    boolean sample,
    Optional<String> outbox,
    Optional<String> store) {

  static ApiOptions parse(List<String> args) {
    List<String> positional = new ArrayList<>();
    Optional<TenantId> tenant = Optional.empty();
    Optional<String> body = Optional.empty();
    Optional<String> batch = Optional.empty();
    Optional<String> outbox = Optional.empty();
    Optional<String> store = Optional.empty();
    boolean sample = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String flag = eq < 0 ? arg : arg.substring(0, eq);
      if (flag.equals("--sample")) {
        if (eq >= 0) {
          throw new UsageException("--sample takes no value");
        }
        sample = true;
        continue;
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException(flag + " needs a value");
      }
      switch (flag) {
        case "--tenant" -> tenant = Optional.of(tenant(value));
        case "--body" -> body = Optional.of(nonEmpty(flag, value));
        case "--batch" -> batch = Optional.of(nonEmpty(flag, value));
        case "--outbox" -> outbox = Optional.of(nonEmpty(flag, value));
        case "--store" -> store = Optional.of(value);
        default -> throw new UsageException("unknown option " + flag + " for 'api'");
      }
    }
    if (batch.isPresent()) {
      if (!positional.isEmpty() || body.isPresent()) {
        throw new UsageException(
            "--batch takes its requests from the file; drop METHOD, PATH and --body");
      }
      return new ApiOptions(
          Optional.empty(), Optional.empty(), tenant, body, batch, sample, outbox, store);
    }
    if (positional.size() != 2) {
      throw new UsageException(
          positional.size() < 2
              ? "api needs METHOD and PATH, e.g. samvad api GET /api/v1/customers"
              : "unexpected argument '" + positional.get(2) + "'");
    }
    return new ApiOptions(
        Optional.of(positional.get(0)),
        Optional.of(positional.get(1)),
        tenant,
        body,
        batch,
        sample,
        outbox,
        store);
  }

  private static TenantId tenant(String value) {
    try {
      return new TenantId(value);
    } catch (InvalidInputException e) {
      throw new UsageException("--tenant: " + e.problem());
    }
  }

  private static String nonEmpty(String flag, String value) {
    if (value.isEmpty()) {
      throw new UsageException(flag + " needs a file name or '-'");
    }
    return value;
  }
}
