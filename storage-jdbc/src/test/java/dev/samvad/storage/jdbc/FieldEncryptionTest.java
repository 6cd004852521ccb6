package dev.samvad.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.samvad.api.CustomerId;
import dev.samvad.api.DataIntegrityException;
import dev.samvad.api.DataIntegrityException.Reason;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.Gstin;
import dev.samvad.api.InteractionId;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableAddress;
import dev.samvad.api.model.ImmutableContact;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.spi.FieldCipher;
import dev.samvad.api.spi.InMemoryKeyProvider;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.StoreSamples;
import dev.samvad.api.store.Versioned;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Field encryption against a real PostgreSQL: what lies in the raw rows, rotation and re-sealing,
 * tampering and moved rows, lookups by phone and e-mail, and rows written before there were keys.
 */
class FieldEncryptionTest {
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId GLOBEX = new TenantId("globex");
  private static final TestStores DB = TestStores.migrated("sealed", 4);

  private static final String LEGAL_NAME = "Zorawar Kulkarni Traders";
  private static final String PERSON = "Asha Venkataraman";
  private static final PhoneNumber PHONE = PhoneNumber.parse("+91 98111 22333");
  private static final EmailAddress EMAIL = new EmailAddress("asha.v@zorawar-traders.example.in");
  private static final String STREET = "Plot 77, Chakan Industrial Area";
  private static final String REPLY = "पैसे अगले हफ़्ते भेज देंगे, UTR QWERTY-778899 \"quoted\"";
  private static final String JUDGEMENT = "evasive about the Diwali payment";
  private static final String CAMPAIGN_TEXT = "Namaste Asha ji, reminder for INV-4711";
  private static final String RENDERED = "Dear Asha, ₹1,23,456 is due on 5 Nov";

  private final InMemoryKeyProvider keys = new InMemoryKeyProvider();
  private JdbcStore store;

  @BeforeEach
  void open() {
    DB.emptyStore().close();
    store = sealedStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private JdbcStore sealedStore() {
    return JdbcStore.builder(DB.pool).migrate(false).keyProvider(keys).build();
  }

  private static JdbcStore plainStore() {
    return JdbcStore.builder(DB.pool).migrate(false).build();
  }

  private static Customer customer(String id) {
    return ImmutableCustomer.builder()
        .from(StoreSamples.customer(id, LEGAL_NAME))
        .gstin(new Gstin("27AAPFU0939F1ZV"))
        .address(
            ImmutableAddress.copyOf(StoreSamples.customer(id).address().orElseThrow())
                .withLine1(STREET))
        .contacts(
            List.of(ImmutableContact.builder().name(PERSON).phone(PHONE).email(EMAIL).build()))
        .build();
  }

  private static Interaction reply(String id, String customerId) {
    return ImmutableInteraction.copyOf(StoreSamples.interaction(id, customerId, StoreSamples.T0))
        .withText(REPLY);
  }

  private void writeEverything(JdbcStore on, TenantId tenant, String suffix) {
    on.tenant(tenant)
        .run(
            uow -> {
              uow.customers().insert(customer("c-" + suffix));
              uow.interactions().insert(reply("msg-" + suffix, "c-" + suffix));
              uow.relationshipProfiles().insert(profile(suffix, "judgement", JUDGEMENT));
              uow.culturalProfiles().insert(profile(suffix, "addressAs", PERSON));
              CampaignRecord campaign =
                  StoreSamples.campaign("camp-" + suffix, "c-" + suffix, StoreSamples.T0);
              uow.campaigns()
                  .insert(
                      new CampaignRecord(
                          campaign.id(),
                          campaign.customerId(),
                          campaign.name(),
                          campaign.type(),
                          campaign.status(),
                          "{\"lastMessage\":\"" + CAMPAIGN_TEXT + "\"}",
                          campaign.createdAt()));
              ExecutionRecord execution =
                  StoreSamples.execution(
                      "exe-" + suffix, "camp-" + suffix, "c-" + suffix, StoreSamples.T0);
              uow.executions()
                  .insert(
                      new ExecutionRecord(
                          execution.id(),
                          execution.campaignId(),
                          execution.customerId(),
                          execution.channel(),
                          execution.status(),
                          "{\"body\":\"" + RENDERED + "\"}",
                          execution.createdAt()));
            });
  }

  private static ProfileDocument profile(String suffix, String key, String text) {
    return new ProfileDocument(
        new CustomerId("c-" + suffix), "{\"" + key + "\":\"" + text + "\"}", 1, StoreSamples.T0);
  }

  /** Every plaintext that must not lie in the database, with its JSON-escaped forms. */
  private static List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    for (String s :
        List.of(
            LEGAL_NAME,
            PERSON,
            PHONE.e164(),
            PHONE.e164().substring(3),
            EMAIL.value(),
            STREET,
            REPLY,
            "QWERTY-778899",
            JUDGEMENT,
            CAMPAIGN_TEXT,
            RENDERED,
            "27AAPFU0939F1ZV")) {
      secrets.add(s);
      secrets.add(new String(JsonStringEncoder.getInstance().quoteAsString(s)));
      secrets.add(asciiEscaped(s));
    }
    return secrets;
  }

