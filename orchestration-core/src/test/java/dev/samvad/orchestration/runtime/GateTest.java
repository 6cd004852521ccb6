package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.MessageIntent;
import dev.samvad.orchestration.CampaignEngine;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.FrequencyCaps;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The check at the moment of sending, as a pure function. */
class GateTest {
  private static final CustomerId C1 = new CustomerId("C-1");
  private static final Instant MONDAY_11 = ist("2026-03-09T11:00");

  private static Context context(Instant now) {
    return RuntimeFixtures.contexts().contextFor(TENANT, C1, Playbooks.standardB2b(), now);
  }

  private static CampaignState active() {
    return CampaignEngine.create()
        .start(
            new CampaignId("k"),
            C1,
            List.of(item("A1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), 1_000)),
            false,
            context(MONDAY_11))
        .state();
  }

  private static Gate check(
      MessageIntent intent, CampaignState state, List<Instant> sent, Instant now) {
    return Gate.check(
        intent,
        intent.asksForMoney() ? ContactPurpose.PAYMENT_REMINDER : ContactPurpose.TRANSACTIONAL,
        ChannelKind.EMAIL,
        Optional.of(state),
        context(now),
        true,
        sent,
        now);
  }

  @Test
  void aPermittedMessageGoes() {
    assertInstanceOf(
        Gate.Open.class, check(MessageIntent.GENTLE_OVERDUE, active(), List.of(), MONDAY_11));
  }

  @Test
  void aChannelWithoutABasisFailsSoTheCampaignFallsBack() {
    Context open = context(MONDAY_11);
    Context noEmail =
        new Context(
            open.tenant(),
            open.now(),
            open.playbook(),
            open.profile(),
            open.relationship(),
            open.customer().withoutBasis(java.util.Set.of(ChannelKind.EMAIL)),
            open.policy(),
            open.composer(),
            open.ranker(),
            open.segment());
    for (MessageIntent intent :
        List.of(MessageIntent.GENTLE_OVERDUE, MessageIntent.INVOICE_DELIVERY)) {
      Gate verdict =
          Gate.check(
              intent,
              ContactPurpose.PAYMENT_REMINDER,
              ChannelKind.EMAIL,
              Optional.of(active()),
              noEmail,
              true,
              List.of(),
              MONDAY_11);
      assertInstanceOf(Gate.Fail.class, verdict, intent.name());
      assertTrue(((Gate.Fail) verdict).reason().contains("lawful basis"));
    }
    assertEquals(Optional.empty(), noEmail.customer().recipient(ChannelKind.EMAIL));
    assertTrue(noEmail.customer().recipient(ChannelKind.SMS).isPresent());
  }

  @Test
  void paymentMessagesStopWhenTheCampaignNoLongerAsks() {
    CampaignEngine engine = CampaignEngine.create();
    CampaignState paused =
        engine
            .next(
                active(),
                new Event.Manual("m", ManualAction.PAUSE, "asha", "call"),
                context(MONDAY_11))
            .state();
    assertInstanceOf(
        Gate.Cancel.class, check(MessageIntent.FIRM_OVERDUE, paused, List.of(), MONDAY_11));
    assertInstanceOf(
        Gate.Open.class,
        check(MessageIntent.DISPUTE_ACKNOWLEDGEMENT, paused, List.of(), MONDAY_11));
    CampaignState optedOut =
        engine
            .next(
                active(),
                new Event.ReplyReceived(
                    "r", ChannelKind.EMAIL, Trigger.OPT_OUT, Optional.empty(), false),
                context(MONDAY_11))
            .state();
    assertInstanceOf(
        Gate.Cancel.class, check(MessageIntent.PAYMENT_THANKS, optedOut, List.of(), MONDAY_11));
    assertInstanceOf(
        Gate.Cancel.class,
        Gate.check(
            MessageIntent.GENTLE_OVERDUE,
            ContactPurpose.PAYMENT_REMINDER,
            ChannelKind.SMS,
            Optional.empty(),
            context(MONDAY_11),
            true,
            List.of(),
            MONDAY_11));
  }

  @Test
  void theCapsCountWhatReallyWentOut() {
    Instant yesterdayAfternoon = MONDAY_11.minus(Duration.ofHours(19));
    Gate held =
        check(MessageIntent.GENTLE_OVERDUE, active(), List.of(yesterdayAfternoon), MONDAY_11);
    assertEquals(
        new Gate.Defer(yesterdayAfternoon.plus(Duration.ofDays(1)), ((Gate.Defer) held).reason()),
        held);
    // Thanks are not payment messages and are not capped.
    assertInstanceOf(
        Gate.Open.class,
        check(MessageIntent.PAYMENT_THANKS, active(), List.of(yesterdayAfternoon), MONDAY_11));
    List<Instant> week =
        List.of(
            MONDAY_11.minus(Duration.ofDays(6)),
            MONDAY_11.minus(Duration.ofDays(4)),
            MONDAY_11.minus(Duration.ofDays(2)));
    assertEquals(
        MONDAY_11.minus(Duration.ofDays(6)).plus(Duration.ofDays(7)),
        Gate.capsFreeAt(FrequencyCaps.STANDARD, week, MONDAY_11));
  }

  @Test
  void outsideTheWindowTheMessageWaitsForTheNextPermittedSlot() {
    Instant late = ist("2026-03-09T21:10");
    Gate held = check(MessageIntent.GENTLE_OVERDUE, active(), List.of(), late);
    Gate.Defer defer = assertInstanceOf(Gate.Defer.class, held);
    assertEquals(ist("2026-03-10T08:00"), defer.until());
    Gate unwired =
        Gate.check(
            MessageIntent.GENTLE_OVERDUE,
            ContactPurpose.PAYMENT_REMINDER,
            ChannelKind.EMAIL,
            Optional.of(active()),
            context(MONDAY_11),
            false,
            List.of(),
            MONDAY_11);
    assertTrue(((Gate.Fail) unwired).reason().contains("no channel configured"));
  }
}
