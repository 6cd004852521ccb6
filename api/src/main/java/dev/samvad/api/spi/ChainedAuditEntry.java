package dev.samvad.api.spi;

import dev.samvad.api.InvalidInputException;

/**
 * One {@link AuditEntry} as it sits in a tenant's hash chain: its position, the hash of the entry
 * before it and its own hash. Store all four together; {@link AuditChain#verify} recomputes every
 * hash from the stored values, so an entry changed, inserted, removed or moved afterwards is found.
 *
 * @param sequence the position in the tenant's chain, from 0, without gaps
 * @param entry what was audited
 * @param previousHash the {@link #hash} of the entry at {@code sequence - 1}, or {@link
 *     AuditChain#GENESIS} for the first entry
 * @param hash {@link AuditChain#hash(long, String, AuditEntry)} of the other three, 64 lowercase
 *     hex digits
 */
public record ChainedAuditEntry(long sequence, AuditEntry entry, String previousHash, String hash) {

  /**
   * Requires every component.
   *
   * @throws InvalidInputException naming the component that is null, or {@code sequence} when
   *     negative
   */
  public ChainedAuditEntry {
    InvalidInputException.require(entry, "entry");
    InvalidInputException.require(previousHash, "previousHash");
    InvalidInputException.require(hash, "hash");
    if (sequence < 0) {
      throw new InvalidInputException("sequence", "must not be negative, was " + sequence);
    }
  }
}
