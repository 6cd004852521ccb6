package dev.samvad.api.spi;

import dev.samvad.api.TenantId;
import java.util.ArrayList;
import java.util.List;

/** The embedded default audit trail: a thread-safe, append-only list kept in memory. */
public final class InMemoryAuditSink implements AuditSink {
  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(AuditEntry entry) {
    entries.add(entry);
  }

  /** A snapshot of the entries of {@code tenant}, oldest first. */
  public synchronized List<AuditEntry> entries(TenantId tenant) {
    return entries.stream().filter(e -> e.tenant().equals(tenant)).toList();
  }
}
