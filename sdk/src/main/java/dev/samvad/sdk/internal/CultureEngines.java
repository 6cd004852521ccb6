package dev.samvad.sdk.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.culture.AdaptationPlanner;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.LanguageIdentifier;
import dev.samvad.culture.MessageLint;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.ReferenceData;
import java.util.Optional;

/**
 * The culture engines one Samvad instance shares across tenants, and the cache of profiles. The
 * engines are immutable; the cache is keyed by tenant and customer so no tenant can see another's
 * entries, and every write of a profile replaces its entry.
 */
public final class CultureEngines {
  /** Profiles kept in memory; a profile is a few kilobytes. */
  static final long CACHE_SIZE = 50_000;

  record ProfileKey(TenantId tenant, CustomerId customer) {}

  final ReferenceData data;
  final CulturalProfiler profiler;
  final AdaptationPlanner planner;
  final ContactWindowPolicy windows;
  final MessageRenderer renderer;
  final MessageLint lint;
  final Cache<ProfileKey, CulturalProfile> profiles =
      Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

  final StoredDocuments documents = new StoredDocuments();

  private CultureEngines(ReferenceData data) {
    this.data = data;
    LanguageIdentifier identifier = LanguageIdentifier.standard();
    this.profiler = CulturalProfiler.create(data, identifier);
    this.planner = AdaptationPlanner.create(data);
    this.windows = ContactWindowPolicy.standard(data);
    this.renderer = MessageRenderer.bundled();
    this.lint = MessageLint.withProfileRules(windows, identifier);
  }

  /** Engines over the bundled reference data. */
  public static CultureEngines standard() {
    return new CultureEngines(ReferenceData.bundled());
  }

  /**
   * The tenant's stored profile of {@code id}, from the cache or read and cached; empty when none
   * is stored.
   *
   * @throws IllegalStateException when the stored document is unreadable
   */
  Optional<CulturalProfile> storedProfile(TenantId tenant, UnitOfWork uow, CustomerId id) {
    ProfileKey key = new ProfileKey(tenant, id);
    CulturalProfile cached = profiles.getIfPresent(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    return uow.culturalProfiles()
        .find(id)
        .map(
            v -> {
              CulturalProfile profile =
                  documents
                      .read(v.value(), CultureDesk.StoredProfile.class, "cultural profile")
                      .profile();
              profiles.put(key, profile);
              return profile;
            });
  }
}
