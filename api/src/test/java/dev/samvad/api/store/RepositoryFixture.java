package dev.samvad.api.store;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.PaymentId;
import dev.samvad.api.consent.ConsentEntry;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One repository of a {@link UnitOfWork} described well enough to run the generic repository tests
 * against it: how to reach it, how to make a value for an id, how to change a value while keeping
 * its id, and how ids are written.
 *
 * @param name the repository's name in test reports
 * @param repository reaches the repository inside a unit of work
 * @param sample a valid value whose id has the given text
 * @param revise a changed copy of a value with the same id; the int varies the change
 * @param id the id of a value
 * @param key the id with the given text
 * @param text the text of an id (what {@link Page#after} takes)
 * @param <K> the id type
 * @param <V> the value type
 */
public record RepositoryFixture<K, V>(
    String name,
    Function<UnitOfWork, Repository<K, V>> repository,
    Function<String, V> sample,
    BiFunction<V, Integer, V> revise,
    Function<V, K> id,
    Function<String, K> key,
    Function<K, String> text) {

  /** For {@code @MethodSource}: every repository. */
  public static final String ALL = "dev.samvad.api.store.RepositoryFixture#all";

  /** The customer every sample that needs one belongs to. */
  public static final String OWNER = "cust-owner";

  /** The campaign every sample execution belongs to. */
  public static final String CAMPAIGN = "camp-owner";

  /** Every repository a {@link UnitOfWork} offers. */
  public static List<RepositoryFixture<?, ?>> all() {
    return List.of(
        customers(),
        invoices(),
        payments(),
        interactions(),
        culturalProfiles(),
        relationshipProfiles(),
        campaigns(),
        executions(),
        consents());
  }

  /** Customers. */
  public static RepositoryFixture<CustomerId, Customer> customers() {
    return new RepositoryFixture<>(
        "customers",
        UnitOfWork::customers,
        StoreSamples::customer,
        (c, n) -> ImmutableCustomer.copyOf(c).withLegalName("Revised " + n + " " + c.legalName()),
        Customer::id,
        CustomerId::new,
        CustomerId::value);
  }

  /** Invoices. */
  public static RepositoryFixture<InvoiceId, Invoice> invoices() {
    return new RepositoryFixture<>(
        "invoices",
        UnitOfWork::invoices,
        id -> StoreSamples.invoice(id, OWNER),
        (i, n) -> ImmutableInvoice.copyOf(i).withDueDate(i.dueDate().plusDays(n)),
        Invoice::id,
        InvoiceId::new,
        InvoiceId::value);
  }

  /** Payments. */
  public static RepositoryFixture<PaymentId, Payment> payments() {
    return new RepositoryFixture<>(
        "payments",
        UnitOfWork::payments,
        id -> StoreSamples.payment(id, OWNER, StoreSamples.ISSUED),
        (p, n) -> ImmutablePayment.copyOf(p).withReference("UTRREVISED" + n),
        Payment::id,
        PaymentId::new,
        PaymentId::value);
  }

  /** Interactions. */
  public static RepositoryFixture<InteractionId, Interaction> interactions() {
    return new RepositoryFixture<>(
        "interactions",
        UnitOfWork::interactions,
        id -> StoreSamples.interaction(id, OWNER, StoreSamples.T0),
        (i, n) -> ImmutableInteraction.copyOf(i).withText(i.text() + " (edit " + n + ")"),
        Interaction::id,
        InteractionId::new,
        InteractionId::value);
  }

  /** Cultural profiles. */
  public static RepositoryFixture<CustomerId, ProfileDocument> culturalProfiles() {
    return profiles("culturalProfiles", UnitOfWork::culturalProfiles);
  }

  /** Relationship profiles. */
  public static RepositoryFixture<CustomerId, ProfileDocument> relationshipProfiles() {
    return profiles("relationshipProfiles", UnitOfWork::relationshipProfiles);
  }

  private static RepositoryFixture<CustomerId, ProfileDocument> profiles(
      String name, Function<UnitOfWork, Repository<CustomerId, ProfileDocument>> repository) {
    return new RepositoryFixture<>(
        name,
        repository,
        id -> StoreSamples.profile(id, 0),
        (p, n) -> StoreSamples.profile(p.customerId().value(), n),
        ProfileDocument::customerId,
        CustomerId::new,
        CustomerId::value);
  }

  /** Campaigns. */
  public static RepositoryFixture<CampaignId, CampaignRecord> campaigns() {
    return new RepositoryFixture<>(
        "campaigns",
        UnitOfWork::campaigns,
        id -> StoreSamples.campaign(id, OWNER, StoreSamples.T0),
        (c, n) ->
            new CampaignRecord(
                c.id(),
                c.customerId(),
                c.name(),
                c.type(),
                "STEP_" + n,
                "{\"state\":\"REMINDER_" + n + "\"}",
                c.createdAt()),
        CampaignRecord::id,
        CampaignId::new,
        CampaignId::value);
  }

  /** Executions. */
  public static RepositoryFixture<ExecutionId, ExecutionRecord> executions() {
    return new RepositoryFixture<>(
        "executions",
        UnitOfWork::executions,
        id -> StoreSamples.execution(id, CAMPAIGN, OWNER, StoreSamples.T0),
        (e, n) ->
            new ExecutionRecord(
                e.id(),
                e.campaignId(),
                e.customerId(),
                e.channel(),
                "SENT_" + n,
                "{\"receipts\":[" + n + "]}",
                e.createdAt()),
        ExecutionRecord::id,
        ExecutionId::new,
        ExecutionId::value);
  }

  /** Consent ledgers. */
  public static RepositoryFixture<CustomerId, ConsentRecord> consents() {
    return new RepositoryFixture<>(
        "consents",
        UnitOfWork::consents,
        id ->
            ConsentRecord.empty(new CustomerId(id))
                .with(
                    ConsentEntry.given(
                        ChannelKind.EMAIL,
                        "privacy-notice/v1",
                        "invoice delivery",
                        StoreSamples.T0,
                        "onboarding form")),
        (c, n) ->
            c.with(
                ConsentEntry.withdrawn(
                    ChannelKind.values()[n % ChannelKind.values().length],
                    StoreSamples.T0.plusSeconds(60L * (c.entries().size() + 1)),
                    "reply",
                    java.util.Optional.of("reply-" + n))),
        ConsentRecord::customerId,
        CustomerId::new,
        CustomerId::value);
  }

  /** The repository inside {@code uow}. */
  public Repository<K, V> in(UnitOfWork uow) {
    return repository.apply(uow);
  }

  /** The value for id text {@code id}. */
  public V sample(String id) {
    return sample.apply(id);
  }

  /** A changed copy of {@code value}, same id. */
  public V revise(V value, int n) {
    return revise.apply(value, n);
  }

  /** The id of {@code value}. */
  public K idOf(V value) {
    return id.apply(value);
  }

  /** The id with text {@code text}. */
  public K key(String text) {
    return key.apply(text);
  }

  /** The text of {@code key}. */
  public String text(K key) {
    return text.apply(key);
  }

  @Override
  public String toString() {
    return name;
  }
}
