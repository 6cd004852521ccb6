package dev.samvad.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.TenantId;
import dev.samvad.api.store.RepositoryFixture;
import dev.samvad.api.store.StoreSamples;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation enforced by PostgreSQL itself: plain SQL, written as carelessly as a bug would
 * write it (no tenant filter at all), run as the application role, sees and changes only the rows
 * of the tenant named by {@code samvad.tenant_id}, and nothing when the setting is absent.
 */
class RowLevelSecurityTest {
  private static final TenantId A = new TenantId("tenant-a");
  private static final TenantId B = new TenantId("tenant-b");
  private static TestStores db;

  @BeforeAll
  static void twoTenantsWithData() {
    db = TestStores.migrated("rls", 4);
    try (JdbcStore store = db.emptyStore()) {
      for (TenantId tenant : List.of(A, B)) {
        store
            .tenant(tenant)
            .run(
                uow -> {
                  String p = tenant.value() + "-";
                  uow.customers().insert(StoreSamples.customer(p + "cust"));
                  uow.invoices().insert(StoreSamples.invoice(p + "inv", p + "cust"));
                  uow.interactions()
                      .insert(StoreSamples.interaction(p + "msg", p + "cust", StoreSamples.T0));
                  uow.executions()
                      .insert(
                          StoreSamples.execution(
                              p + "exe", p + "camp", p + "cust", StoreSamples.T0));
                  uow.culturalProfiles().insert(StoreSamples.profile(p + "cust", 0));
                  uow.consents().insert(RepositoryFixture.consents().sample(p + "cust"));
                  uow.dueWork().schedule(p + "due", StoreSamples.T0);
                });
      }
    }
  }

  /** Runs {@code work} as the application role inside one transaction, rolled back after. */
  private static <T> T asApplication(Optional<TenantId> tenant, SqlWork<T> work)
      throws SQLException {
    try (Connection c = db.database.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL ROLE samvad_app");
        if (tenant.isPresent()) {
          s.execute("SELECT set_config('samvad.tenant_id', '" + tenant.get().value() + "', true)");
        }
        return work.run(s);
      } finally {
        c.rollback();
      }
    }
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Statement statement) throws SQLException;
  }

  private static List<String> column(Statement s, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static final List<String> TABLES =
      List.of(
          "customers",
          "invoices",
          "interactions",
          "executions",
          "cultural_profiles",
          "due_work",
          "payments",
          "relationship_profiles",
          "campaigns",
          "outbox",
          "audit",
          "consents");

  @Test
  void theOwnerSeesBothTenantsSoTheDataIsThere() throws SQLException {
    try (Connection c = db.database.getConnection();
        Statement s = c.createStatement()) {
      assertEquals(
          List.of("tenant-a", "tenant-b"),
          column(s, "SELECT tenant_id FROM samvad.customers ORDER BY tenant_id"));
    }
  }

  @Test
  void withoutTheTenantSettingTheApplicationRoleSeesNoRowsAtAll() throws SQLException {
    for (String table : TABLES) {
      List<String> seen =
          asApplication(Optional.empty(), s -> column(s, "SELECT tenant_id FROM samvad." + table));
      assertEquals(List.of(), seen, table);
    }
  }

  @Test
  void withTenantAsSettingQueriesWithoutAnyFilterSeeOnlyAsRows() throws SQLException {
    for (String table :
        List.of("customers", "invoices", "interactions", "executions", "due_work")) {
      List<String> seen =
          asApplication(Optional.of(A), s -> column(s, "SELECT tenant_id FROM samvad." + table));
      assertEquals(List.of("tenant-a"), seen, table);
    }
    // Even asking for B's rows by name finds nothing.
    assertEquals(
        List.of(),
        asApplication(
            Optional.of(A),
            s -> column(s, "SELECT id FROM samvad.customers WHERE tenant_id = 'tenant-b'")));
  }

  @Test
  void withTenantAsSettingBsRowsCannotBeChangedOrDeleted() throws SQLException {
    int[] changed =
        asApplication(
            Optional.of(A),
            s ->
                new int[] {
                  s.executeUpdate("UPDATE samvad.customers SET legal_name = 'Hijacked'"),
                  s.executeUpdate("DELETE FROM samvad.invoices WHERE tenant_id = 'tenant-b'"),
                  s.executeUpdate("DELETE FROM samvad.due_work")
                });
    // The update reached A's one customer and nothing of B's; the delete of B's invoices nothing.
    assertEquals(1, changed[0]);
    assertEquals(0, changed[1]);
    assertEquals(1, changed[2]);
  }

  @Test
  void withTenantAsSettingARowForBCannotBeWrittenOrMovedToB() {
    SQLException insert =
        assertThrows(
            SQLException.class,
            () ->
                asApplication(
                    Optional.of(A),
                    s ->
                        s.executeUpdate(
                            "INSERT INTO samvad.due_work (tenant_id, key, due_at, generation)"
                                + " VALUES ('tenant-b', 'planted', now(), 1)")));
    assertEquals("42501", insert.getSQLState(), insert.getMessage());
    SQLException move =
        assertThrows(
            SQLException.class,
            () ->
                asApplication(
                    Optional.of(A),
                    s -> s.executeUpdate("UPDATE samvad.customers SET tenant_id = 'tenant-b'")));
    assertEquals("42501", move.getSQLState(), move.getMessage());
  }

  @Test
  void partitionsCannotBeReadAroundTheParentsPolicies() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                asApplication(
                    Optional.of(A),
                    s -> column(s, "SELECT tenant_id FROM samvad.interactions_p0")));
    assertEquals("42501", e.getSQLState(), e.getMessage());
  }

  @Test
  void theAuditTrailIsAppendOnlyForTheApplication() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> asApplication(Optional.of(A), s -> s.executeUpdate("DELETE FROM samvad.audit")));
    assertEquals("42501", e.getSQLState(), e.getMessage());
  }

  @Test
  void aLoginRoleThatIsNotTheOwnerIsBoundByThePoliciesEvenWithoutSetRole() throws SQLException {
    db.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'erp_app') THEN"
            + " CREATE ROLE erp_app LOGIN PASSWORD 'erp'; END IF; END $$;"
            + " GRANT samvad_app TO erp_app");
    DataSource asErp = EmbeddedPostgresHolder.server().getDatabase("erp_app", currentDatabase());
    try (Connection c = asErp.getConnection();
        Statement s = c.createStatement()) {
      assertEquals(List.of(), column(s, "SELECT id FROM samvad.customers"));
    }
    // And the store works through such a login: a host whose DBA ran the migrations.
    try (JdbcStore store = JdbcStore.builder(asErp).migrate(false).build()) {
      assertTrue(
          store
              .tenant(A)
              .inTransaction(
                  uow -> uow.customers().find(new dev.samvad.api.CustomerId("tenant-a-cust")))
              .isPresent());
      assertEquals(
          Optional.empty(),
          store
              .tenant(A)
              .inTransaction(
                  uow -> uow.customers().find(new dev.samvad.api.CustomerId("tenant-b-cust"))));
    }
  }

  private static String currentDatabase() throws SQLException {
    try (Connection c = db.database.getConnection();
        Statement s = c.createStatement()) {
      return column(s, "SELECT current_database()").get(0);
    }
  }
}
