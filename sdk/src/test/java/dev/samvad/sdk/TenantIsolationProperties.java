package dev.samvad.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Data put through one tenant's session is invisible through another's. */
class TenantIsolationProperties {

  @Property(tries = 200)
  void tenantsNeverSeeEachOther(
      @ForAll("ids") String tenantA,
      @ForAll("ids") String tenantB,
      @ForAll("idSets") Set<String> customers) {
    Assume.that(!tenantA.equals(tenantB));
    try (Samvad samvad = Samvad.builder().build()) {
      TenantSession a = samvad.tenant(new TenantId(tenantA));
      TenantSession b = samvad.tenant(new TenantId(tenantB));
      int number = 0;
      for (String id : customers) {
        a.putCustomer(Samples.customer(id));
        a.putInvoice(Samples.invoice("I-" + id, id, "N/" + number++, 100));
      }
      assertEquals(customers.size(), a.customers().size());
      assertTrue(b.customers().isEmpty());
      for (String id : customers) {
        CustomerId customer = new CustomerId(id);
        assertTrue(a.customer(customer).isPresent());
        assertTrue(b.customer(customer).isEmpty());
      }
      ApiClient viaB =
          new ApiClient(
              samvad.jsonApi(), Principal.of(new TenantId(tenantB), "u", Role.ADMINISTRATOR));
      for (String id : customers) {
        assertEquals(404, viaB.get("/api/v1/customers/" + id).status());
        assertEquals(404, viaB.get("/api/v1/customers/" + id + "/invoices").status());
      }
      assertEquals(
          List.of(),
          ApiClient.json(viaB.get("/api/v1/customers")).get("customers").findValuesAsText("id"));
    }
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars("-_.:")
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
  }

  @Provide
  Arbitrary<Set<String>> idSets() {
    return ids().set().ofMaxSize(8);
  }
}
