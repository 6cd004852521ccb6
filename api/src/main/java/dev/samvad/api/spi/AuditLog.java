package dev.samvad.api.spi;

import dev.samvad.api.TenantId;

/**
 * Durable storage for hash-chained audit entries, which a {@link HashChainedAuditSink} writes to: a
 * table with a unique key on (tenant, sequence), a file per tenant, an append-only log service.
 * Implementations must be thread-safe.
 */
public interface AuditLog {
  /**
   * Where the tenant's chain ends now: the last stored entry's sequence + 1 and hash, or {@link
   * AuditHead#empty} when the tenant has no entry yet.
   */
  AuditHead head(TenantId tenant);

  /**
   * Stores {@code entry} after the tenant's current last entry. Must refuse, by throwing {@link
   * dev.samvad.api.ConflictException}, an entry whose sequence is already taken (another host node
   * wrote first); the sink then re-reads the head and links the entry again. Must never change or
   * delete a stored entry.
   */
  void write(ChainedAuditEntry entry);
}
