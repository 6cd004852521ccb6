package dev.samvad.storage.jdbc;

import static dev.samvad.storage.jdbc.Mapping.Column.json;
import static dev.samvad.storage.jdbc.Mapping.Column.plain;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.ProfileDocument;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@link Mapping} of every table the repositories use. */
final class Mappings {
  private Mappings() {}

  static final Mapping<Customer> CUSTOMERS =
      new Mapping<>(
          "samvad.customers",
          "id",
          "customer",
          List.of(plain("legal_name"), plain("gstin"), plain("stated_language"), json("doc")),
          "doc") {
        @Override
        String idOf(Customer value) {
          return value.id().value();
        }

        @Override
        int bind(PreparedStatement s, int i, Customer v) throws SQLException {
          s.setString(i++, v.legalName());
          s.setString(i++, v.gstin().map(g -> g.value()).orElse(null));
          s.setString(i++, v.statedLanguage().map(l -> l.tag()).orElse(null));
          s.setString(i++, Documents.write(v));
          return i;
        }

        @Override
        Customer read(ResultSet row) throws SQLException {
          return Documents.read(row.getString("doc"), Customer.class);
        }
      };

  static final Mapping<Invoice> INVOICES =
      new Mapping<>(
          "samvad.invoices",
          "id",
          "invoice",
          List.of(
              plain("customer_id"),
              plain("number"),
              plain("financial_year"),
              plain("issue_date"),
              plain("due_date"),
              plain("currency"),
              plain("amount_paise"),
              plain("outstanding_paise"),
              plain("status"),
              json("doc")),
          "doc") {
        @Override
        String idOf(Invoice value) {
          return value.id().value();
        }

        @Override
        int bind(PreparedStatement s, int i, Invoice v) throws SQLException {
          s.setString(i++, v.customerId().value());
          s.setString(i++, v.number().value());
          s.setInt(i++, v.financialYear());
          Sql.setDate(s, i++, v.issueDate());
          Sql.setDate(s, i++, v.dueDate());
          s.setString(i++, v.amount().currency().getCurrencyCode());
          s.setLong(i++, v.amount().paise());
          s.setLong(i++, v.outstanding().paise());
          s.setString(i++, v.status().name());
          s.setString(i++, Documents.write(v));
          return i;
        }

        @Override
        Invoice read(ResultSet row) throws SQLException {
          return Documents.read(row.getString("doc"), Invoice.class);
        }
      };

  static final Mapping<Payment> PAYMENTS =
      new Mapping<>(
          "samvad.payments",
          "id",
          "payment",
          List.of(
              plain("customer_id"),
              plain("received_on"),
              plain("currency"),
              plain("amount_paise"),
              plain("mode"),
              plain("reference"),
              json("doc")),
          "doc") {
        @Override
        String idOf(Payment value) {
          return value.id().value();
        }

        @Override
        int bind(PreparedStatement s, int i, Payment v) throws SQLException {
          s.setString(i++, v.customerId().value());
          Sql.setDate(s, i++, v.receivedOn());
          s.setString(i++, v.amount().currency().getCurrencyCode());
          s.setLong(i++, v.amount().paise());
          s.setString(i++, v.mode().name());
          s.setString(i++, v.reference().orElse(null));
          s.setString(i++, Documents.write(v));
          return i;
        }

        @Override
        Payment read(ResultSet row) throws SQLException {
          return Documents.read(row.getString("doc"), Payment.class);
        }
      };

  static final Mapping<Interaction> INTERACTIONS =
      new Mapping<>(
          "samvad.interactions",
          "id",
          "interaction",
          List.of(
              plain("customer_id"),
              plain("occurred_at"),
              plain("channel"),
              plain("direction"),
              plain("campaign_id"),
              json("doc")),
          "doc") {
        @Override
        String idOf(Interaction value) {
          return value.id().value();
        }

        @Override
        int bind(PreparedStatement s, int i, Interaction v) throws SQLException {
          s.setString(i++, v.customerId().value());
          Sql.setInstant(s, i++, v.occurredAt());
          s.setString(i++, v.channel().name());
          s.setString(i++, v.direction().name());
          s.setString(i++, v.campaignId().map(CampaignId::value).orElse(null));
          s.setString(i++, Documents.write(v));
          return i;
        }

        @Override
        Interaction read(ResultSet row) throws SQLException {
          return Documents.read(row.getString("doc"), Interaction.class);
        }
      };

