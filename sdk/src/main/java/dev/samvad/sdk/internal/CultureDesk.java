package dev.samvad.sdk.internal;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.culture.RenderedMessage;
import dev.samvad.culture.WindowExplanation;
import dev.samvad.sdk.HybridResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One tenant's door to cultural intelligence: builds profiles from the ledger's facts plus what the
 * caller adds, stores them (profile and the facts behind it, so a later update is incremental) and
 * serves them through a cache that every write refreshes.
 */
public final class CultureDesk {
  /** Interactions read per customer when profiling from the ledger. */
  static final int MAX_INTERACTIONS = 500;

  /** A stored profile with the facts it was built from. */
  record StoredProfile(CulturalProfile profile, ProfileInput input) {}

  /**
   * A profile with the recommendations that follow from it.
   *
   * @param profile the profile
   * @param version the stored version
   * @param reminderPlan how a first payment reminder would be written
   * @param nextReminderWindow when a reminder on the preferred channel may go out, and why not
   *     earlier
   */
  public record ProfileOutcome(
      CulturalProfile profile,
      long version,
      AdaptationPlan reminderPlan,
      WindowExplanation nextReminderWindow) {}

  private final TenantId tenant;
  private final TenantStore store;
  private final CultureEngines engines;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;
  private final HybridPolicy hybrid;

  public CultureDesk(
      TenantId tenant,
      TenantStore store,
      CultureEngines engines,
      Clock clock,
      AuditSink audit,
      String actor,
      HybridPolicy hybrid) {
    this.tenant = tenant;
    this.store = store;
    this.engines = engines;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
    this.hybrid = hybrid;
  }

  /**
   * Profiles a customer from the ledger's facts (when the customer is stored) overlaid with {@code
   * facts}, stores and caches the result.
   */
  public ProfileOutcome analyze(CustomerId id, Consumer<ProfileInput.Builder> facts) {
    Instant now = clock.instant();
    return store.inTransaction(
        uow -> {
          ProfileInput.Builder builder = ledgerFacts(uow, id).toBuilder();
          facts.accept(builder);
          return save(uow, builder.build(), now, "culture.profile.analyze");
        });
  }

  /**
   * Adds facts to a stored profile's inputs (new replies are appended, stated facts replaced) and
   * profiles again.
   *
   * @throws NotFoundException when the customer has no profile yet
   */
  public ProfileOutcome update(CustomerId id, Consumer<ProfileInput.Builder> facts) {
    Instant now = clock.instant();
    return store.inTransaction(
        uow -> {
          StoredProfile stored =
              read(uow, id)
                  .orElseThrow(() -> new NotFoundException("cultural profile", id.value()));
          ProfileInput.Builder builder = stored.input().toBuilder();
          facts.accept(builder);
          return save(uow, builder.build(), now, "culture.profile.update");
        });
  }

  /** The stored profile, from the cache when present. */
  public Optional<ProfileOutcome> find(CustomerId id) {
    CultureEngines.ProfileKey key = new CultureEngines.ProfileKey(tenant, id);
    return store.inTransaction(
        uow ->
            uow.culturalProfiles()
                .find(id)
                .map(
                    v -> {
                      CulturalProfile profile =
                          engines.profiles.get(
                              key,
                              k ->
                                  engines
                                      .documents
                                      .read(v.value(), StoredProfile.class, "cultural profile")
                                      .profile());
                      return outcome(profile, v.version());
                    }));
  }

  /**
   * The customer's stored profile, or one built now from the ledger's facts (not stored) when there
   * is none yet; {@code stored} in the answer says which.
   */
  public ProfileView profileFor(CustomerId id) {
    // Only the profile is needed here: no reminder plan or contact window as find() builds.
    Instant now = clock.instant();
    return store.inTransaction(
        uow ->
            engines
                .storedProfile(tenant, uow, id)
                .map(profile -> new ProfileView(profile, true))
                .orElseGet(
                    () ->
                        new ProfileView(
                            engines.profiler.profile(ledgerFacts(uow, id), now), false)));
  }

  /**
   * A profile and whether it came from the store.
   *
   * @param profile the profile
   * @param stored false when built on the fly from the ledger's facts
   */
  public record ProfileView(CulturalProfile profile, boolean stored) {}

