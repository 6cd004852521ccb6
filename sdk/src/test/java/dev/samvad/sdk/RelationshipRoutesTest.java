package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.api.spi.SteppableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationshipRoutesTest {
  private static final String BASE = "/api/v1/relationship-intelligence";
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  private final SteppableClock clock =
      SteppableClock.startingAt(Instant.parse("2026-11-20T06:00:00Z"));
  private final Samvad samvad = Samvad.builder().clock(clock).build();
  private final ApiClient api = ApiClient.acme(samvad);

  @BeforeEach
  void loadLedger() {
    TenantSession acme = samvad.tenant(ApiClient.ACME);
    acme.putCustomer(Samples.customer("C-1"));
    acme.putCustomer(Samples.customer("C-2"));
    // C-1: ten monthly invoices, each paid 20 to 47 days late, growing later; one still open.
    for (int i = 0; i < 10; i++) {
      LocalDate issued = TODAY.minusDays(330 - 30L * i);
      String id = "I-" + i;
      acme.putInvoice(
          ImmutableInvoice.builder()
              .id(new InvoiceId(id))
              .customerId(new CustomerId("C-1"))
              .number(new InvoiceNumber("S/26/" + (100 + i)))
              .issueDate(issued)
              .dueDate(issued.plusDays(30))
              .amount(Money.ofRupees(50_000))
              .tax(Money.ZERO)
              .build());
      Instant sent = issued.plusDays(30).atTime(11, 0).toInstant(ZoneOffset.ofHoursMinutes(5, 30));
      acme.recordInteraction(
          ImmutableInteraction.builder()
              .id(new InteractionId("M-" + i))
              .customerId(new CustomerId("C-1"))
              .channel(ChannelKind.WHATSAPP)
              .direction(Direction.OUTBOUND)
              .text("Reminder for " + id)
              .occurredAt(sent)
              .build());
      if (i % 2 == 0) {
        acme.recordInteraction(
            ImmutableInteraction.builder()
                .id(new InteractionId("R-" + i))
                .customerId(new CustomerId("C-1"))
                .channel(ChannelKind.WHATSAPP)
                .direction(Direction.INBOUND)
                .text("will pay soon")
                .occurredAt(sent.plusSeconds(3 * 3600))
                .build());
      }
      LocalDate paid = issued.plusDays(30 + 20 + 3L * i);
      if (i < 9 && paid.isBefore(TODAY)) {
        acme.recordPayment(
            ImmutablePayment.builder()
                .id(new PaymentId("P-" + i))
                .customerId(new CustomerId("C-1"))
                .amount(Money.ofRupees(50_000))
                .receivedOn(paid)
                .mode(PaymentMode.NEFT)
                .addAllocations(
                    ImmutablePaymentAllocation.builder()
                        .invoiceId(new InvoiceId(id))
                        .amount(Money.ofRupees(50_000))
                        .build())
                .build());
      }
    }
  }

  @AfterEach
  void close() {
    samvad.close();
  }

  private JsonNode analyze(String customer, String extra) {
    return assertOk(
        api.call(
            "POST",
            BASE + "/analyze",
            "{\"tenantId\":\"acme\",\"customerId\":\"" + customer + "\"" + extra + "}"),
        200);
  }

  @Test
  void analyzeScoresALatePayerFromTheLedgerWithDrivers() {
    JsonNode body = analyze("C-1", "");
    assertTrue(body.at("/inputs/inLedger").asBoolean());
    assertEquals(10, body.at("/inputs/invoices").asInt());
    double score = body.at("/analysis/health/score").asDouble();
    assertTrue(score >= 0 && score <= 100, "score " + score);
    assertTrue(score < 60, "a customer always 20+ days late is not healthy: " + score);
    JsonNode drivers = body.at("/analysis/health/drivers");
    assertTrue(drivers.size() >= 1, body.at("/analysis/health").toString());
    assertTrue(drivers.toString().contains("invoices"), drivers.toString());
    assertTrue(body.at("/analysis/behaviour/timing").toString().contains("meanDaysLate"));
    assertEquals(1, body.at("/analysis/openInvoices").size());
    assertEquals(1, body.at("/healthHistorySize").asInt());
    assertEquals(0, body.at("/unusedFields").size());
  }

  @Test
  void bodyItemsJoinTheLedgerHistory() {
    JsonNode body =
        analyze(
            "C-2",
            """
            ,"interactionHistory": [
              {"type": "whatsapp:outbound", "content": "Reminder", "timestamp": "2026-11-01T11:00:00+05:30"},
              {"type": "whatsapp", "content": "kal tak 50000 bhej dunga",
               "responseTime": 2, "timestamp": "2026-11-01T13:00:00+05:30"},
              {"type": "email", "sentiment": "negative", "timestamp": "2026-11-05T10:00:00+05:30"}
            ],
            "paymentHistory": [
              {"amount": 20000, "dueDate": "2026-08-01T00:00:00+05:30",
               "paidDate": "2026-08-20T00:00:00+05:30", "status": "late"},
              {"amount": 30000, "dueDate": "2026-10-01T00:00:00+05:30", "status": "unpaid"}
            ],
            "communicationPreferences": {"preferredChannels": ["whatsapp"],
              "preferredTiming": ["morning"]}
            """);
    assertEquals(2, body.at("/inputs/invoices").asInt());
    assertEquals(1, body.at("/inputs/payments").asInt());
    assertEquals(4, body.at("/inputs/interactions").asInt());
    assertEquals(2, body.at("/inputs/replySignals").asInt());
    assertEquals("WHATSAPP", body.at("/analysis/behaviour/preference/stated").asText());
    assertEquals(1, body.at("/analysis/behaviour/promises/promises").asInt(), body.toString());
    assertEquals("communicationPreferences.preferredTiming", body.at("/unusedFields/0").asText());
  }

  @Test
  void badItemsAreNamedByTheirPath() {
    String path = BASE + "/analyze";
    assertProblem(
        api.call(
            "POST",
            path,
            "{\"customerId\":\"C-1\",\"interactionHistory\":[{\"type\":\"pigeon\","
                + "\"timestamp\":\"2026-11-01T10:00:00+05:30\"}]}"),
        400,
        "INVALID_INPUT",
        "interactionHistory[0].type");
    assertProblem(
        api.call(
            "POST",
            path,
            "{\"customerId\":\"C-1\",\"interactionHistory\":[{\"type\":\"sms\","
                + "\"sentiment\":\"2.5\",\"timestamp\":\"2026-11-01T10:00:00+05:30\"}]}"),
        400,
        "INVALID_INPUT",
        "interactionHistory[0].sentiment");
    assertProblem(
        api.call(
            "POST", path, "{\"customerId\":\"C-1\",\"interactionHistory\":[{\"type\":\"sms\"}]}"),
        400,
        "MISSING_FIELD",
        "interactionHistory[0].timestamp");
    assertProblem(
        api.call(
            "POST",
            path,
            "{\"customerId\":\"C-1\",\"paymentHistory\":[{\"amount\":10,"
                + "\"dueDate\":\"2026-08-01T00:00:00Z\",\"status\":\"paid\"}]}"),
        400,
        "MISSING_FIELD",
        "paymentHistory[0].paidDate");
    assertProblem(
        api.call(
            "POST",
            path,
            "{\"customerId\":\"C-1\",\"paymentHistory\":[{\"amount\":10,"
                + "\"dueDate\":\"2026-08-01T00:00:00Z\",\"status\":\"maybe\"}]}"),
        400,
        "INVALID_INPUT",
        "paymentHistory[0].status");
    assertProblem(
        api.call(
            "POST",
            path,
            "{\"customerId\":\"C-1\",\"communicationPreferences\":"
                + "{\"preferredChannels\":[\"sms\",\"telegram\"]}}"),
        400,
        "INVALID_INPUT",
        "communicationPreferences.preferredChannels[1]");
    assertProblem(
        api.call(
            "POST",
            BASE + "/predict-behavior",
            "{\"customerId\":\"C-1\",\"invoice\":{\"amount\":100,\"dueDate\":\"2026-12-20\"},"
                + "\"thresholds\":[0,31]}"),
        400,
        "INVALID_INPUT",
        "thresholds[1]");
    assertProblem(
        api.call(
            "POST",
            BASE + "/predict-behavior",
            "{\"customerId\":\"C-1\",\"invoice\":{\"dueDate\":\"2026-12-20\"}}"),
        400,
        "MISSING_FIELD",
        "invoice.amount");
  }

  @Test
  void healthIsNotFoundBeforeAnalysisAndKeepsHistoryAfter() {
    assertProblem(api.get(BASE + "/health/C-1"), 404, "NOT_FOUND");
    double first = analyze("C-1", "").at("/analysis/health/score").asDouble();
    clock.advance(java.time.Duration.ofDays(10));
    analyze("C-1", "");
    JsonNode health = assertOk(api.get(BASE + "/health/C-1"), 200);
    assertEquals("C-1", health.at("/customerId").asText());
    assertEquals(2, health.at("/history").size());
    assertEquals(first, health.at("/history/0/score").asDouble(), 1e-9);
    double current = health.at("/current/score").asDouble();
    assertTrue(current >= 0 && current <= 100);
    assertEquals(2, health.at("/trend/points").asInt());
    assertTrue(health.at("/ledgerSeries").size() > 5, health.toString());
    JsonNode narrow = assertOk(api.get(BASE + "/health/C-1?from=2026-11-25&to=2026-12-31"), 200);
    assertEquals(1, narrow.at("/history").size());
    assertProblem(api.get(BASE + "/health/C-1?from=yesterday"), 400, "INVALID_INPUT", "from");
    // The sentiment history of the same customer is untouched by health points.
    assertProblem(api.get(BASE + "/sentiment-trends/C-1"), 404, "NOT_FOUND");
  }

  @Test
  void healthPointsDoNotDisturbSentimentHistory() {
    assertOk(
        api.call(
            "POST",
            BASE + "/analyze-sentiment",
            "{\"customerId\":\"C-1\",\"communications\":[{\"content\":\"thank you, paid\","
                + "\"channel\":\"sms\",\"timestamp\":\"2026-11-19T10:00:00+05:30\"}]}"),
        200);
    analyze("C-1", "");
    JsonNode trends = assertOk(api.get(BASE + "/sentiment-trends/C-1"), 200);
    assertEquals(1, trends.at("/messages").asInt());
    assertOk(api.get(BASE + "/health/C-1"), 200);
  }

  @Test
  void predictBehaviourGivesProbabilitiesDatesAndReplyLikelihood() {
    JsonNode body =
        assertOk(
            api.call(
                "POST",
                BASE + "/predict-behavior",
                """
                {"customerId": "C-1",
                 "invoice": {"amount": 75000, "dueDate": "2026-12-20", "deliveryMode": "paper"},
                 "thresholds": [0, 30, 60],
                 "scenario": {"channel": "whatsapp", "at": "2026-11-21T11:00:00+05:30"}}
                """),
            200);
    assertEquals(3, body.at("/probabilities").size());
    double previous = 1;
    for (JsonNode p : body.at("/probabilities")) {
      double v = p.at("/probability").asDouble();
      assertTrue(v >= 0 && v <= 1, p.toString());
      assertTrue(v <= previous + 1e-12, "monotone in N: " + body.at("/probabilities"));
      previous = v;
    }
    assertTrue(body.at("/probabilities/0/probability").asDouble() > 0.5, body.toString());
    assertFalse(body.at("/probabilities/0/drivers").isEmpty());
    assertTrue(
        LocalDate.parse(body.at("/payment/expected").asText()).isAfter(LocalDate.of(2026, 12, 20)));
    assertEquals("WHATSAPP", body.at("/reply/channel").asText());
    assertEquals(11, body.at("/reply/hourIndia").asInt());
    double reply = body.at("/reply/likelihood").asDouble();
    assertTrue(reply >= 0 && reply <= 1, body.at("/reply").toString());
    assertEquals(5, body.at("/reply/byChannelAtThatHour").size());

    JsonNode stored =
        assertOk(
            api.call(
                "POST",
                BASE + "/predict-behavior",
                "{\"customerId\":\"C-1\",\"invoice\":{\"invoiceId\":\"I-9\"}}"),
            200);
    assertEquals("I-9", stored.at("/invoiceId").asText());
    assertEquals(2, stored.at("/probabilities").size());
  }

  @Test
  void anotherTenantSeesNeitherTheLedgerNorTheHealth() {
    analyze("C-1", "");
    ApiClient globex =
        new ApiClient(
            samvad.jsonApi(), Principal.of(new TenantId("globex"), "ravi", Role.ADMINISTRATOR));
    assertProblem(globex.get(BASE + "/health/C-1"), 404, "NOT_FOUND");
    assertProblem(
        globex.call("POST", BASE + "/analyze", "{\"customerId\":\"C-1\"}"), 404, "NOT_FOUND");
    assertProblem(
        globex.call(
            "POST",
            BASE + "/predict-behavior",
            "{\"customerId\":\"C-1\",\"invoice\":{\"invoiceId\":\"I-9\"}}"),
        404,
        "NOT_FOUND");
    assertProblem(
        api.call("POST", BASE + "/analyze", "{\"tenantId\":\"globex\",\"customerId\":\"C-1\"}"),
        403,
        "TENANT_MISMATCH",
        "tenantId");
  }
}
