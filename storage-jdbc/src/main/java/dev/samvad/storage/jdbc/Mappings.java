package dev.samvad.storage.jdbc;

import static dev.samvad.storage.jdbc.Mapping.Column.bigint;
import static dev.samvad.storage.jdbc.Mapping.Column.date;
import static dev.samvad.storage.jdbc.Mapping.Column.instant;
import static dev.samvad.storage.jdbc.Mapping.Column.integer;
import static dev.samvad.storage.jdbc.Mapping.Column.personalText;
import static dev.samvad.storage.jdbc.Mapping.Column.text;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.Gstin;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.ProfileDocument;
import java.util.List;

/**
 * The {@link Mapping} of every table the repositories use. Sealable (encrypted when the store has a
 * key provider): customers (names, contacts, address), interactions (message text), both profiles
 * (judgements), campaigns (state may quote messages) and executions (rendered messages). Invoices
 * and payments stay in clear: amounts, dates, numbers and references are what the ledger queries
 * and reconciles on, and they hold nothing about a person.
 */
final class Mappings {
  private Mappings() {}

  static final Mapping<Customer> CUSTOMERS =
      new Mapping<>(
          "samvad.customers",
          "id",
          "customer",
          c -> c.id().value(),
          List.of(
              personalText("legal_name", Customer::legalName),
              // A proprietor's GSTIN embeds their PAN, so it goes with the name.
              personalText("gstin", c -> c.gstin().map(Gstin::value).orElse(null)),
              text("stated_language", c -> c.statedLanguage().map(LanguageForm::tag).orElse(null))),
          Documents::write,
          (row, doc) -> Documents.read(doc, Customer.class),
          true);

  static final Mapping<Invoice> INVOICES =
      new Mapping<>(
          "samvad.invoices",
          "id",
          "invoice",
          v -> v.id().value(),
          List.of(
              text("customer_id", v -> v.customerId().value()),
              text("number", v -> v.number().value()),
              integer("financial_year", Invoice::financialYear),
              date("issue_date", Invoice::issueDate),
              date("due_date", Invoice::dueDate),
              text("currency", v -> v.amount().currency().getCurrencyCode()),
              bigint("amount_paise", v -> v.amount().paise()),
              bigint("outstanding_paise", v -> v.outstanding().paise()),
              text("status", v -> v.status().name())),
          Documents::write,
          (row, doc) -> Documents.read(doc, Invoice.class),
          false);

  static final Mapping<Payment> PAYMENTS =
      new Mapping<>(
          "samvad.payments",
          "id",
          "payment",
          v -> v.id().value(),
          List.of(
              text("customer_id", v -> v.customerId().value()),
              date("received_on", Payment::receivedOn),
              text("currency", v -> v.amount().currency().getCurrencyCode()),
              bigint("amount_paise", v -> v.amount().paise()),
              text("mode", v -> v.mode().name()),
              text("reference", v -> v.reference().orElse(null))),
          Documents::write,
          (row, doc) -> Documents.read(doc, Payment.class),
          false);

  static final Mapping<Interaction> INTERACTIONS =
      new Mapping<>(
          "samvad.interactions",
          "id",
          "interaction",
          v -> v.id().value(),
          List.of(
              text("customer_id", v -> v.customerId().value()),
              instant("occurred_at", Interaction::occurredAt),
              text("channel", v -> v.channel().name()),
              text("direction", v -> v.direction().name()),
              text("campaign_id", v -> v.campaignId().map(CampaignId::value).orElse(null))),
          Documents::write,
          (row, doc) -> Documents.read(doc, Interaction.class),
          true);

  static final Mapping<ProfileDocument> CULTURAL_PROFILES =
      profiles("samvad.cultural_profiles", "cultural profile");

  static final Mapping<ProfileDocument> RELATIONSHIP_PROFILES =
      profiles("samvad.relationship_profiles", "relationship profile");

  private static Mapping<ProfileDocument> profiles(String table, String kind) {
    return new Mapping<>(
        table,
        "customer_id",
        kind,
        v -> v.customerId().value(),
        List.of(
            integer("schema_version", ProfileDocument::schemaVersion),
            instant("analysed_at", ProfileDocument::analysedAt)),
        ProfileDocument::json,
        (row, doc) ->
            new ProfileDocument(
                new CustomerId(row.getString("customer_id")),
                doc,
                row.getInt("schema_version"),
                Sql.getInstant(row, "analysed_at")),
        true);
  }

  static final Mapping<CampaignRecord> CAMPAIGNS =
      new Mapping<>(
          "samvad.campaigns",
          "id",
          "campaign",
          v -> v.id().value(),
          List.of(
              text("customer_id", v -> v.customerId().value()),
              text("name", CampaignRecord::name),
              text("type", CampaignRecord::type),
              text("status", CampaignRecord::status),
              instant("created_at", CampaignRecord::createdAt)),
          CampaignRecord::json,
          (row, doc) ->
              new CampaignRecord(
                  new CampaignId(row.getString("id")),
                  new CustomerId(row.getString("customer_id")),
                  row.getString("name"),
                  row.getString("type"),
                  row.getString("status"),
                  doc,
                  Sql.getInstant(row, "created_at")),
          true);

  static final Mapping<ExecutionRecord> EXECUTIONS =
      new Mapping<>(
          "samvad.executions",
          "id",
          "execution",
          v -> v.id().value(),
          List.of(
              text("campaign_id", v -> v.campaignId().value()),
              text("customer_id", v -> v.customerId().value()),
              text("channel", v -> v.channel().name()),
              text("status", ExecutionRecord::status),
              instant("created_at", ExecutionRecord::createdAt)),
          ExecutionRecord::json,
          (row, doc) ->
              new ExecutionRecord(
                  new ExecutionId(row.getString("id")),
                  new CampaignId(row.getString("campaign_id")),
                  new CustomerId(row.getString("customer_id")),
                  ChannelKind.valueOf(row.getString("channel")),
                  row.getString("status"),
                  doc,
                  Sql.getInstant(row, "created_at")),
          true);

  /** Every sealable mapping, for the re-seal pass. */
  static final List<Mapping<?>> SEALABLE =
      List.of(
          CUSTOMERS, INTERACTIONS, CULTURAL_PROFILES, RELATIONSHIP_PROFILES, CAMPAIGNS, EXECUTIONS);

  /**
   * Consent ledgers ({@code V4__consent.sql}), one document per customer. Not sealed: a ledger
   * holds channels, notices, purposes, times and sources, nothing that identifies a person, and it
   * must outlive an erasure as the record of what was agreed.
   */
  static final Mapping<ConsentRecord> CONSENTS =
      new Mapping<>(
          "samvad.consents",
          "customer_id",
          "consent record",
          v -> v.customerId().value(),
          List.of(),
          Documents::write,
          (row, doc) -> Documents.read(doc, ConsentRecord.class),
          false);
}
