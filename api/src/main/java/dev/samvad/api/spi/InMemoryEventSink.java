package dev.samvad.api.spi;

import dev.samvad.api.TenantId;
import java.util.ArrayList;
import java.util.List;

/** The embedded default event sink: keeps events in memory for inspection. Thread-safe. */
public final class InMemoryEventSink implements EventSink {
  private final List<SamvadEvent> events = new ArrayList<>();

  @Override
  public synchronized void publish(SamvadEvent event) {
    events.add(event);
  }

  /** A snapshot of the events of {@code tenant}, oldest first. */
  public synchronized List<SamvadEvent> events(TenantId tenant) {
    return events.stream().filter(e -> e.tenant().equals(tenant)).toList();
  }
}
