package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.constraint.ConstraintAnalysis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConstraintRoutesTest {
  private static final String ANALYZE = "/api/v1/constraint-integration/analyze";
  private static final String CONSTRAINTS = "/api/v1/constraint-integration/constraints/";
  private static final String INSIGHTS = "/api/v1/constraint-integration/generate-insights";

  /** 30 June 2026, noon in India. */
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  private final List<ConstraintAnalysis> exported = new CopyOnWriteArrayList<>();
  private final Samvad samvad =
      Samvad.builder()
          .clock(SteppableClock.startingAt(Instant.parse("2026-06-30T06:30:00Z")))
          .constraintSink(exported::add)
          .build();
  private final ApiClient api = ApiClient.acme(samvad);

  /** Open balance the ledger holds after the payments below. */
  private long openPaise;

  @BeforeEach
  void loadLedger() {
    TenantSession acme = samvad.tenant(ApiClient.ACME);
    acme.putCustomer(
        ImmutableCustomer.builder()
            .id(new CustomerId("C-1"))
            .legalName("Shree Ganesh Traders Pvt Ltd")
            .gstin(new dev.samvad.api.Gstin(Samples.GSTIN))
            .size(BusinessSize.SMALL)
            .build());
    acme.putCustomer(Samples.customer("C-2"));
    acme.putCustomer(Samples.customer("C-3"));
    // C-1: one paid on time, one half paid and 60 days overdue, one not yet due.
    invoice(acme, "I-1", "C-1", "S/26/001", TODAY.minusDays(80), 30, 1_00_000);
    invoice(acme, "I-2", "C-1", "S/26/002", TODAY.minusDays(90), 30, 2_00_000);
    invoice(acme, "I-3", "C-1", "S/26/003", TODAY.minusDays(10), 30, 50_000);
    pay(acme, "P-1", "C-1", "I-1", TODAY.minusDays(55), 1_00_000);
    pay(acme, "P-2", "C-1", "I-2", TODAY.minusDays(40), 1_00_000);
    // C-2: 120 days overdue, untouched.
    invoice(acme, "I-4", "C-2", "S/25/104", TODAY.minusDays(150), 30, 3_00_000);
    // C-3: paid in full, late.
    invoice(acme, "I-5", "C-3", "S/26/005", TODAY.minusDays(70), 15, 80_000);
    pay(acme, "P-3", "C-3", "I-5", TODAY.minusDays(20), 80_000);
    openPaise = (1_00_000 + 50_000 + 3_00_000) * 100L;
  }

  @AfterEach
  void close() {
    samvad.close();
  }

  @Test
  void analyzeAnswersWithConsistentKpis() {
    JsonNode body = assertOk(api.call("POST", ANALYZE, "{\"tenantId\": \"acme\"}"), 200);
    assertEquals("*", body.at("/customerId").asText());
    assertEquals(TODAY.toString(), body.at("/analysisDate").asText());
    assertEquals(3, body.at("/customers").asInt());
    assertEquals(5, body.at("/invoices").asInt());
    assertFalse(body.at("/comparedWithPrevious").asBoolean());
    JsonNode kpis = body.at("/analysis/kpis");
    long closing = kpis.at("/closingReceivables/paise").asLong();
    assertEquals(openPaise, closing);
    JsonNode ageing = kpis.at("/ageing");
    long buckets = 0;
    for (String b : List.of("current", "days1To30", "days31To60", "days61To90", "over90")) {
      buckets += ageing.at("/" + b + "/paise").asLong();
    }
    assertEquals(closing, buckets, ageing.toString());
    assertEquals(closing, ageing.at("/total/paise").asLong());
    assertEquals(50_000_00L, ageing.at("/current/paise").asLong());
    assertEquals(3_00_000_00L, ageing.at("/over90/paise").asLong());
    double days = kpis.at("/period/days").asDouble();
    double sales = kpis.at("/creditSales/paise").asDouble();
    assertEquals(closing / sales * days, kpis.at("/dso").asDouble(), 0.01);
    double best = kpis.at("/bestPossibleDso").asDouble();
    assertTrue(kpis.at("/dso").asDouble() >= best);
    assertEquals(
        kpis.at("/dso").asDouble() - best, kpis.at("/averageDaysDelinquent").asDouble(), 0.01);
    double cei = kpis.at("/cei").asDouble();
    assertTrue(cei >= 0 && cei <= 100, "CEI " + cei);
    assertFalse(body.at("/analysis/msmed/applicable").asBoolean(), "a MEDIUM tenant by default");
    assertEquals(1, exported.size(), "the sink receives each analysis");
  }

  @Test
  void smallTenantGetsMsmedInterest() {
    JsonNode body =
        assertOk(
            api.call("POST", ANALYZE, "{\"customerId\": \"*\", \"tenantSize\": \"SMALL\"}"), 200);
    assertTrue(body.at("/analysis/msmed/applicable").asBoolean());
    assertTrue(
        body.at("/analysis/msmed/interest/paise").asLong() > 0,
        body.at("/analysis/msmed").toString());
  }

  @Test
  void executionsInTheBodyFeedTheFunnelAndBadOnesNameTheirPath() {
    String good =
        """
        {"communicationData": {"executions": [
          {"invoiceId": "I-3", "channel": "whatsapp", "queuedAt": "2026-06-21T10:00:00+05:30",
           "sentAt": "2026-06-21T10:00:05+05:30", "deliveredAt": "2026-06-21T10:01:00+05:30",
           "readAt": "2026-06-21T11:00:00+05:30", "outcome": "promised",
           "repliedAt": "2026-06-21T12:00:00+05:30", "promisedFor": "2026-07-15"}]}}
        """;
    JsonNode body = assertOk(api.call("POST", ANALYZE, good), 200);
    assertEquals(1, body.at("/executions").asInt());
    assertEquals(1, body.at("/analysis/funnel/stages/4/invoices").asInt(), "one PROMISED");

    String badChannel =
        """
        {"communicationData": {"executions": [
          {"invoiceId": "I-3", "channel": "sms", "queuedAt": "2026-06-21T10:00:00+05:30"},
          {"invoiceId": "I-3", "channel": "pigeon", "queuedAt": "2026-06-21T10:00:00+05:30"}]}}
        """;
    assertProblem(
        api.call("POST", ANALYZE, badChannel),
        400,
        "INVALID_INPUT",
        "communicationData.executions[1].channel");

    String unknownInvoice =
        """
        {"communicationData": {"executions": [
          {"invoiceId": "I-99", "channel": "sms", "queuedAt": "2026-06-21T10:00:00+05:30"}]}}
        """;
    assertProblem(
        api.call("POST", ANALYZE, unknownInvoice),
        400,
        "INVALID_INPUT",
        "communicationData.executions[0].invoiceId");

    String promiseWithoutDate =
        """
        {"communicationData": {"executions": [
          {"invoiceId": "I-3", "channel": "sms", "queuedAt": "2026-06-21T10:00:00+05:30",
           "outcome": "promised", "repliedAt": "2026-06-21T12:00:00+05:30"}]}}
        """;
    assertProblem(
        api.call("POST", ANALYZE, promiseWithoutDate),
        400,
        "INVALID_INPUT",
        "communicationData.executions[0].promisedFor");
  }

  @Test
  void secondAnalysisComparesWithThePrevious() {
    JsonNode first = assertOk(api.call("POST", ANALYZE, "{}"), 200);
    assertTrue(first.at("/analysis/shift").isMissingNode(), first.at("/analysis").toString());
    JsonNode second = assertOk(api.call("POST", ANALYZE, "{}"), 200);
    assertTrue(second.at("/comparedWithPrevious").asBoolean());
    if (second.at("/analysis/constraint").isObject()) {
      assertFalse(second.at("/analysis/shift/moved").asBoolean(), second.toString());
      assertEquals(TODAY.toString(), second.at("/analysis/shift/previousAsOf").asText());
    }
    assertEquals(2, exported.size());
  }

  @Test
  void constraintsOfACustomerAfterAnalysisOnlyAndPerTenant() {
    assertProblem(api.get(CONSTRAINTS + "C-2"), 404, "NOT_FOUND");
    assertOk(api.call("POST", ANALYZE, "{}"), 200);
    JsonNode portfolio = assertOk(api.get(CONSTRAINTS + "C-2"), 200);
    assertEquals("C-2", portfolio.at("/customerId").asText());
    assertEquals("*", portfolio.at("/constraintScope").asText());
    assertEquals("C-2", portfolio.at("/atRisk/customerId").asText());
    assertTrue(portfolio.at("/kpis").isMissingNode(), "no analysis narrowed to C-2 yet");

    JsonNode narrowed = assertOk(api.call("POST", ANALYZE, "{\"customerId\": \"C-2\"}"), 200);
    assertEquals(1, narrowed.at("/customers").asInt());
    JsonNode own = assertOk(api.get(CONSTRAINTS + "C-2"), 200);
    assertEquals(3_00_000_00L, own.at("/kpis/closingReceivables/paise").asLong());
    assertProblem(api.get(CONSTRAINTS + "C-404"), 404, "NOT_FOUND");
    assertProblem(api.call("POST", ANALYZE, "{\"customerId\": \"C-404\"}"), 404, "NOT_FOUND");

    ApiClient other =
        new ApiClient(
            samvad.jsonApi(), Principal.of(new TenantId("globex"), "ravi", Role.ADMINISTRATOR));
    assertProblem(other.get(CONSTRAINTS + "C-2"), 404, "NOT_FOUND");
    JsonNode empty = assertOk(other.call("POST", ANALYZE, "{}"), 200);
    assertEquals(0, empty.at("/invoices").asInt(), "another tenant's ledger is invisible");
  }

  @Test
  void insightsHonourTypesTimeRangeAndSegments() {
    JsonNode all = assertOk(api.call("POST", INSIGHTS, "{\"tenantId\": \"acme\"}"), 200);
    assertTrue(all.at("/atRisk").isArray());
    assertTrue(all.at("/holdOut").isObject());
    assertEquals("C-2", all.at("/atRisk/0/customerId").asText(), "oldest large balance first");
    assertTrue(exported.isEmpty(), "insights are not exported");

    String some =
        """
        {"analysisScope": {"analysisTypes": ["atRisk", "hold_out", "CHANNELS"],
                           "timeRange": {"startDate": "2026-05-02T00:00:00+05:30",
                                         "endDate": "2026-06-30T18:00:00+05:30"},
                           "customerSegments": ["region:WEST"]}}
        """;
    JsonNode chosen = assertOk(api.call("POST", INSIGHTS, some), 200);
    assertEquals(60, chosen.at("/period/days").asInt());
    assertEquals(1, chosen.at("/customers").asInt(), "only C-1 is in WEST (GSTIN 27)");
    assertTrue(chosen.at("/atRisk").isArray());
    assertTrue(chosen.at("/segments").isMissingNode());
    assertTrue(chosen.at("/kpis").isMissingNode());
    assertEquals("holdOut", chosen.at("/analysisTypes/0").asText());

    assertProblem(
        api.call(
            "POST", INSIGHTS, "{\"analysisScope\": {\"analysisTypes\": [\"atRisk\", \"vibes\"]}}"),
        400,
        "INVALID_INPUT",
        "analysisScope.analysisTypes[1]");
    assertProblem(
        api.call(
            "POST",
            INSIGHTS,
            "{\"analysisScope\": {\"timeRange\": {\"endDate\": \"2026-03-31T00:00:00+05:30\"}}}"),
        400,
        "INVALID_INPUT",
        "analysisScope.timeRange.endDate");
    assertProblem(
        api.call("POST", INSIGHTS, "{\"analysisScope\": {\"customerSegments\": [\"mars\"]}}"),
        400,
        "INVALID_INPUT",
        "analysisScope.customerSegments[0]");
    assertProblem(
        api.call(
            "POST", INSIGHTS, "{\"comparisonCriteria\": {\"benchmarkPeriod\": \"last_year\"}}"),
        400,
        "INVALID_INPUT",
        "comparisonCriteria.benchmarkPeriod");
  }

  private static void invoice(
      TenantSession session,
      String id,
      String customer,
      String number,
      LocalDate issued,
      int creditDays,
      long rupees) {
    session.putInvoice(
        ImmutableInvoice.builder()
            .id(new InvoiceId(id))
            .customerId(new CustomerId(customer))
            .number(new InvoiceNumber(number))
            .issueDate(issued)
            .dueDate(issued.plusDays(creditDays))
            .amount(Money.ofRupees(rupees))
            .tax(Money.ofRupees(rupees * 18 / 118))
            .build());
  }

  private static void pay(
      TenantSession session,
      String id,
      String customer,
      String invoice,
      LocalDate on,
      long rupees) {
    session.recordPayment(
        ImmutablePayment.builder()
            .id(new PaymentId(id))
            .customerId(new CustomerId(customer))
            .amount(Money.ofRupees(rupees))
            .receivedOn(on)
            .mode(PaymentMode.UPI)
            .reference("UPI0000" + id.replace("-", ""))
            .addAllocations(
                ImmutablePaymentAllocation.builder()
                    .invoiceId(new InvoiceId(invoice))
                    .amount(Money.ofRupees(rupees))
                    .build())
            .build());
  }
}
