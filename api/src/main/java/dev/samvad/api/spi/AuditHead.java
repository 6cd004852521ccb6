package dev.samvad.api.spi;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;

/**
 * Where a tenant's audit chain ends: how many entries it has and the hash of the last one. Keep a
 * copy outside the store that holds the chain (a log line, a ticket, another database): with it,
 * {@link AuditChain#verify(java.util.List, AuditHead)} also finds entries cut off the end, and an
 * attacker who rewrites the chain and recomputes every hash after the change.
 *
 * @param tenant the tenant whose chain it is
 * @param size the number of entries; the next entry's sequence
 * @param hash the last entry's hash, or {@link AuditChain#GENESIS} for an empty chain
 */
public record AuditHead(TenantId tenant, long size, String hash) {

  /**
   * Requires every component.
   *
   * @throws InvalidInputException naming the component that is null, or {@code size} when negative
   */
  public AuditHead {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(hash, "hash");
    if (size < 0) {
      throw new InvalidInputException("size", "must not be negative, was " + size);
    }
  }

  /** The head of a tenant's chain before its first entry. */
  public static AuditHead empty(TenantId tenant) {
    return new AuditHead(tenant, 0, AuditChain.GENESIS);
  }

  /** The head after {@code entry}, which must be the chain's last entry. */
  public static AuditHead after(ChainedAuditEntry entry) {
    return new AuditHead(entry.entry().tenant(), entry.sequence() + 1, entry.hash());
  }
}
