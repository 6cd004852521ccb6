package dev.samvad.sdk.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.consent.ContactBasisPolicy;
import dev.samvad.api.model.Contact;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.Versioned;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.orchestration.ChannelRanker;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.CustomerCard;
import dev.samvad.orchestration.MessageComposer;
import dev.samvad.orchestration.Playbook;
import dev.samvad.orchestration.TenantPolicy;
import dev.samvad.orchestration.runtime.ContextSource;
import dev.samvad.sdk.CollectionSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The engine's context for a customer, read from the store: the stored cultural profile (or one
 * built from the ledger's facts), the latest relationship health, the contact card and the tenant's
 * collection settings. Facts are cached per tenant and customer for a few minutes, because the
 * runtime asks for them on every decision; {@link #forget} drops an entry when the customer
 * changes.
 */
public final class CampaignContexts implements ContextSource {
  private static final Duration FRESH_FOR = Duration.ofMinutes(5);

  record Key(TenantId tenant, CustomerId customer) {}

  record Facts(
      CulturalProfile profile,
      CustomerCard card,
      OptionalInt health,
      int tenureMonths,
      boolean contactOptIn) {}

  private final SamvadStore store;
  private final CultureEngines culture;
  private final Function<TenantId, CollectionSettings> settings;
  private final MessageComposer composer;
  private final Function<TenantId, ContactBasisPolicy> basisPolicies;
  private final Cache<Key, Facts> facts =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(FRESH_FOR).build();
  private final Cache<TenantId, TenantPolicy> policies =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(FRESH_FOR).build();

  public CampaignContexts(
      SamvadStore store,
      CultureEngines culture,
      Function<TenantId, CollectionSettings> settings,
      Function<TenantId, ContactBasisPolicy> basisPolicies) {
    this.basisPolicies = basisPolicies;
    this.store = store;
    this.culture = culture;
    this.settings = settings;
    this.composer = MessageComposer.create(culture.data);
  }

  @Override
  public Context contextFor(TenantId tenant, CustomerId customer, Playbook playbook, Instant now) {
    Facts known = facts.get(new Key(tenant, customer), k -> read(tenant, customer, now));
    LocalDate today = now.atZone(known.profile().zone()).toLocalDate();
    return new Context(
        tenant,
        now,
        playbook,
        known.profile(),
        new RelationshipContext(known.health(), known.tenureMonths(), 0, 0, today),
        withBasis(tenant, customer, known, now),
        policy(tenant),
        composer,
        ChannelRanker.firstChoice(),
        Context.segmentOf(known.profile()));
  }

  /**
   * The card with the channels that have no lawful basis at {@code now}. The consent ledger is read
   * on every call, never cached, so a withdrawal counts from the next decision and the next send.
   */
  private CustomerCard withBasis(TenantId tenant, CustomerId customer, Facts known, Instant now) {
    ConsentRecord ledger =
        store.tenant(tenant).inTransaction(uow -> ConsentDesk.ledger(uow, customer));
    ContactBasisPolicy policy = basisPolicies.apply(tenant);
    Set<ChannelKind> without = EnumSet.noneOf(ChannelKind.class);
    for (ChannelKind channel : ChannelKind.values()) {
      if (!policy.basis(ledger, channel, now, known.contactOptIn()).permitsContact()) {
        without.add(channel);
      }
    }
    CustomerCard c = known.card();
    // WhatsApp's opt-in is a recorded consent (the ledger's, or the contact record's).
    return new CustomerCard(
        c.customerName(),
        c.contactName(),
        c.email(),
        c.phone(),
        c.postal(),
        !without.contains(ChannelKind.WHATSAPP),
        without);
  }

  /** Drops what is cached about {@code customer}, after it changed. */
  public void forget(TenantId tenant, CustomerId customer) {
    facts.invalidate(new Key(tenant, customer));
  }

  TenantPolicy policy(TenantId tenant) {
    return policies.get(
        tenant,
        t -> {
          CollectionSettings s = settings.apply(t);
          return new TenantPolicy(
              culture.windows.tightenedBy(s.contactRules()),
              s.caps(),
              s.sellerName(),
              s.upi(),
              s.msme(),
              s.invoiceChannels());
        });
  }

  private Facts read(TenantId tenant, CustomerId id, Instant now) {
    return store
        .tenant(tenant)
        .inTransaction(
            uow -> {
              Customer customer =
                  uow.customers()
                      .find(id)
                      .map(Versioned::value)
                      .orElseThrow(() -> new NotFoundException("customer", id.value()));
              CulturalProfile profile =
                  culture
                      .storedProfile(tenant, uow, id)
                      .orElseGet(
                          () ->
                              culture.profiler.profile(
                                  dev.samvad.culture.ProfileInput.from(
                                      customer, java.util.List.of()),
                                  now));
              Optional<LocalDate> first =
                  uow.invoices().byCustomer(id).stream()
                      .map(v -> v.value())
                      .map(Invoice::issueDate)
                      .min(LocalDate::compareTo);
              int tenure =
                  first
                      .map(
                          d ->
                              (int)
                                  Math.max(
                                      0,
                                      ChronoUnit.MONTHS.between(
                                          d, now.atZone(profile.zone()).toLocalDate())))
                      .orElse(0);
              return new Facts(
                  profile,
                  card(customer),
                  health(tenant, uow, id),
                  tenure,
                  ConsentDesk.contactOptIn(customer));
            });
  }

  private OptionalInt health(TenantId tenant, dev.samvad.api.store.UnitOfWork uow, CustomerId id) {
    return RelationshipDesk.latestHealth(culture, uow, id)
        .map(score -> OptionalInt.of((int) Math.round(score)))
        .orElse(OptionalInt.empty());
  }

  static CustomerCard card(Customer customer) {
    Optional<Contact> primary = customer.contacts().stream().findFirst();
    Optional<Contact> withEmail =
        customer.contacts().stream().filter(c -> c.email().isPresent()).findFirst();
    Optional<Contact> withPhone =
        customer.contacts().stream().filter(c -> c.phone().isPresent()).findFirst();
    Optional<String> postal =
        customer
            .address()
            .map(
                a ->
                    a.line1()
                        + a.line2().map(l -> ", " + l).orElse("")
                        + ", "
                        + a.city()
                        + " "
                        + a.pin().value());
    return new CustomerCard(
        customer.displayName(),
        primary.map(Contact::name),
        withEmail.flatMap(Contact::email),
        withPhone.flatMap(Contact::phone),
        postal,
        withPhone.map(Contact::whatsappOptIn).orElse(false));
  }

  static boolean reachable(CustomerCard card, ChannelKind channel) {
    return card.recipient(channel).isPresent();
  }
}
