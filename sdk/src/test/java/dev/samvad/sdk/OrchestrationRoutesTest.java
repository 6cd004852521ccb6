package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.channel.OutboxChannel;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The orchestration endpoints end to end: campaign, sends, reply, task, manual action, payment. */
class OrchestrationRoutesTest {
  private static final String BASE = "/api/v1/communication-orchestration";

  private final SteppableClock clock =
      SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
  private final StringWriter outbox = new StringWriter();
  private final InMemoryAuditSink audit = new InMemoryAuditSink();
  private final Samvad samvad = build();
  private final ApiClient api = ApiClient.acme(samvad);

  private Samvad build() {
    return Samples.campaignReady(clock, OutboxChannel.to(outbox, clock, 10_000))
        .auditSink(audit)
        .build();
  }

  @AfterEach
  void close() {
    samvad.close();
  }

  private String startCampaign() {
    assertOk(api.call("PUT", "/api/v1/customers/C-1", Samples.customerJson("C-1")), 201);
    assertOk(
        api.call("POST", "/api/v1/invoices", Samples.invoiceJson("I-1", "C-1", "INV-001", 50_000)),
        201);
    assertOk(
        api.call("POST", "/api/v1/invoices", Samples.invoiceJson("I-2", "C-1", "INV-002", 20_000)),
        201);
    JsonNode campaign =
        assertOk(
            api.call(
                "POST",
                BASE + "/campaigns",
                "{\"tenantId\":\"acme\",\"customerId\":\"C-1\",\"campaignName\":\"May\","
                    + "\"campaignType\":\"PAYMENT_FOLLOW_UP\"}"),
            201);
    assertEquals("standard-b2b", campaign.path("campaignType").asText());
    assertEquals(
        "₹70,000.00", campaign.path("outstanding").path("formatted").asText(), campaign.toString());
    assertEquals(2, campaign.path("invoices").size());
    assertEquals(6, campaign.path("schedule").size());
    assertTrue(campaign.path("unusedFields").toString().contains("campaignName"));
    return campaign.path("campaignId").asText();
  }

  private void runFor(Duration span) {
    Instant end = clock.instant().plus(span);
    while (clock.instant().isBefore(end)) {
      samvad.runDue(clock.instant());
      clock.advance(Duration.ofMinutes(15));
    }
  }

  @Test
  void aCampaignSendsOneStatementAndTheReadShowsIt() {
    String id = startCampaign();
    runFor(Duration.ofDays(3));
    JsonNode campaign = assertOk(api.get(BASE + "/campaigns/" + id), 200);
    assertTrue(campaign.path("performance").path("messages").asInt() >= 1, campaign.toString());
    assertTrue(outbox.toString().contains("INV-001"), outbox.toString());
    String executionId =
        samvad
            .tenant(ApiClient.ACME)
            .executions(new dev.samvad.api.CampaignId(id))
            .get(0)
            .executionId()
            .value();
    JsonNode execution = assertOk(api.get(BASE + "/executions/" + executionId), 200);
    assertEquals("SENT", execution.path("status").asText(), execution.toString());
    assertTrue(execution.path("timeline").size() >= 2);
  }

  @Test
  void aDisputeReplyPausesAndATaskResumes() {
    String id = startCampaign();
    runFor(Duration.ofHours(12));
    JsonNode answer =
        assertOk(
            api.call(
                "POST",
                BASE + "/process-response",
                "{\"tenantId\":\"acme\",\"customerId\":\"C-1\",\"response\":{"
                    + "\"content\":\"We have not received the goods for INV-001, the quantity is short."
                    + " We will pay once the balance goods arrive.\","
                    + "\"channel\":\"email\",\"timestamp\":\"2025-05-05T18:00:00+05:30\"}}"),
            200);
    assertEquals("DISPUTE", answer.path("trigger").asText(), answer.toString());
    assertEquals("PAUSED", answer.path("campaign").path("status").asText(), answer.toString());
    JsonNode tasks = assertOk(api.get(BASE + "/tasks?sort=priority"), 200).path("tasks");
    assertEquals(1, tasks.size(), tasks.toString());
    String taskId = tasks.get(0).path("task").path("id").asText();
    assertEquals("RESOLVE_DISPUTE", tasks.get(0).path("task").path("kind").asText());
    assertOk(api.call("POST", BASE + "/tasks/" + taskId + "/claim", "{}"), 200);
    JsonNode mine = assertOk(api.get(BASE + "/tasks?assignee=user:asha"), 200).path("tasks");
    assertEquals(1, mine.size(), mine.toString());
    JsonNode done =
        assertOk(
            api.call("POST", BASE + "/tasks/" + taskId + "/complete", "{\"outcome\":\"RESOLVED\"}"),
            200);
    assertEquals("ACTIVE", done.path("campaign").path("status").asText(), done.toString());
    JsonNode again =
        assertOk(
            api.call("POST", BASE + "/tasks/" + taskId + "/complete", "{\"outcome\":\"RESOLVED\"}"),
            200);
    assertEquals(
        done.path("campaign").path("history").size(),
        again.path("campaign").path("history").size(),
        "a retried completion changes nothing");
    assertProblem(
        api.call("POST", BASE + "/tasks/" + taskId + "/complete", "{\"outcome\":\"NO_ANSWER\"}"),
        400,
        "INVALID_INPUT",
        "taskId");
    assertTrue(
        audit.entries(ApiClient.ACME).stream().anyMatch(e -> e.action().equals("task.complete")));
  }

