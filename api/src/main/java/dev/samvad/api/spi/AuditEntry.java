package dev.samvad.api.spi;

import dev.samvad.api.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * One audited action: who did what to which resource, when, and why.
 *
 * @param tenant the tenant whose data was touched
 * @param actor the user or component, e.g. {@code user:asha} or {@code runtime:node-1}
 * @param action what was done, e.g. {@code campaign.pause}, {@code message.send}
 * @param target the resource, e.g. {@code customer:C-104}
 * @param at when
 * @param details further facts (reason, channel); never message text or contact details
 */
public record AuditEntry(
    TenantId tenant,
    String actor,
    String action,
    String target,
    Instant at,
    Map<String, String> details) {
  /** Copies {@code details} so the entry stays immutable. */
  public AuditEntry {
    details = Map.copyOf(details);
  }
}
