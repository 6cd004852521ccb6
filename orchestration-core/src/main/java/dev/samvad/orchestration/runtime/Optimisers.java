package dev.samvad.orchestration.runtime;

import dev.samvad.api.TenantId;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.Command;
import dev.samvad.orchestration.ThompsonSampler;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One {@link ThompsonSampler} per tenant, its counts persisted in the store as a JSON document in a
 * {@link CampaignRecord} with the reserved id {@code samvad-optimiser} (customer {@code
 * samvad-system}). Each learning updates the document in the unit of work of the decision that
 * produced it; after commit the in-memory sampler is rebuilt from the document just written, so
 * learning by other nodes joins at this node's next learning.
 *
 * <p>Known debt: the storage SPI has no place for optimiser statistics, hence the reserved campaign
 * record; and the document is one hot row per tenant.
 */
final class Optimisers {
  private final SamvadStore store;
  private final @Nullable ThompsonSampler shared;
  private final ConcurrentHashMap<TenantId, ThompsonSampler> byTenant = new ConcurrentHashMap<>();

  Optimisers(SamvadStore store, @Nullable ThompsonSampler shared) {
    this.store = store;
    this.shared = shared;
  }

  /** Counts keyed as {@link ThompsonSampler#snapshot}. */
  record Document(Map<String, long[]> counts) {}

  /** The tenant's sampler; loads it (in its own unit of work) on first use. Not inside a unit. */
  ThompsonSampler forTenant(TenantId tenant) {
    if (shared != null) {
      return shared;
    }
    return byTenant.computeIfAbsent(
        tenant,
        t -> {
          Map<String, long[]> counts =
              store.tenant(t).inTransaction(uow -> load(uow).map(v -> counts(v)).orElse(Map.of()));
          return sampler(counts);
        });
  }

  /** Adds {@code fx.learns} to the tenant's stored document in {@code uow}. */
  void persist(UnitOfWork uow, Effects fx, Instant now) {
    if (shared != null || fx.learns.isEmpty()) {
      return;
    }
    Optional<Versioned<CampaignRecord>> stored = load(uow);
    Map<String, long[]> counts = new TreeMap<>(stored.map(Optimisers::counts).orElse(Map.of()));
    for (Command.Learn learn : fx.learns) {
      String key = learn.arm().segment() + "|" + learn.arm().channel() + "|" + learn.arm().slot();
      long[] next = counts.getOrDefault(key, new long[2]).clone();
      next[learn.success() ? 0 : 1]++;
      counts.put(key, next);
    }
    CampaignRecord record =
        new CampaignRecord(
            Codec.OPTIMISER,
            Codec.SYSTEM,
            "channel optimiser statistics",
            "samvad-optimiser",
            "ACTIVE",
            Codec.write(new Document(counts)),
            stored.map(v -> v.value().createdAt()).orElse(now));
    if (stored.isPresent()) {
      uow.campaigns().update(record, stored.get().version());
    } else {
      uow.campaigns().insert(record);
    }
    fx.optimiserCounts = counts;
  }

  /** After commit: brings the in-memory sampler up to date. */
  void afterCommit(TenantId tenant, Effects fx) {
    if (shared != null) {
      fx.learns.forEach(l -> shared.record(l.arm(), l.success()));
    } else if (fx.optimiserCounts != null) {
      byTenant.put(tenant, sampler(fx.optimiserCounts));
    }
  }

  private static Optional<Versioned<CampaignRecord>> load(UnitOfWork uow) {
    return uow.campaigns().find(Codec.OPTIMISER);
  }

  private static Map<String, long[]> counts(Versioned<CampaignRecord> stored) {
    return Codec.read(stored.value().json(), Document.class).counts();
  }

  private static ThompsonSampler sampler(Map<String, long[]> counts) {
    ThompsonSampler sampler = new ThompsonSampler();
    sampler.restore(counts);
    return sampler;
  }
}
