package dev.samvad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.sdk.JsonRequest;
import dev.samvad.sdk.JsonResponse;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.Role;
import dev.samvad.sdk.Samvad;
import dev.samvad.sdk.TenantSession;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, verbatim, so the README cannot drift from the API. */
class EmbeddingExampleTest {
  @Test
  void readmeExampleRuns() {
    JsonResponse r;
    // --- README.md, "Embedding" ---
    try (Samvad samvad = Samvad.builder().build()) { // in-memory store, system clock, no LLM
      TenantSession acme = samvad.tenant(new TenantId("acme"));

      acme.putCustomer(
          ImmutableCustomer.builder()
              .id(new CustomerId("C-104"))
              .legalName("Lakshmi Textiles Pvt Ltd")
              .gstin(new Gstin("33AAACL4821K1ZO"))
              .statedLanguage(LanguageForm.parse("ta"))
              .build());
      acme.putInvoice(
          ImmutableInvoice.builder()
              .id(new InvoiceId("I-1"))
              .customerId(new CustomerId("C-104"))
              .number(new InvoiceNumber("INV/26-27/00042"))
              .issueDate(LocalDate.of(2026, 10, 1))
              .dueDate(LocalDate.of(2026, 10, 31))
              .amount(Money.ofRupees(1_18_000))
              .tax(Money.ofRupees(18_000))
              .build());

      // The same data through the JSON API, as the host's web layer would call it after
      // authenticating the user and mapping her roles onto Samvad's:
      Principal caller =
          Principal.of(new TenantId("acme"), "priya", Role.RELATIONSHIP_MANAGER)
              .withAttribute(Principal.ASSIGNED_CUSTOMERS, "C-104");
      r =
          samvad
              .jsonApi()
              .handle(JsonRequest.of("GET", "/api/v1/customers/C-104/invoices", "", caller));
      // r.status() == 200; r.body() is JSON; errors carry code, message and correlationId
    }
    // --- end of the README example ---
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().contains("INV/26-27/00042"), r.body());
  }
}
