package dev.samvad.orchestration.runtime;

import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.SamvadEvent;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.orchestration.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one unit of work asks to happen beyond the store: audit entries (appended as the unit's last
 * step, so a failing audit fails the unit), host events and optimiser updates (after commit). Made
 * fresh inside each unit of work, because a store may run the work more than once.
 */
final class Effects {
  final List<AuditEntry> audit = new ArrayList<>(2);
  final List<SamvadEvent> events = new ArrayList<>(2);
  final List<Command.Learn> learns = new ArrayList<>(1);
  @Nullable Map<String, long[]> optimiserCounts;

  /** Outbox rows the unit of work inserted, as written. */
  final List<ExecutionRecord> queued = new ArrayList<>(1);

  /** Of those, the ones this worker leased to dispatch as soon as the unit of work commits. */
  final List<Handover> handovers = new ArrayList<>(1);

  /** What an outbox item came to, counted once the unit of work has committed. */
  Tally.@Nullable Count count;

  /** After commit: counts the outcome. */
  void countInto(Tally tally) {
    if (count != null) {
      tally.add(count);
    }
  }
}
