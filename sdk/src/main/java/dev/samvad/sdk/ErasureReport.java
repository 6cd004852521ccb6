package dev.samvad.sdk;

import dev.samvad.api.CustomerId;
import java.time.Instant;
import java.util.Map;

/**
 * What {@link TenantSession#erase} did.
 *
 * @param customerId the customer, whose id stays as the pseudonymous link of their invoices and
 *     payments
 * @param reason why: {@code request} (the customer asked) or {@code purpose-ended}
 * @param at when
 * @param removed how many of each kind of record were removed or stripped of personal data, e.g.
 *     {@code interactions}, {@code campaigns}, {@code executions}, {@code profiles}
 * @param kept how many financial records stay, linked to the pseudonymous customer: {@code
 *     invoices}, {@code payments}
 */
public record ErasureReport(
    CustomerId customerId,
    String reason,
    Instant at,
    Map<String, Integer> removed,
    Map<String, Integer> kept) {

  /** Copies the maps. */
  public ErasureReport {
    removed = Map.copyOf(removed);
    kept = Map.copyOf(kept);
  }
}
