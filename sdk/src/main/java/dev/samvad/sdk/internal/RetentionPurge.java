package dev.samvad.sdk.internal;

import dev.samvad.api.TenantId;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.Repository;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.runtime.ExecutionStatus;
import dev.samvad.sdk.RetentionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Retention: removes the personal data that has outlived its period in one tenant. */
final class RetentionPurge {
  private static final int BATCH = DataRights.BATCH;

  private final TenantId tenant;
  private final TenantStore store;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;
  private final Runnable forgetCaches;

  RetentionPurge(
      TenantId tenant,
      TenantStore store,
      Clock clock,
      AuditSink audit,
      String actor,
      Runnable forgetCaches) {
    this.tenant = tenant;
    this.store = store;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
    this.forgetCaches = forgetCaches;
  }

  /**
   * Removes what has outlived {@code policy} at {@code now}: blanks the text of old interactions,
   * deletes old profiles and the settled executions of old messages. Works in batches of {@value
   * #BATCH}, one unit of work each; time grows with the tenant's data.
   */
  Map<RetentionPolicy.DataKind, Integer> purge(RetentionPolicy policy, Instant now) {
    Map<RetentionPolicy.DataKind, Integer> purged = new EnumMap<>(RetentionPolicy.DataKind.class);
    Instant textCutoff = now.minus(policy.period(RetentionPolicy.DataKind.MESSAGE_TEXT));
    purged.put(
        RetentionPolicy.DataKind.MESSAGE_TEXT,
        sweep(
            UnitOfWork::interactions,
            i -> i.occurredAt().isBefore(textCutoff) && !i.text().isEmpty(),
            (uow, row) ->
                uow.interactions()
                    .update(ImmutableInteraction.copyOf(row.value()).withText(""), row.version())));
    Instant profileCutoff = now.minus(policy.period(RetentionPolicy.DataKind.PROFILES));
    Predicate<ProfileDocument> oldProfile = p -> p.analysedAt().isBefore(profileCutoff);
    int profiles =
        sweep(
            UnitOfWork::culturalProfiles,
            oldProfile,
            (uow, row) -> uow.culturalProfiles().delete(row.value().customerId(), row.version()));
    profiles +=
        sweep(
            UnitOfWork::relationshipProfiles,
            oldProfile,
            (uow, row) ->
                uow.relationshipProfiles().delete(row.value().customerId(), row.version()));
    purged.put(RetentionPolicy.DataKind.PROFILES, profiles);
    Instant executionCutoff = now.minus(policy.period(RetentionPolicy.DataKind.EXECUTION_CONTENT));
    purged.put(
        RetentionPolicy.DataKind.EXECUTION_CONTENT,
        sweep(
            UnitOfWork::executions,
            e ->
                e.createdAt().isBefore(executionCutoff)
                    && !e.campaignId().value().startsWith("samvad-")
                    && settled(e.status()),
            (uow, row) -> uow.executions().delete(row.value().id(), row.version())));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("at", now.toString());
    purged.forEach((k, v) -> details.put(k.name(), Integer.toString(v)));
    audit.append(
        new AuditEntry(
            tenant, actor, "data.purge", "tenant:" + tenant.value(), clock.instant(), details));
    if (purged.values().stream().anyMatch(n -> n > 0)) {
      forgetCaches.run();
    }
    return purged;
  }

  private static boolean settled(String status) {
    try {
      return ExecutionStatus.valueOf(status).isSettled();
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  /** Changes one stored row inside a unit of work. */
  @FunctionalInterface
  private interface RowChange<V> {
    void apply(UnitOfWork uow, Versioned<V> row);
  }

  /** Walks a repository in id order, a batch per unit of work, changing the rows that match. */
  private <K, V> int sweep(
      java.util.function.Function<UnitOfWork, Repository<K, V>> repository,
      Predicate<V> expired,
      RowChange<V> change) {
    int count = 0;
    Optional<String> after = Optional.empty();
    while (true) {
      Optional<String> from = after;
      record Batch(int changed, Optional<String> last) {}
      Batch batch =
          store.inTransaction(
              uow -> {
                List<Versioned<V>> rows = repository.apply(uow).list(new Page(from, BATCH));
                int changed = 0;
                for (Versioned<V> row : rows) {
                  if (expired.test(row.value())) {
                    change.apply(uow, row);
                    changed++;
                  }
                }
                return new Batch(
                    changed,
                    rows.size() < BATCH
                        ? Optional.empty()
                        : Optional.of(idText(rows.get(rows.size() - 1).value())));
              });
      count += batch.changed();
      if (batch.last().isEmpty()) {
        return count;
      }
      after = batch.last();
    }
  }

  private static String idText(Object value) {
    if (value instanceof Interaction i) {
      return i.id().value();
    }
    if (value instanceof ProfileDocument p) {
      return p.customerId().value();
    }
    if (value instanceof ExecutionRecord e) {
      return e.id().value();
    }
    throw new IllegalStateException("no id for " + value.getClass());
  }
}
