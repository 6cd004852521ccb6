package dev.samvad.api.spi;

import dev.samvad.api.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened inside Samvad that a host may want to react to (an alert raised, a
 * campaign finished, the language model switched off for a tenant).
 *
 * @param tenant the tenant concerned
 * @param type a stable dotted name, e.g. {@code campaign.completed}
 * @param at when it happened
 * @param attributes the event's facts
 */
public record SamvadEvent(
    TenantId tenant, String type, Instant at, Map<String, String> attributes) {
  /** Copies {@code attributes} so the event stays immutable. */
  public SamvadEvent {
    attributes = Map.copyOf(attributes);
  }
}