  @Test
  void manualActionsNeedAReasonAndAreAudited() {
    String id = startCampaign();
    assertProblem(
        api.call("PUT", BASE + "/campaigns/" + id, "{\"status\":\"PAUSED\"}"),
        400,
        "MISSING_FIELD",
        "reason");
    JsonNode paused =
        assertOk(
            api.call(
                "PUT",
                BASE + "/campaigns/" + id,
                "{\"status\":\"PAUSED\",\"reason\":\"customer called: cheque posted\"}"),
            200);
    assertEquals("PAUSED", paused.path("status").asText());
    assertProblem(
        api.call(
            "POST", BASE + "/execute", "{\"customerId\":\"C-1\",\"campaignId\":\"" + id + "\"}"),
        400,
        "INVALID_INPUT",
        "action");
    JsonNode stopped =
        assertOk(
            api.call(
                "POST",
                BASE + "/campaigns/" + id + "/actions",
                "{\"action\":\"STOP\",\"reason\":\"written off\"}"),
            200);
    assertEquals("STOPPED", stopped.path("status").asText());
    assertTrue(
        audit.entries(ApiClient.ACME).stream()
            .anyMatch(e -> e.action().equals("campaign.pause") && e.actor().equals("user:asha")));
  }

  @Test
  void startsManualActionsAndTaskWorkAreAuditedOnceAsTheUserAndSendsNameTheCustomer() {
    String id = startCampaign();
    runFor(Duration.ofDays(3));
    assertOk(
        api.call(
            "PUT",
            BASE + "/campaigns/" + id,
            "{\"action\":\"PAUSE\",\"reason\":\"checking a cheque\"}"),
        200);
    String taskId =
        assertOk(api.get(BASE + "/tasks"), 200)
            .path("tasks")
            .get(0)
            .path("task")
            .path("id")
            .asText();
    assertOk(api.call("POST", BASE + "/tasks/" + taskId + "/claim", "{}"), 200);
    assertOk(
        api.call("POST", BASE + "/tasks/" + taskId + "/complete", "{\"outcome\":\"RESOLVED\"}"),
        200);
    for (String action :
        List.of("campaign.start", "campaign.pause", "task.claim", "task.complete")) {
      List<AuditEntry> entries =
          audit.entries(ApiClient.ACME).stream().filter(e -> e.action().equals(action)).toList();
      assertEquals(1, entries.size(), action + " audited once: " + entries);
      assertEquals("user:asha", entries.get(0).actor(), action);
      assertEquals("campaign:" + id, entries.get(0).target(), action);
    }
    List<AuditEntry> sends =
        audit.entries(ApiClient.ACME).stream()
            .filter(e -> e.action().equals("message.send"))
            .toList();
    assertFalse(sends.isEmpty(), () -> "no message.send in " + audit.entries(ApiClient.ACME));
    for (AuditEntry send : sends) {
      assertEquals("C-1", send.details().get("customerId"), send.toString());
    }
  }

  @Test
  void aPaymentInTheLedgerFinishesTheCampaign() {
    String id = startCampaign();
    assertOk(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-1", "C-1", "I-1", 50_000)),
        201);
    JsonNode partly = assertOk(api.get(BASE + "/campaigns/" + id), 200);
    assertEquals("₹20,000.00", partly.path("outstanding").path("formatted").asText());
    assertOk(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-2", "C-1", "I-2", 20_000)),
        201);
    JsonNode paid = assertOk(api.get(BASE + "/campaigns/" + id), 200);
    assertEquals("PAID", paid.path("status").asText(), paid.toString());
  }

  @Test
  void freeTextIsNotSentByExecute() {
    String id = startCampaign();
    assertProblem(
        api.call(
            "POST",
            BASE + "/execute",
            "{\"customerId\":\"C-1\",\"campaignId\":\""
                + id
                + "\",\"communicationContent\":"
                + "{\"subject\":\"Pay now\",\"body\":\"Pay now\",\"attachments\":[]}}"),
        400,
        "INVALID_INPUT",
        "communicationContent");
  }
}
