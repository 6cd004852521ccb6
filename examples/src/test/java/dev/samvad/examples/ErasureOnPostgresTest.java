package dev.samvad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.channel.OutboxChannel;
import dev.samvad.sdk.JsonRequest;
import dev.samvad.sdk.JsonResponse;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.Role;
import dev.samvad.sdk.Samvad;
import dev.samvad.sdk.TenantSession;
import dev.samvad.storage.jdbc.EmbeddedPostgresHolder;
import dev.samvad.storage.jdbc.JdbcStore;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Erasure on PostgreSQL, checked in the raw rows: after {@code POST /customers/{id}/erase}, no
 * column of any row of any table in the {@code samvad} schema holds the customer's name, contact,
 * phone, e-mail, address, GSTIN or message texts, while the invoice and payment rows keep their
 * amounts.
 */
class ErasureOnPostgresTest {
  private static final TenantId ACME = new TenantId("acme");
  private static final Principal ADMIN = Principal.of(ACME, "asha", Role.ADMINISTRATOR);
  private static final List<String> IDENTIFYING =
      List.of(
          "Shree Ganesh",
          "Ganesh Traders",
          "Accounts desk",
          "9820012345",
          "accounts@ganeshtraders.in",
          "Mangaldas",
          "27AAPFU0939F1Z",
          "Ramesh bhai",
          "Somvaar tak paisa");

  private static JsonResponse call(Samvad samvad, String method, String path, String body) {
    return samvad.jsonApi().handle(JsonRequest.of(method, path, body, ADMIN));
  }

  private static void ok(JsonResponse r) {
    assertTrue(r.status() < 300, r.status() + " " + r.body());
  }

  /** Every row of every table of the schema as text, read as the database owner (no RLS). */
  private static String rawRows(DataSource database) throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = 'samvad'"
                  + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      assertTrue(tables.contains("consents"), tables.toString());
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT t::text FROM samvad." + table + " t")) {
          while (r.next()) {
            all.append(table).append(": ").append(r.getString(1)).append('\n');
          }
        }
      }
    }
    return all.toString();
  }

  @Test
  void afterErasureNoRawRowIdentifiesTheCustomer() throws SQLException {
    DataSource database = EmbeddedPostgresHolder.newDatabase("erasure");
    SteppableClock clock = SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
    StringWriter outbox = new StringWriter();
    try (SamvadStore store = JdbcStore.create(database)) {
      Samvad.Builder b = Samvad.builder().store(store).clock(clock).holdOutShare(0);
      OutboxChannel channel = OutboxChannel.to(outbox, clock, 10_000);
      for (ChannelKind kind : ChannelKind.values()) {
        b.channel(kind, channel);
      }
      try (Samvad samvad = b.build()) {
        String gstin = "27AAPFU0939F1Z" + dev.samvad.api.Gstin.checkCharacter("27AAPFU0939F1Z");
        ok(
            call(
                samvad,
                "PUT",
                "/api/v1/customers/C-104",
                """
                {"legalName": "Shree Ganesh Traders Pvt Ltd", "tradeName": "Ganesh Traders",
                 "gstin": "%s",
                 "address": {"line1": "12 Mangaldas Market", "city": "Mumbai", "pin": "400002"},
                 "contacts": [{"name": "Accounts desk", "phone": "+91 98200 12345",
                   "email": "accounts@ganeshtraders.in", "whatsappOptIn": true}]}
                """
                    .formatted(gstin)));
        ok(
            call(
                samvad,
                "POST",
                "/api/v1/invoices",
                """
                {"id": "I-1", "customerId": "C-104", "number": "INV-001",
                 "issueDate": "2025-04-10", "dueDate": "2025-05-10",
                 "amount": {"paise": 5000000}, "tax": {"paise": 0}}
                """));
        ok(
            call(
                samvad,
                "POST",
                "/api/v1/payments",
                """
                {"id": "P-1", "customerId": "C-104", "amount": {"paise": 1000000},
                 "receivedOn": "2025-05-02", "mode": "UPI", "reference": "UPI4021887766",
                 "allocations": [{"invoiceId": "I-1", "amount": {"paise": 1000000}}]}
                """));
        TenantSession host = samvad.tenant(ACME);
        CustomerId c104 = new CustomerId("C-104");
        host.recordInteraction(
            ImmutableInteraction.builder()
                .id(new InteractionId("M-1"))
                .customerId(c104)
                .channel(ChannelKind.WHATSAPP)
                .direction(Direction.INBOUND)
                .text("Ramesh bhai here. Somvaar tak paisa bhej dunga")
                .occurredAt(clock.instant())
                .build());
        host.startCampaign(c104, "standard-b2b");
        for (int i = 0; i < 3 * 24 * 2; i++) {
          samvad.runDue(clock.instant());
          clock.advance(Duration.ofMinutes(30));
        }
        host.receiveReply(
            c104, "Ramesh bhai: Somvaar tak paisa pakka", ChannelKind.SMS, clock.instant());
        long invoiced = host.invoices(c104).get(0).amount().paise();
        long outstanding = host.invoices(c104).get(0).outstanding().paise();
        String before = rawRows(database);
        assertTrue(before.contains("Ganesh Traders"), "the raw search finds the data");
        assertTrue(before.contains("executions"), "the campaign sent something");

        ok(
            call(
                samvad,
                "POST",
                "/api/v1/customers/C-104/erase",
                "{\"reason\":\"request\",\"note\":\"ticket 4411\"}"));

        String after = rawRows(database).toLowerCase(Locale.ROOT);
        for (String s : IDENTIFYING) {
          assertFalse(after.contains(s.toLowerCase(Locale.ROOT)), "'" + s + "' in a raw row");
        }
        assertEquals(5_000_000L, invoiced);
        assertEquals(invoiced, host.invoices(c104).get(0).amount().paise());
        assertEquals(outstanding, host.invoices(c104).get(0).outstanding().paise());
        assertEquals(1_000_000L, host.payments(c104).get(0).amount().paise());
      }
    }
  }
}
