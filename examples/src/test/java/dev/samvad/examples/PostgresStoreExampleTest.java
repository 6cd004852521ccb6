package dev.samvad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.sdk.JsonRequest;
import dev.samvad.sdk.JsonResponse;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.Role;
import dev.samvad.sdk.Samvad;
import dev.samvad.storage.jdbc.EmbeddedPostgresHolder;
import dev.samvad.storage.jdbc.JdbcStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Samvad on PostgreSQL, as a host and as the {@code samvad} command wire it: {@code
 * Samvad.builder().store(JdbcStore.create(dataSource))}, and {@code --store URL} for {@code demo}
 * and {@code api}, whose state outlives the command.
 */
class PostgresStoreExampleTest {

  private static String urlOf(DataSource database) {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT current_database()")) {
      r.next();
      return EmbeddedPostgresHolder.url(EmbeddedPostgresHolder.server(), r.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aHostPassesItsDataSourceToTheBuilder() {
    DataSource dataSource = EmbeddedPostgresHolder.newDatabase("host");
    Principal caller =
        Principal.of(new TenantId("acme"), "priya", Role.RELATIONSHIP_MANAGER)
            .withAttribute(Principal.ASSIGNED_CUSTOMERS, "C-104");
    try (SamvadStore store = JdbcStore.create(dataSource);
        Samvad samvad = Samvad.builder().store(store).build()) {
      samvad
          .tenant(new TenantId("acme"))
          .putCustomer(
              ImmutableCustomer.builder()
                  .id(new CustomerId("C-104"))
                  .legalName("Lakshmi Textiles Pvt Ltd")
                  .build());
      JsonResponse r =
          samvad.jsonApi().handle(JsonRequest.of("GET", "/api/v1/customers/C-104", "", caller));
      assertEquals(200, r.status(), r.body());
      assertTrue(r.body().contains("Lakshmi Textiles"), r.body());
    }
  }

  @Test
  void samvadApiWithStoreKeepsStateBetweenCommands() {
    String url = urlOf(EmbeddedPostgresHolder.newDatabase("cli_api"));
    SamvadCliTest.Run put =
        SamvadCliTest.withStdin(
            "{\"legalName\": \"Luit Tea Suppliers\"}",
            "api",
            "PUT",
            "/api/v1/customers/C-1",
            "--body",
            "-",
            "--store",
            url);
    assertEquals(0, put.exit(), put.err());
    SamvadCliTest.Run get =
        SamvadCliTest.run("api", "GET", "/api/v1/customers/C-1", "--store=" + url);
    assertEquals(0, get.exit(), get.err());
    assertTrue(get.out().contains("Luit Tea Suppliers"), get.out());
  }

  @TempDir Path outboxDir;

  @Test
  void samvadDemoRunsOnPostgres() {
    String url = urlOf(EmbeddedPostgresHolder.newDatabase("cli_demo"));
    SamvadCliTest.Run demo =
        SamvadCliTest.run(
            "demo", "--store", url, "--outbox", outboxDir.resolve("outbox.jsonl").toString());
    assertEquals(0, demo.exit(), demo.err());
    assertTrue(demo.out().contains("on PostgreSQL"), demo.out());
    assertTrue(demo.out().contains("Store: PostgreSQL postgresql://"), demo.out());
    assertTrue(demo.out().contains("Over 90 days"), demo.out());
  }

  @Test
  void withADataKeyTheStoreSealsFieldsAndAnotherRunWithTheSameKeyReadsThem() throws Exception {
    DataSource database = EmbeddedPostgresHolder.newDatabase("cli_sealed");
    Optional<String> url = Optional.of(urlOf(database));
    Optional<String> key = Optional.of(Base64.getEncoder().encodeToString(new byte[32]));
    TenantId acme = new TenantId("acme");
    try (StoreOption store = StoreOption.open(url, key);
        Samvad samvad = store.configure(Samvad.builder()).build()) {
      assertTrue(store.description().endsWith("sensitive fields sealed"), store.description());
      samvad
          .tenant(acme)
          .putCustomer(
              ImmutableCustomer.builder()
                  .id(new CustomerId("C-7"))
                  .legalName("Brahmaputra Tea Estates")
                  .build());
    }
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT t::text FROM samvad.customers t")) {
      assertTrue(r.next());
      assertFalse(r.getString(1).contains("Brahmaputra"), r.getString(1));
    }
    try (StoreOption store = StoreOption.open(url, key);
        Samvad samvad = store.configure(Samvad.builder()).build()) {
      assertEquals(
          "Brahmaputra Tea Estates",
          samvad.tenant(acme).customer(new CustomerId("C-7")).orElseThrow().legalName());
    }
    assertThrows(UsageException.class, () -> StoreOption.open(url, Optional.of("c2hvcnQ=")));
  }

  @Test
  void anUnreachableStoreExits69AndABadUrlIsAUsageError() {
    SamvadCliTest.Run down =
        SamvadCliTest.run(
            "api", "GET", "/api/v1/customers", "--store", "jdbc:postgresql://127.0.0.1:1/none");
    assertEquals(ExitCode.UNAVAILABLE, down.exit(), down.err());
    SamvadCliTest.Run bad =
        SamvadCliTest.run("api", "GET", "/api/v1/customers", "--store", "mysql://x/y");
    assertEquals(ExitCode.USAGE, bad.exit(), bad.err());
    assertTrue(bad.err().contains("--store: must start with jdbc:postgresql:"), bad.err());
  }
}
