package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.spi.InMemoryAuditSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ledger routes write through the tenant's store and read back what they wrote. */
class LedgerRoutesTest {
  private final InMemoryAuditSink audit = new InMemoryAuditSink();
  private final Samvad samvad = Samvad.builder().auditSink(audit).build();
  private final ApiClient api = ApiClient.acme(samvad);

  @AfterEach
  void close() {
    samvad.close();
  }

  private void putCustomerAndInvoice() {
    assertOk(api.call("PUT", "/api/v1/customers/C-1", Samples.customerJson("C-1")), 201);
    assertOk(
        api.call("POST", "/api/v1/invoices", Samples.invoiceJson("I-1", "C-1", "INV/25/1", 1000)),
        201);
  }

  private JsonNode invoice(String customer, int index) {
    return assertOk(api.get("/api/v1/customers/" + customer + "/invoices"), 200)
        .get("invoices")
        .get(index);
  }

  @Test
  void customerRoundTrips() throws Exception {
    JsonNode put =
        assertOk(api.call("PUT", "/api/v1/customers/C-1", Samples.customerJson("C-1")), 201);
    JsonNode got = assertOk(api.get("/api/v1/customers/C-1"), 200);
    assertEquals(put, got);
    Customer bound = ApiClient.JSON.treeToValue(got, Customer.class);
    assertEquals(bound, samvad.tenant(ApiClient.ACME).customer(new CustomerId("C-1")).get());
    assertEquals("+919820012345", got.at("/contacts/0/phone").asText());
    assertEquals("Ganesh Traders", got.get("tradeName").asText());

    String renamed = Samples.customerJson("C-1").replace("Ganesh Traders\"", "Ganesh Textiles\"");
    assertEquals(
        "Ganesh Textiles",
        assertOk(api.call("PUT", "/api/v1/customers/C-1", renamed), 200).get("tradeName").asText());
    // Reads of a customer (contact details) are audited too: the API's GET and the session's read.
    assertEquals(
        List.of("customer.create", "customer.read", "customer.read", "customer.update"),
        audit.entries(ApiClient.ACME).stream().map(e -> e.action()).toList());
    assertEquals("user:asha", audit.entries(ApiClient.ACME).get(0).actor());
  }

  @Test
  void pathIdFillsAnAbsentBodyIdAndMustMatchAPresentOne() {
    assertOk(api.call("PUT", "/api/v1/customers/C-7", "{\"legalName\":\"Mehta Agencies\"}"), 201);
    assertProblem(
        api.call("PUT", "/api/v1/customers/C-8", Samples.customerJson("C-9")),
        400,
        "INVALID_INPUT",
        "id");
  }

