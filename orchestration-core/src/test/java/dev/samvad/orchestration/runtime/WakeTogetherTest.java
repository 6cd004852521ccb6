package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.orchestration.Playbooks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Due campaigns claimed together are woken together; when one of them cannot be woken, nothing of
 * the run is written and each is woken on its own, so the others still send and the one that failed
 * is put back for later.
 */
class WakeTogetherTest {
  private static final List<CustomerId> CUSTOMERS =
      List.of(new CustomerId("C-1"), new CustomerId("C-2"), new CustomerId("C-3"));
  private static final CustomerId BROKEN = CUSTOMERS.get(1);

  private final AtomicBoolean failing = new AtomicBoolean();
  private final ContextSource contexts =
      ContextSource.of(
          RuntimeFixtures.policy(),
          RuntimeFixtures.COMPOSER,
          (tenant, customer) -> {
            if (failing.get() && customer.equals(BROKEN)) {
              throw new IllegalStateException("the host's customer service is down for C-2");
            }
            return Optional.of(RuntimeFixtures.facts(customer));
          });
  private final Harness h = new Harness(ist("2026-03-02T09:00"), 1, b -> b, contexts);

  @Test
  void oneCampaignThatCannotBeWokenHoldsUpNoOther() {
    CampaignRuntime runtime = h.runtime();
    for (CustomerId customer : CUSTOMERS) {
      runtime.start(
          TENANT,
          new CampaignId("cmp-" + customer.value()),
          customer,
          Playbooks.STANDARD_B2B,
          List.of(
              item(
                  "A-" + customer.value(),
                  LocalDate.of(2026, 3, 2),
                  LocalDate.of(2026, 3, 16),
                  50_000)));
    }
    h.runUntil(runtime, ist("2026-03-05T00:00"), Duration.ofHours(1));
    int before = h.delivered().size();
    Instant wake =
        runtime.find(TENANT, new CampaignId("cmp-C-1")).orElseThrow().wakeAt().orElseThrow();
    for (CustomerId customer : CUSTOMERS) {
      assertEquals(
          Optional.of(wake),
          runtime.find(TENANT, new CampaignId("cmp-" + customer.value())).orElseThrow().wakeAt(),
          "the three wake at once, so one claim takes them together");
    }
    h.clock.advance(Duration.between(h.now(), wake).plusHours(1));

    failing.set(true);
    RunReport pass = runtime.runDue(h.now());

    assertEquals(1, pass.errors(), pass.toString());
    assertEquals(
        Set.of("C-1", "C-3"), customersSentTo(before), "the two that could be woken still send");
    assertTrue(
        h.store.tenant(TENANT).inTransaction(uow -> uow.dueWork().dueAt("c:cmp-C-2")).isPresent(),
        "the one that failed is put back for later");

    failing.set(false);
    h.clock.advance(Duration.ofHours(1));
    runtime.runDue(h.now());
    assertEquals(Set.of("C-1", "C-2", "C-3"), customersSentTo(before));
  }

  private Set<String> customersSentTo(int after) {
    return h.delivered().subList(after, h.delivered().size()).stream()
        .map(call -> call.message().customerId().value())
        .collect(Collectors.toSet());
  }
}