  /** {@code s} with every non-ASCII character as a JSON {@code \\uXXXX} escape. */
  private static String asciiEscaped(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }

  /** Every row of every table of the schema, each as PostgreSQL's text of the whole row. */
  private static List<String> rawRows() {
    List<String> rows = new ArrayList<>();
    try (Connection c = DB.database.getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT tablename FROM pg_tables WHERE schemaname = 'samvad'"
                  + " AND tablename <> 'flyway_schema_history'")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      assertTrue(tables.contains("customer_contact_hashes"), tables.toString());
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT t::text FROM samvad." + table + " t")) {
          while (r.next()) {
            rows.add(table + ": " + r.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  @Test
  void theRawRowsHoldNoneOfTheSensitivePlaintextInAnyForm() {
    writeEverything(store, ACME, "1");
    List<String> rows = rawRows();
    assertTrue(rows.size() >= 7, rows.toString());
    for (String secret : secrets()) {
      String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
      for (String row : rows) {
        assertFalse(row.contains(secret), () -> "plaintext '" + secret + "' in " + row);
        assertFalse(row.toLowerCase().contains(hex), () -> "hex of '" + secret + "' in " + row);
      }
    }
    // And everything reads back whole.
    store
        .tenant(ACME)
        .run(
            uow -> {
              assertStored(uow, "c-1");
              assertEquals(
                  REPLY,
                  uow.interactions().find(new InteractionId("msg-1")).orElseThrow().value().text());
              assertTrue(
                  uow.relationshipProfiles()
                      .find(new CustomerId("c-1"))
                      .orElseThrow()
                      .value()
                      .json()
                      .contains(JUDGEMENT));
            });
  }

  @Test
  void aCustomerIsFoundByPhoneAndEmailThroughAKeyedHashThatIsNotTheNumbersPlainHash()
      throws Exception {
    writeEverything(store, ACME, "1");
    assertEquals(
        List.of("c-1"),
        store.tenant(ACME).inTransaction(uow -> ids(uow.customers().findByPhone(PHONE))));
    assertEquals(
        List.of("c-1"),
        store
            .tenant(ACME)
            .inTransaction(
                uow ->
                    ids(
                        uow.customers()
                            .findByEmail(new EmailAddress(EMAIL.value().toUpperCase())))));
    List<byte[]> hashes = bytesColumn("SELECT hash FROM samvad.customer_contact_hashes");
    assertEquals(2, hashes.size());
    byte[] plain =
        MessageDigest.getInstance("SHA-256")
            .digest(("phone:" + PHONE.e164()).getBytes(StandardCharsets.UTF_8));
    byte[] keyed = new FieldCipher(keys).lookupHash(ACME, "phone", PHONE.e164());
    assertTrue(hashes.stream().noneMatch(h -> java.util.Arrays.equals(h, plain)));
    assertTrue(hashes.stream().anyMatch(h -> java.util.Arrays.equals(h, keyed)));
  }

  @Test
  void rotationKeepsOldRowsReadableNewRowsTakeTheNewKeyAndResealFinishesIt() {
    writeEverything(store, ACME, "1");
    String second = keys.rotate(ACME).id();
    writeEverything(store, ACME, "2");
    assertEquals(List.of("k1", second), keyIds("customers"));
    assertEquals(List.of("k1", second), keyIds("interactions"));
    store
        .tenant(ACME)
        .run(
            uow -> {
              assertStored(uow, "c-1");
              assertStored(uow, "c-2");
              assertEquals(List.of("c-1", "c-2"), ids(uow.customers().findByPhone(PHONE)));
            });

    assertEquals(6, store.reseal(ACME), "one row of each sealed table was under k1");
    for (String table :
        List.of(
            "customers",
            "interactions",
            "cultural_profiles",
            "relationship_profiles",
            "campaigns",
            "executions")) {
      assertEquals(List.of(second, second), keyIds(table), table);
    }
    assertEquals(0, store.reseal(ACME), "idempotent");
    assertEquals(
        Optional.of(new Versioned<>(customer("c-1"), 1)),
        store.tenant(ACME).inTransaction(uow -> uow.customers().find(new CustomerId("c-1"))),
        "re-sealing keeps the version");
  }

  @Test
  void resealWorksThroughEveryBatchAndLeavesOtherTenantsAlone() {
    for (String suffix : List.of("1", "2", "3", "4", "5")) {
      writeEverything(store, ACME, suffix);
    }
    writeEverything(store, GLOBEX, "1");
    String second = keys.rotate(ACME).id();
    // Batches of two rows: three batches per table, the last one short.
    assertEquals(30, store.reseal(ACME, 2));
    assertEquals(
        List.of(second, second, second, second, second, "k1"),
        keyIds("interactions"),
        "acme's rows under its new key; globex (last in tenant order) keeps its own");
    assertEquals(0, store.reseal(ACME, 2));
    store
        .tenant(ACME)
        .run(
            uow -> {
              assertStored(uow, "c-5");
              assertEquals(
                  List.of("c-1", "c-2", "c-3", "c-4", "c-5"),
                  ids(uow.customers().findByPhone(PHONE)));
            });
  }

  @Test
  void aSealedDocumentMovedToAnotherTenantOrRowFailsTypedNeverAsGarbage() {
    writeEverything(store, ACME, "1");
    writeEverything(store, GLOBEX, "1");
    writeEverything(store, GLOBEX, "2");
    // A DBA copies acme's sealed message over globex's.
    DB.execute(
        "UPDATE samvad.interactions SET sealed = (SELECT sealed FROM samvad.interactions"
            + " WHERE tenant_id = 'acme' AND id = 'msg-1') WHERE tenant_id = 'globex' AND id = 'msg-1'");
    DataIntegrityException moved =
        assertThrows(
            DataIntegrityException.class,
            () ->
                store
                    .tenant(GLOBEX)
                    .inTransaction(uow -> uow.interactions().find(new InteractionId("msg-1"))));
    assertEquals(Reason.TAMPERED, moved.reason());
    assertFalse(moved.getMessage().contains("QWERTY"));
    // Within one tenant, from one customer's profile to another's.
    DB.execute(
        "UPDATE samvad.relationship_profiles SET sealed = (SELECT sealed FROM"
            + " samvad.relationship_profiles WHERE tenant_id = 'globex' AND customer_id = 'c-1')"
            + " WHERE tenant_id = 'globex' AND customer_id = 'c-2'");
    assertEquals(
        Reason.TAMPERED,
        assertThrows(
                DataIntegrityException.class,
                () ->
                    store
                        .tenant(GLOBEX)
                        .inTransaction(
                            uow -> uow.relationshipProfiles().find(new CustomerId("c-2"))))
            .reason());
  }

  @Test
  void aChangedByteOfASealedDocumentFailsTyped() {
    writeEverything(store, ACME, "1");
    DB.execute(
        "UPDATE samvad.customers SET sealed = set_byte(sealed, 30, get_byte(sealed, 30) # 1)");
    DataIntegrityException e =
        assertThrows(
            DataIntegrityException.class,
            () ->
                store
                    .tenant(ACME)
                    .inTransaction(uow -> uow.customers().find(new CustomerId("c-1"))));
    assertEquals(Reason.TAMPERED, e.reason());
    assertEquals(dev.samvad.api.ErrorCode.DATA_INTEGRITY, e.code());
  }

  @Test
  void rowsWrittenWithoutKeysStayReadableAreFoundAndAreSealedByReseal() {
    try (JdbcStore plain = plainStore()) {
      writeEverything(plain, ACME, "1");
    }
    assertEquals(List.of("(clear)"), keyIds("customers"));
    assertEquals(
        List.of("c-1"),
        store.tenant(ACME).inTransaction(uow -> ids(uow.customers().findByPhone(PHONE))),
        "found through the unkeyed hash until re-sealed");
    assertEquals(
        customer("c-1"),
        store
            .tenant(ACME)
            .inTransaction(uow -> uow.customers().find(new CustomerId("c-1")))
            .orElseThrow()
            .value());

    assertEquals(6, store.reseal(ACME));
    assertEquals(List.of("k1"), keyIds("customers"));
    for (String secret : secrets()) {
      for (String row : rawRows()) {
        assertFalse(row.contains(secret), () -> "plaintext '" + secret + "' in " + row);
      }
    }
    assertEquals(
        List.of("c-1"),
        store.tenant(ACME).inTransaction(uow -> ids(uow.customers().findByEmail(EMAIL))));
    try (JdbcStore plain = plainStore()) {
      assertEquals(
          Reason.UNKNOWN_KEY,
          assertThrows(
                  DataIntegrityException.class,
                  () ->
                      plain
                          .tenant(ACME)
                          .inTransaction(uow -> uow.customers().find(new CustomerId("c-1"))))
              .reason());
      assertThrows(IllegalStateException.class, () -> plain.reseal(ACME));
    }
  }

  @Test
  void customersStoredBeforeTheMigrationAreFoundByPhoneAndEmailAfterIt() {
    javax.sql.DataSource database = EmbeddedPostgresHolder.newDatabase("premigration");
    org.flywaydb.core.Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(database)
        .schemas(Migrations.SCHEMA)
        .locations("classpath:db/samvad")
        .placeholders(java.util.Map.of("appRole", JdbcStore.DEFAULT_APPLICATION_ROLE))
        .target("2")
        .load()
        .migrate();
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO samvad.customers (tenant_id, id, version, legal_name, doc)"
                    + " VALUES ('acme', 'c-old', 1, 'x', ?::json)")) {
      s.setString(1, Documents.write(customer("c-old")));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    try (JdbcStore migrated = JdbcStore.create(database)) {
      assertEquals(
          List.of("c-old"),
          migrated.tenant(ACME).inTransaction(uow -> ids(uow.customers().findByPhone(PHONE))));
      assertEquals(
          List.of("c-old"),
          migrated
              .tenant(ACME)
              .inTransaction(
                  uow ->
                      ids(
                          uow.customers()
                              .findByEmail(new EmailAddress(EMAIL.value().toUpperCase())))));
    }
  }

  private static void assertStored(dev.samvad.api.store.UnitOfWork uow, String id) {
    assertEquals(customer(id), uow.customers().find(new CustomerId(id)).orElseThrow().value());
  }

  private static List<String> ids(List<Versioned<Customer>> found) {
    return found.stream().map(v -> v.value().id().value()).toList();
  }

  /** The key id of each row of {@code table} in id order, {@code (clear)} for a row in clear. */
  private static List<String> keyIds(String table) {
    String id = table.endsWith("profiles") ? "customer_id" : "id";
    List<String> ids = new ArrayList<>();
    for (byte[] sealed :
        bytesColumn("SELECT sealed FROM samvad." + table + " ORDER BY tenant_id, " + id)) {
      ids.add(sealed == null ? "(clear)" : FieldCipher.keyIdOf(sealed));
    }
    return ids;
  }

  private static List<byte[]> bytesColumn(String sql) {
    List<byte[]> values = new ArrayList<>();
    try (Connection c = DB.database.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        values.add(r.getBytes(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }
}