  /** Plans a message. */
  public AdaptationPlan plan(
      CulturalProfile profile, MessageIntent intent, RelationshipContext ctx) {
    return engines.planner.plan(profile, intent, ctx);
  }

  /** Renders a planned message. */
  public RenderedMessage render(AdaptationPlan plan, MessageFacts facts, ChannelKind channel) {
    return engines.renderer.render(plan, facts, channel);
  }

  /**
   * The rendered message, or a language model's draft of it when one arrives valid within the
   * deadline and passes approach validation in {@code context} (whose message is {@code rendered}).
   */
  public HybridResult<RenderedMessage> draft(
      AdaptationPlan plan, MessageFacts facts, RenderedMessage rendered, ApproachContext context) {
    return hybrid.draft(tenant, plan, facts, rendered, context, engines.lint);
  }

  /** Runs approach validation with every rule, the profile-based ones included. */
  public List<ApproachFinding> validate(ApproachContext context) {
    return engines.lint.validate(context);
  }

  /** When a message may go, and why not earlier. */
  public WindowExplanation window(
      ZonedDateTime desired, ChannelKind channel, CulturalProfile profile, ContactPurpose purpose) {
    return engines.windows.explain(desired, channel, profile, purpose);
  }

  /** The earliest time that also suits the customer's habits. */
  public ZonedDateTime preferred(
      ZonedDateTime desired, ChannelKind channel, CulturalProfile profile, ContactPurpose purpose) {
    return engines.windows.nextPreferred(desired, channel, profile, purpose);
  }

  /** The clock's now in the customer's zone. */
  public ZonedDateTime now(CulturalProfile profile) {
    return ZonedDateTime.now(clock).withZoneSameInstant(profile.zone());
  }

  private ProfileInput ledgerFacts(UnitOfWork uow, CustomerId id) {
    Optional<Versioned<Customer>> customer = uow.customers().find(id);
    if (customer.isEmpty()) {
      return ProfileInput.minimal(id);
    }
    List<Interaction> interactions =
        uow.interactions().byCustomer(id, Instant.EPOCH, Instant.MAX, MAX_INTERACTIONS).stream()
            .map(Versioned::value)
            .toList();
    return ProfileInput.from(customer.get().value(), interactions);
  }

  private ProfileOutcome save(UnitOfWork uow, ProfileInput input, Instant now, String action) {
    CulturalProfile profile = engines.profiler.profile(input, now);
    ProfileDocument doc =
        new ProfileDocument(
            input.customerId(),
            engines.documents.write(new StoredProfile(profile, input), "a cultural profile"),
            CulturalProfile.SCHEMA_VERSION,
            now);
    Optional<Versioned<ProfileDocument>> existing = uow.culturalProfiles().find(input.customerId());
    Versioned<ProfileDocument> written =
        existing.isPresent()
            ? uow.culturalProfiles().update(doc, existing.get().version())
            : uow.culturalProfiles().insert(doc);
    audit.append(
        new AuditEntry(
            tenant,
            actor,
            action,
            "customer:" + input.customerId().value(),
            now,
            Map.of("version", Long.toString(written.version()))));
    engines.profiles.put(new CultureEngines.ProfileKey(tenant, input.customerId()), profile);
    return outcome(profile, written.version());
  }

  private ProfileOutcome outcome(CulturalProfile profile, long version) {
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(profile.zone());
    AdaptationPlan plan =
        engines.planner.plan(
            profile,
            MessageIntent.GENTLE_OVERDUE,
            RelationshipContext.firstContact(now.toLocalDate()));
    ChannelKind channel =
        profile.preferredChannels().value().isEmpty()
            ? ChannelKind.EMAIL
            : profile.preferredChannels().value().get(0);
    WindowExplanation window =
        engines.windows.explain(now, channel, profile, ContactPurpose.PAYMENT_REMINDER);
    return new ProfileOutcome(profile, version, plan, window);
  }

  private Optional<StoredProfile> read(UnitOfWork uow, CustomerId id) {
    return uow.culturalProfiles()
        .find(id)
        .map(v -> engines.documents.read(v.value(), StoredProfile.class, "cultural profile"));
  }
}
