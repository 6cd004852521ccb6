package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.channel.OutboxChannel;
import dev.samvad.orchestration.runtime.RunReport;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST …/run-due} and {@code POST …/execute} act for the caller's tenant only: a tenant's
 * user can neither trigger nor observe (in the report's counts) another tenant's due work. Running
 * every tenant is the host's call, {@link Samvad#runDue(Instant)}.
 */
class RunDueIsolationTest {
  private static final String ORCH = "/api/v1/communication-orchestration";
  private static final TenantId ACME = ApiClient.ACME;
  private static final TenantId GLOBEX = new TenantId("globex");

  /** Long enough for a new campaign's first steps to be due, with no pass run meanwhile. */
  private static final Duration DUE = Duration.ofDays(3);

  private final SteppableClock clock =
      SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
  private final Samvad samvad = build(clock);

  private static Samvad build(SteppableClock time) {
    return Samples.campaignReady(time, OutboxChannel.to(new StringWriter(), time, 10_000)).build();
  }

  @AfterEach
  void close() {
    samvad.close();
  }

  /** A campaign whose first step is due now, for customer {@code customer} of {@code tenant}. */
  private CampaignId dueCampaign(TenantId tenant, String customer) {
    return dueCampaign(samvad, tenant, customer);
  }

  private static CampaignId dueCampaign(Samvad samvad, TenantId tenant, String customer) {
    TenantSession host = samvad.tenant(tenant);
    host.putCustomer(withContact(customer));
    host.putInvoice(Samples.invoice("I-" + customer, customer, "INV-" + customer, 50_000));
    return host.startCampaign(new CustomerId(customer), "standard-b2b").campaignId();
  }

  /** A customer with a contact to send to. */
  private static Customer withContact(String id) {
    try {
      return ApiClient.JSON.readValue(Samples.customerJson(id), Customer.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ApiClient admin(Samvad samvad, TenantId tenant) {
    return new ApiClient(samvad.jsonApi(), Principal.of(tenant, "admin", Role.ADMINISTRATOR));
  }

  private int executions(TenantId tenant, CampaignId campaign) {
    return samvad.tenant(tenant).executions(campaign).size();
  }

  @Test
  void runDueByATenantsAdministratorRunsAndCountsOnlyThatTenantsWork() {
    CampaignId acme = dueCampaign(ACME, "C-1");
    CampaignId globex = dueCampaign(GLOBEX, "C-1");
    clock.advance(DUE);
    JsonNode report =
        assertOk(admin(samvad, ACME).call("POST", ORCH + "/run-due", "{}"), 200).path("report");

    assertTrue(executions(ACME, acme) >= 1, "acme's due work ran");
    assertEquals(0, executions(GLOBEX, globex), "globex's due work must not run for acme");
    int acmeClaimed = report.path("claimed").asInt();
    assertTrue(acmeClaimed >= 1, report.toString());

    // The host's own call runs the rest: globex's work, which acme's report did not count.
    RunReport host = samvad.runDue(clock.instant());
    assertTrue(executions(GLOBEX, globex) >= 1, "the host's run reaches every tenant");
    assertTrue(host.claimed() >= 1, host.toString());
  }

  @Test
  void aTenantsReportIsTheSameWhetherOrNotAnotherTenantHasWorkDue() {
    dueCampaign(ACME, "C-1");
    clock.advance(DUE);
    JsonNode alone = assertOk(admin(samvad, ACME).call("POST", ORCH + "/run-due", "{}"), 200);

    SteppableClock sameStart = SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
    try (Samvad crowded = build(sameStart)) {
      for (String customer : new String[] {"C-1", "C-2", "C-3"}) {
        dueCampaign(crowded, GLOBEX, customer);
      }
      dueCampaign(crowded, ACME, "C-1");
      sameStart.advance(DUE);
      JsonNode withOthers =
          assertOk(admin(crowded, ACME).call("POST", ORCH + "/run-due", "{}"), 200);
      assertEquals(alone.path("report"), withOthers.path("report"));
    }
  }

  @Test
  void executeByOneTenantSendsNothingOfAnother() {
    CampaignId acme = dueCampaign(ACME, "C-1");
    CampaignId globex = dueCampaign(GLOBEX, "C-1");
    clock.advance(DUE);
    assertOk(
        admin(samvad, ACME)
            .call(
                "POST",
                ORCH + "/execute",
                "{\"customerId\":\"C-1\",\"campaignId\":\"" + acme.value() + "\"}"),
        200);
    assertTrue(executions(ACME, acme) >= 1);
    assertEquals(0, executions(GLOBEX, globex), "globex's due work must not run for acme");
  }
}
