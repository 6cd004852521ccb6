package dev.samvad.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.StoreSamples;
import dev.samvad.api.store.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the JDBC store promises beyond the SPI contract, and how it is configured. */
class JdbcStoreTest {
  private static final TenantId TENANT = new TenantId("tenant-j");
  private static final TestStores DB = TestStores.migrated("jdbcstore", 4);

  private JdbcStore store;

  @BeforeEach
  void open() {
    store = DB.emptyStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void documentsComeBackByteForByteWhateverTheirSpacingKeyOrderAndEscapes() {
    // jsonb would reorder the keys, drop the spaces and refuse \u0000; json keeps the text.
    String odd = "{ \"z\" : 1,\n  \"a\":[ ],\"nul\":\"\\u0000\", \"z\":2 ,\"हिंदी\":\"\\u0928\"}";
    ProfileDocument profile = new ProfileDocument(new CustomerId("c-1"), odd, 3, StoreSamples.T0);
    CampaignRecord campaign =
        new CampaignRecord(
            new CampaignId("camp-1"),
            new CustomerId("c-1"),
            "Follow-up",
            "PAYMENT_FOLLOW_UP",
            "ACTIVE",
            odd,
            StoreSamples.T0);
    store
        .tenant(TENANT)
        .run(
            uow -> {
              uow.culturalProfiles().insert(profile);
              uow.campaigns().insert(campaign);
            });
    store
        .tenant(TENANT)
        .run(
            uow -> {
              assertEquals(
                  odd,
                  uow.culturalProfiles().find(profile.customerId()).orElseThrow().value().json());
              assertEquals(odd, uow.campaigns().find(campaign.id()).orElseThrow().value().json());
            });
  }

  @Test
  void interactionRangesAcceptOpenBoundsLikeInstantMinAndMax() {
    Interaction message = StoreSamples.interaction("msg-1", "c-1", StoreSamples.T0);
    store.tenant(TENANT).run(uow -> uow.interactions().insert(message));
    assertEquals(
        List.of(new Versioned<>(message, 1)),
        store
            .tenant(TENANT)
            .inTransaction(
                uow ->
                    uow.interactions()
                        .byCustomer(new CustomerId("c-1"), Instant.MIN, Instant.MAX, 10)));
    assertEquals(
        List.of(new Versioned<>(message, 1)),
        store
            .tenant(TENANT)
            .inTransaction(
                uow ->
                    uow.interactions()
                        .byCustomer(new CustomerId("c-1"), Instant.EPOCH, Instant.MAX, 10)));
  }

  @Test
  void instantsInsideDocumentsKeepTheirNanoseconds() {
    Instant precise = StoreSamples.T0.plusNanos(123_456_789);
    Interaction message =
        ImmutableInteraction.copyOf(StoreSamples.interaction("msg-1", "c-1", precise))
            .withRecordedAt(precise.plusNanos(1));
    store.tenant(TENANT).run(uow -> uow.interactions().insert(message));
    assertEquals(
        Optional.of(new Versioned<>(message, 1)),
        store.tenant(TENANT).inTransaction(uow -> uow.interactions().find(message.id())));
  }

  @Test
  void textPostgreSqlCannotHoldIsInvalidInputAndNothingIsWritten() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                store
                    .tenant(TENANT)
                    .run(
                        uow -> {
                          uow.customers().insert(StoreSamples.customer("c-ok"));
                          uow.dueWork().schedule("nul\u0000key", StoreSamples.T0);
                        }));
    assertEquals("value", e.field());
    assertEquals(0L, (long) store.tenant(TENANT).inTransaction(uow -> uow.customers().count()));
  }

  @Test
  void aStoreCallAfterAFailedOneInTheSameWorkSaysTheWorkCanOnlyRollBack() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                store
                    .tenant(TENANT)
                    .run(
                        uow -> {
                          try {
                            uow.dueWork().schedule("nul\u0000key", StoreSamples.T0);
                          } catch (InvalidInputException ignored) {
                            // carry on regardless, as a careless caller would
                          }
                          uow.customers().count();
                        }));
    assertTrue(e.getMessage().contains("can only roll back"), e.getMessage());
  }

  @Test
  void connectMakesAndClosesItsOwnPool() {
    String url = EmbeddedPostgresHolder.url(EmbeddedPostgresHolder.server(), currentDatabase());
    JdbcStore own = JdbcStore.connect(url, 2);
    own.tenant(TENANT).run(uow -> uow.customers().insert(StoreSamples.customer("c-1")));
    assertEquals(List.of(TENANT), own.tenants());
    own.close();
    assertThrows(IllegalStateException.class, own::tenants);
  }

  @Test
  void badSettingsNameTheirField() {
    assertEquals(
        "jdbcUrl",
        assertThrows(InvalidInputException.class, () -> JdbcStore.connect("jdbc:mysql://x/y", 2))
            .field());
    assertEquals(
        "applicationRole",
        assertThrows(
                InvalidInputException.class,
                () -> JdbcStore.builder(DB.pool).applicationRole("Robert'); DROP TABLE x;--"))
            .field());
    assertEquals(
        "maxAttempts",
        assertThrows(InvalidInputException.class, () -> JdbcStore.builder(DB.pool).maxAttempts(0))
            .field());
  }

  private static String currentDatabase() {
    try (var c = DB.database.getConnection();
        var s = c.createStatement();
        var r = s.executeQuery("SELECT current_database()")) {
      r.next();
      return r.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
