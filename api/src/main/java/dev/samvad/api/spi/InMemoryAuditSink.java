package dev.samvad.api.spi;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded default audit trail: each tenant's entries kept in memory as a hash chain ({@link
 * AuditChain}), so {@link #verify} can show that nothing was changed, inserted, reordered or
 * removed. Lost on restart; a host that must keep its trail passes a {@link HashChainedAuditSink}
 * over its own {@link AuditLog} instead. Thread-safe.
 */
public final class InMemoryAuditSink implements AuditSink {
  private final Map<TenantId, List<ChainedAuditEntry>> chains = new HashMap<>();

  @Override
  public synchronized void append(AuditEntry entry) {
    InvalidInputException.require(entry, "entry");
    List<ChainedAuditEntry> chain = chains.computeIfAbsent(entry.tenant(), t -> new ArrayList<>());
    AuditHead head =
        chain.isEmpty()
            ? AuditHead.empty(entry.tenant())
            : AuditHead.after(chain.get(chain.size() - 1));
    chain.add(AuditChain.link(head, entry));
  }

  /** A snapshot of the entries of {@code tenant}, oldest first. */
  public synchronized List<AuditEntry> entries(TenantId tenant) {
    return chain(tenant).stream().map(ChainedAuditEntry::entry).toList();
  }

  /** A snapshot of the chain of {@code tenant}, oldest first, with sequences and hashes. */
  public synchronized List<ChainedAuditEntry> chain(TenantId tenant) {
    return List.copyOf(chains.getOrDefault(tenant, List.of()));
  }

  /** Where the chain of {@code tenant} ends now; record it elsewhere to detect truncation later. */
  public synchronized AuditHead head(TenantId tenant) {
    List<ChainedAuditEntry> chain = chains.getOrDefault(tenant, List.of());
    return chain.isEmpty() ? AuditHead.empty(tenant) : AuditHead.after(chain.get(chain.size() - 1));
  }

  /** Verifies the chain of {@code tenant} against its current head. */
  public synchronized AuditVerification verify(TenantId tenant) {
    return AuditChain.verify(chain(tenant), head(tenant));
  }
}
