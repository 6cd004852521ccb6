package dev.samvad.api.store;

/**
 * A stored value and its version. Versions start at 1 on insert and grow by one on every update;
 * pass the version you read to {@link Repository#update} to detect concurrent changes.
 *
 * @param value the value
 * @param version its version, at least 1
 */
public record Versioned<V>(V value, long version) {
  /** Checks the version is positive. */
  public Versioned {
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
  }
}
