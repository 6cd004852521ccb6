package dev.samvad.examples;

import dev.samvad.api.InvalidInputException;
import dev.samvad.sdk.Samvad;
import dev.samvad.storage.jdbc.JdbcStore;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --store} option of {@code samvad demo} and {@code samvad api}: without it Samvad keeps
 * its state in memory for the one command; with {@code --store
 * jdbc:postgresql://host/db?user=…&password=…} it keeps it in that PostgreSQL database through
 * {@link JdbcStore} (the schema is migrated on first use). Close it after the {@link Samvad} built
 * on it: a store passed to {@link Samvad.Builder#store} belongs to the caller.
 */
public final class StoreOption implements AutoCloseable {
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
    if (url.isEmpty()) {
      return new StoreOption(null, "in-memory (embedded default)");
    }
    try {
      return new StoreOption(
          JdbcStore.connect(url.get(), 4), "PostgreSQL " + withoutQuery(url.get()));
    } catch (InvalidInputException e) {
      throw new UsageException("--store: " + e.problem());
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
