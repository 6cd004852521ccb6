package dev.samvad.api.spi;

/**
 * Where Samvad writes its audit trail. Append-only: implementations must never change or drop an
 * entry they accepted. {@link #append} is called on the thread doing the work, so it should be
 * quick; a failure propagates and fails the audited operation.
 */
@FunctionalInterface
public interface AuditSink {
  /** Records one entry. */
  void append(AuditEntry entry);
}
