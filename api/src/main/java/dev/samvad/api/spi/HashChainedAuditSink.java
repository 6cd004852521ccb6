package dev.samvad.api.spi;

import dev.samvad.api.ConflictException;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link AuditSink} that links every entry into its tenant's hash chain ({@link AuditChain}) and
 * writes it to the host's {@link AuditLog}. Use it to keep a tamper-evident trail in the host's own
 * database: {@code Samvad.builder().auditSink(new HashChainedAuditSink(myLog))}.
 *
 * <p>Thread-safe: appends of one tenant are serialised in this instance, so its chain stays linear.
 * Several host nodes may share one log if it refuses a taken sequence with a {@link
 * ConflictException}: the losing node re-reads the head and links again (up to {@value #ATTEMPTS}
 * times before the conflict propagates and fails the audited operation).
 */
public final class HashChainedAuditSink implements AuditSink {
  /** How often an append is linked again after the log refused a taken sequence. */
  static final int ATTEMPTS = 8;

  private final AuditLog log;
  private final Map<TenantId, AuditHead> heads = new ConcurrentHashMap<>();
  private final Map<TenantId, Object> locks = new ConcurrentHashMap<>();

  /**
   * @param log where the chained entries are stored
   * @throws InvalidInputException naming {@code log} when it is null
   */
  public HashChainedAuditSink(AuditLog log) {
    this.log = InvalidInputException.require(log, "log");
  }

  /**
   * Links {@code entry} after the last entry of its tenant and writes it to the log.
   *
   * @throws ConflictException when the log kept refusing the sequence (other nodes keep winning)
   */
  @Override
  public void append(AuditEntry entry) {
    InvalidInputException.require(entry, "entry");
    TenantId tenant = entry.tenant();
    synchronized (locks.computeIfAbsent(tenant, t -> new Object())) {
      for (int attempt = 1; ; attempt++) {
        AuditHead head = heads.computeIfAbsent(tenant, log::head);
        ChainedAuditEntry linked = AuditChain.link(head, entry);
        try {
          log.write(linked);
          heads.put(tenant, AuditHead.after(linked));
          return;
        } catch (ConflictException e) {
          heads.remove(tenant);
          if (attempt == ATTEMPTS) {
            throw e;
          }
        }
      }
    }
  }

  /** Where the tenant's chain ends, as this sink last wrote or read it. */
  public AuditHead head(TenantId tenant) {
    InvalidInputException.require(tenant, "tenant");
    synchronized (locks.computeIfAbsent(tenant, t -> new Object())) {
      return heads.computeIfAbsent(tenant, log::head);
    }
  }
}