  static final Mapping<ProfileDocument> CULTURAL_PROFILES =
      profiles("samvad.cultural_profiles", "cultural profile");

  static final Mapping<ProfileDocument> RELATIONSHIP_PROFILES =
      profiles("samvad.relationship_profiles", "relationship profile");

  private static Mapping<ProfileDocument> profiles(String table, String kind) {
    return new Mapping<>(
        table,
        "customer_id",
        kind,
        List.of(plain("schema_version"), plain("analysed_at"), json("doc")),
        "customer_id, schema_version, analysed_at, doc") {
      @Override
      String idOf(ProfileDocument value) {
        return value.customerId().value();
      }

      @Override
      int bind(PreparedStatement s, int i, ProfileDocument v) throws SQLException {
        s.setInt(i++, v.schemaVersion());
        Sql.setInstant(s, i++, v.analysedAt());
        s.setString(i++, v.json());
        return i;
      }

      @Override
      ProfileDocument read(ResultSet row) throws SQLException {
        return new ProfileDocument(
            new CustomerId(row.getString("customer_id")),
            row.getString("doc"),
            row.getInt("schema_version"),
            Sql.getInstant(row, "analysed_at"));
      }
    };
  }

  static final Mapping<CampaignRecord> CAMPAIGNS =
      new Mapping<>(
          "samvad.campaigns",
          "id",
          "campaign",
          List.of(
              plain("customer_id"),
              plain("name"),
              plain("type"),
              plain("status"),
              plain("created_at"),
              json("doc")),
          "id, customer_id, name, type, status, created_at, doc") {
        @Override
        String idOf(CampaignRecord value) {
          return value.id().value();
        }

        @Override
        int bind(PreparedStatement s, int i, CampaignRecord v) throws SQLException {
          s.setString(i++, v.customerId().value());
          s.setString(i++, v.name());
          s.setString(i++, v.type());
          s.setString(i++, v.status());
          Sql.setInstant(s, i++, v.createdAt());
          s.setString(i++, v.json());
          return i;
        }

        @Override
        CampaignRecord read(ResultSet row) throws SQLException {
          return new CampaignRecord(
              new CampaignId(row.getString("id")),
              new CustomerId(row.getString("customer_id")),
              row.getString("name"),
              row.getString("type"),
              row.getString("status"),
              row.getString("doc"),
              Sql.getInstant(row, "created_at"));
        }
      };

  static final Mapping<ExecutionRecord> EXECUTIONS =
      new Mapping<>(
          "samvad.executions",
          "id",
          "execution",
          List.of(
              plain("campaign_id"),
              plain("customer_id"),
              plain("channel"),
              plain("status"),
              plain("created_at"),
              json("doc")),
          "id, campaign_id, customer_id, channel, status, created_at, doc") {
        @Override
        String idOf(ExecutionRecord value) {
          return value.id().value();
        }

        @Override
        int bind(PreparedStatement s, int i, ExecutionRecord v) throws SQLException {
          s.setString(i++, v.campaignId().value());
          s.setString(i++, v.customerId().value());
          s.setString(i++, v.channel().name());
          s.setString(i++, v.status());
          Sql.setInstant(s, i++, v.createdAt());
          s.setString(i++, v.json());
          return i;
        }

        @Override
        ExecutionRecord read(ResultSet row) throws SQLException {
          return new ExecutionRecord(
              new ExecutionId(row.getString("id")),
              new CampaignId(row.getString("campaign_id")),
              new CustomerId(row.getString("customer_id")),
              ChannelKind.valueOf(row.getString("channel")),
              row.getString("status"),
              row.getString("doc"),
              Sql.getInstant(row, "created_at"));
        }
      };
}