  @Test
  void customersArePagedInIdOrder() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = "C-" + i;
      ids.add(id);
      assertOk(api.call("PUT", "/api/v1/customers/" + id, Samples.customerJson(id)), 201);
    }
    JsonNode first = assertOk(api.get("/api/v1/customers?limit=3"), 200);
    assertEquals(3, first.get("customers").size());
    assertEquals("C-2", first.get("nextAfter").asText());
    JsonNode second = assertOk(api.get("/api/v1/customers?limit=3&after=C-2"), 200);
    assertEquals(2, second.get("customers").size());
    assertTrue(second.path("nextAfter").isMissingNode());
    List<String> seen = new ArrayList<>();
    first.get("customers").forEach(c -> seen.add(c.get("id").asText()));
    second.get("customers").forEach(c -> seen.add(c.get("id").asText()));
    assertEquals(ids, seen);
  }

  @Test
  void paymentAllocationReducesOutstandingAndSetsStatus() {
    putCustomerAndInvoice();
    assertEquals("OPEN", invoice("C-1", 0).get("status").asText());

    assertOk(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-1", "C-1", "I-1", 400)), 201);
    JsonNode partly = invoice("C-1", 0);
    assertEquals("PARTIALLY_PAID", partly.get("status").asText());
    assertEquals(60_000, partly.at("/outstanding/paise").asLong());

    assertOk(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-2", "C-1", "I-1", 600)), 201);
    JsonNode paid = invoice("C-1", 0);
    assertEquals("PAID", paid.get("status").asText());
    assertEquals(0, paid.at("/outstanding/paise").asLong());
    assertEquals(2, samvad.tenant(ApiClient.ACME).payments(new CustomerId("C-1")).size());
  }

  @Test
  void overAllocationIsRejectedAndNothingIsWritten() {
    putCustomerAndInvoice();
    JsonNode before = invoice("C-1", 0);
    JsonNode problem =
        assertProblem(
            api.call("POST", "/api/v1/payments", Samples.paymentJson("P-1", "C-1", "I-1", 1500)),
            400,
            "INVALID_INPUT",
            "allocations[0].amount");
    assertTrue(problem.get("message").asText().contains("₹1,000.00"), problem.toString());
    assertEquals(before, invoice("C-1", 0));
    assertTrue(samvad.tenant(ApiClient.ACME).payments(new CustomerId("C-1")).isEmpty());
  }

  @Test
  void laterFailingAllocationUndoesEarlierOnes() {
    putCustomerAndInvoice();
    assertOk(
        api.call("POST", "/api/v1/invoices", Samples.invoiceJson("I-2", "C-1", "INV/25/2", 100)),
        201);
    String payment =
        """
        {"id": "P-1", "customerId": "C-1", "amount": {"paise": 100000},
         "receivedOn": "2025-05-02", "mode": "NEFT",
         "allocations": [{"invoiceId": "I-1", "amount": {"paise": 50000}},
                         {"invoiceId": "I-2", "amount": {"paise": 50000}}]}
        """;
    assertProblem(
        api.call("POST", "/api/v1/payments", payment),
        400,
        "INVALID_INPUT",
        "allocations[1].amount");
    assertEquals("OPEN", invoice("C-1", 0).get("status").asText());
    assertEquals(100_000, invoice("C-1", 0).at("/outstanding/paise").asLong());
    assertTrue(samvad.tenant(ApiClient.ACME).payments(new CustomerId("C-1")).isEmpty());
  }

  @Test
  void allocationToAnotherCustomersInvoiceIsRefused() {
    putCustomerAndInvoice();
    assertOk(api.call("PUT", "/api/v1/customers/C-2", Samples.customerJson("C-2")), 201);
    assertProblem(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-1", "C-2", "I-1", 100)),
        400,
        "INVALID_INPUT",
        "allocations[0].invoiceId");
    assertProblem(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-1", "C-1", "I-404", 100)),
        404,
        "NOT_FOUND");
  }

  @Test
  void interactionsAreRecordedForKnownCustomers() {
    putCustomerAndInvoice();
    String reply =
        """
        {"id": "M-1", "customerId": "C-1", "channel": "WHATSAPP", "direction": "INBOUND",
         "text": "पेमेंट अगले हफ्ते कर देंगे", "language": "hi",
         "occurredAt": "2025-05-03T09:30:00Z"}
        """;
    JsonNode stored = assertOk(api.call("POST", "/api/v1/interactions", reply), 201);
    assertEquals("पेमेंट अगले हफ्ते कर देंगे", stored.get("text").asText());
    assertProblem(
        api.call("POST", "/api/v1/interactions", reply.replace("\"C-1\"", "\"C-404\"")),
        404,
        "NOT_FOUND");
    assertFalse(
        samvad
            .tenant(ApiClient.ACME)
            .interactions(
                new CustomerId("C-1"),
                java.time.Instant.parse("2025-05-01T00:00:00Z"),
                java.time.Instant.parse("2025-06-01T00:00:00Z"))
            .isEmpty());
  }

  @Test
  void anotherTenantSeesNothing() {
    putCustomerAndInvoice();
    ApiClient globex =
        new ApiClient(
            samvad.jsonApi(), Principal.of(new TenantId("globex"), "ravi", Role.ADMINISTRATOR));
    assertProblem(globex.get("/api/v1/customers/C-1"), 404, "NOT_FOUND");
    assertEquals(0, assertOk(globex.get("/api/v1/customers"), 200).get("customers").size());
  }
}
