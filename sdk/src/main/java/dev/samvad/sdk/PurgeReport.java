package dev.samvad.sdk;

import java.time.Instant;
import java.util.Map;

/**
 * What a retention purge did.
 *
 * @param at the time the periods were counted back from
 * @param tenants how many tenants were swept
 * @param purged per {@link RetentionPolicy.DataKind}, how many records lost their expired data
 */
public record PurgeReport(Instant at, int tenants, Map<RetentionPolicy.DataKind, Integer> purged) {

  /** Copies the map. */
  public PurgeReport {
    purged = Map.copyOf(purged);
  }
}
