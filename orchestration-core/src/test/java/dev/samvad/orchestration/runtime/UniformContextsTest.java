package dev.samvad.orchestration.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.Playbooks;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shared load-test contexts: the same facts for every customer, each under its own id. */
class UniformContextsTest {
  @Test
  void everyCustomerGetsTheSameFactsUnderTheirOwnId() {
    ContextSource contexts = UniformContexts.gujaratTraders();
    Instant now = Instant.parse("2026-03-02T04:30:00Z");
    Context a =
        contexts.contextFor(
            new TenantId("acme"), new CustomerId("C-1"), Playbooks.standardB2b(), now);
    Context b =
        contexts.contextFor(
            new TenantId("acme"), new CustomerId("C-2"), Playbooks.standardB2b(), now);
    assertEquals(new CustomerId("C-1"), a.profile().customerId());
    assertEquals(new CustomerId("C-2"), b.profile().customerId());
    assertEquals(a.profile().state(), b.profile().state());
    assertEquals(a.customer(), b.customer());
    assertEquals(a.policy(), b.policy());
  }
}
