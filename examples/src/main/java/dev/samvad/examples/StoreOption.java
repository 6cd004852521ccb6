package dev.samvad.examples;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.spi.InMemoryKeyProvider;
import dev.samvad.sdk.Samvad;
import dev.samvad.storage.jdbc.JdbcStore;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --store} option of {@code samvad demo} and {@code samvad api}: without it Samvad keeps
 * its state in memory for the one command; with {@code --store
 * jdbc:postgresql://host/db?user=…&password=…} it keeps it in that PostgreSQL database through
 * {@link JdbcStore} (the schema is migrated on first use). Close it after the {@link Samvad} built
 * on it: a store passed to {@link Samvad.Builder#store} belongs to the caller.
 *
 * <p>When the environment variable {@value #DATA_KEY} holds a base64 secret of at least 32 bytes
 * ({@code openssl rand -base64 32}), the database store seals message text, contact details and
 * judgements with tenant keys derived from it ({@link InMemoryKeyProvider#derivedFrom}); without
 * it, it keeps them in clear. An example of wiring keys for a tool, not key management: a
 * production host gives {@link JdbcStore.Builder#keyProvider} its own KMS-backed provider.
 */
public final class StoreOption implements AutoCloseable {
  /** The environment variable with the example master secret for field encryption. */
  public static final String DATA_KEY = "SAMVAD_DATA_KEY";

  private final @Nullable JdbcStore store;
  private final String description;

  private StoreOption(@Nullable JdbcStore store, String description) {
    this.store = store;
    this.description = description;
  }

  /**
   * Opens the store named on the command line, if any.
   *
   * @param url the value of {@code --store}, or empty for the in-memory default
   * @throws UsageException when the URL is not a PostgreSQL JDBC URL or names an unsuitable
   *     database
   * @throws dev.samvad.api.UnavailableException when the database cannot be reached
   */
  public static StoreOption open(Optional<String> url) {
    return open(url, Optional.ofNullable(System.getenv(DATA_KEY)));
  }

  /**
   * Opens the store named on the command line, sealing fields with keys derived from {@code
   * dataKey} (base64) when given.
   *
   * @throws UsageException also when {@code dataKey} is not base64 of at least 32 bytes
   */
  public static StoreOption open(Optional<String> url, Optional<String> dataKey) {
    if (url.isEmpty()) {
      return new StoreOption(null, "in-memory (embedded default)");
    }
    Optional<InMemoryKeyProvider> keys = dataKey.map(StoreOption::keysFrom);
    String where = "PostgreSQL " + withoutQuery(url.get());
    try {
      return keys.isPresent()
          ? new StoreOption(
              JdbcStore.connect(url.get(), 4, keys.get()), where + ", sensitive fields sealed")
          : new StoreOption(JdbcStore.connect(url.get(), 4), where);
    } catch (InvalidInputException e) {
      throw new UsageException("--store: " + e.problem());
    }
  }

  private static InMemoryKeyProvider keysFrom(String base64) {
    try {
      return InMemoryKeyProvider.derivedFrom(Base64.getDecoder().decode(base64.strip()));
    } catch (IllegalArgumentException | InvalidInputException e) {
      throw new UsageException(
          DATA_KEY + " must be base64 of at least 32 random bytes (openssl rand -base64 32)");
    }
  }

  /** Whether a database was named, so state outlives the command. */
  public boolean persistent() {
    return store != null;
  }

  /** Where state is kept, for people: the URL without its user and password. */
  public String description() {
    return description;
  }

  /** {@code builder}, set to use this store when one was named. */
  public Samvad.Builder configure(Samvad.Builder builder) {
    return store == null ? builder : builder.store(store);
  }

  /** Closes the database store's connection pool; nothing for the in-memory default. */
  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }

  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return (query < 0 ? url : url.substring(0, query)).substring("jdbc:".length());
  }
}
