package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.culture.MessageIntent;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Playbooks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the runtime over the in-memory store and test channels. */
class CampaignRuntimeTest {
  private static final CustomerId C1 = new CustomerId("C-1");
  private static final CampaignId K1 = new CampaignId("cmp-1");

  @Test
  void aCampaignDeliversItsInvoiceAndFollowsItsSteps() {
    Harness h = new Harness(ist("2026-03-02T09:00"));
    CampaignRuntime runtime = h.runtime();
    CampaignState started =
        runtime.start(
            TENANT,
            K1,
            C1,
            Playbooks.STANDARD_B2B,
            List.of(item("A1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), 50_000)));
    assertEquals(1, runtime.executions(TENANT, K1).size());
    RunReport report = runtime.runDue(h.now());
    assertEquals(1, report.sent(), report.toString());
    ExecutionView view = runtime.executions(TENANT, K1).get(0);
    assertEquals(ExecutionStatus.SENT, view.status());
    assertEquals(MessageIntent.INVOICE_DELIVERY, view.intent());
    h.runUntil(runtime, ist("2026-04-10T00:00"), Duration.ofHours(1));
    List<MessageIntent> intents =
        runtime.executions(TENANT, K1).stream().map(ExecutionView::intent).toList();
    assertEquals(
        List.of(
            MessageIntent.INVOICE_DELIVERY,
            MessageIntent.PRE_DUE_REMINDER,
            MessageIntent.DUE_TODAY,
            MessageIntent.GENTLE_OVERDUE,
            MessageIntent.FIRM_OVERDUE),
        intents);
    assertEquals(5, h.sent().size());
    assertTrue(
        runtime.find(TENANT, K1).orElseThrow().waiting()
            instanceof CampaignState.Waiting.ForPerson);
    assertEquals(1, runtime.tasks(TENANT, TaskQuery.open()).size());
    assertTrue(started.executionSeq() >= 1);
  }
}
