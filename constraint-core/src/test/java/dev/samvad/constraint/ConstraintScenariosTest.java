package dev.samvad.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Region;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Constructed portfolios where the binding constraint is known: the engine must name each one, with
 * its class and place.
 */
class ConstraintScenariosTest {
  private final ConstraintEngine engine = ConstraintEngine.withDefaults();

  private static BindingConstraint binding(ConstraintAnalysis analysis) {
    assertTrue(analysis.constraint().isPresent(), () -> "no constraint: " + analysis.notes());
    return analysis.constraint().get();
  }

  private static String describe(ConstraintAnalysis a) {
    StringBuilder b = new StringBuilder();
    for (ConstraintCandidate c : a.candidates()) {
      b.append('\n')
          .append(c.lever())
          .append(' ')
          .append(c.expected().cashPerDay())
          .append(" [")
          .append(c.low().cashPerDay())
          .append(", ")
          .append(c.high().cashPerDay())
          .append("] at ")
          .append(c.where());
    }
    return b.toString();
  }

  @Test
  void aTeamThatCannotKeepUpWithCallTasksIsACapacityConstraint() {
    Portfolio portfolio =
        new Scenario()
            .build(
                s -> {
                  if (s.index % 5 < 2) { // 40% do not pay on the reminders and get a call task
                    s.callTask = true;
                    s.taskCompleted = s.index % 10 == 0; // the team completes a quarter of them
                    if (s.taskCompleted) {
                      s.paidAfterDue = Optional.of(5);
                    } else {
                      s.unpaid();
                    }
                  }
                });
    ConstraintAnalysis analysis = engine.analyze(portfolio);
    BindingConstraint b = binding(analysis);
    assertEquals(Lever.TASK_CAPACITY, b.candidate().lever(), describe(analysis));
    assertEquals(ConstraintClass.CAPACITY, b.candidate().constraintClass());
    assertTrue(b.candidate().where().startsWith("CALL"), b.candidate().where());
    assertTrue(analysis.taskQueue().loadFactor() > 3, () -> analysis.taskQueue().toString());
  }

  @Test
  void aRegionWhoseWhatsAppNumbersBounceIsADataConstraint() {
    Portfolio portfolio =
        new Scenario()
            .build(
                s -> {
                  if (s.region == Region.EAST && s.index % 10 < 7) {
                    s.failure = Optional.of(DeliveryFailure.BOUNCED);
                    s.unpaid();
                  }
                });
    ConstraintAnalysis analysis = engine.analyze(portfolio);
    BindingConstraint b = binding(analysis);
    assertEquals(Lever.CONTACT_DATA, b.candidate().lever(), describe(analysis));
    assertEquals(ConstraintClass.DATA, b.candidate().constraintClass());
    assertEquals("WHATSAPP in EAST", b.candidate().where());
  }

  @Test
  void aRegionWhoseWhatsAppProviderFailsIsAChannelConstraint() {
    Portfolio portfolio =
        new Scenario()
            .build(
                s -> {
                  if (s.region == Region.SOUTH && s.index % 10 < 7) {
                    s.failure = Optional.of(DeliveryFailure.FAILED);
                    s.unpaid();
                  }
                });
    ConstraintAnalysis analysis = engine.analyze(portfolio);
    BindingConstraint b = binding(analysis);
    assertEquals(Lever.CHANNEL_DELIVERY, b.candidate().lever(), describe(analysis));
    assertEquals(ConstraintClass.CHANNEL, b.candidate().constraintClass());
    assertEquals("WHATSAPP in SOUTH", b.candidate().where());
  }

  @Test
  void aSegmentDrowningInDisputesIsACustomerConstraint() {
    Portfolio portfolio =
        new Scenario()
            .build(
                s -> {
                  if (s.playbook.equals("retail") && s.index % 5 < 2) {
                    s.reply = ReplyOutcome.DISPUTED;
                    s.unpaid();
                  }
                });
    ConstraintAnalysis analysis = engine.analyze(portfolio);
    BindingConstraint b = binding(analysis);
    assertEquals(Lever.DISPUTES, b.candidate().lever(), describe(analysis));
    assertEquals(ConstraintClass.CUSTOMER, b.candidate().constraintClass());
    assertTrue(b.candidate().where().startsWith("PLAYBOOK retail"), b.candidate().where());
  }

  @Test
  void windowsSoNarrowThatMessagesQueueForDaysAreAPolicyConstraint() {
    Portfolio portfolio =
        new Scenario()
            .build(
                s -> {
                  s.waitHours = 4 * 24 + 6;
                  s.paidAfterDue = s.paidAfterDue.map(d -> d + 4);
                });
    ConstraintAnalysis analysis = engine.analyze(portfolio);
    BindingConstraint b = binding(analysis);
    assertEquals(Lever.CONTACT_WINDOWS, b.candidate().lever(), describe(analysis));
    assertEquals(ConstraintClass.POLICY, b.candidate().constraintClass());
  }

  @Test
  void theConstraintMovesOnceTheTeamCatchesUp() {
    Portfolio before =
        new Scenario()
            .build(
                s -> {
                  if (s.index % 5 < 2) {
                    s.callTask = true;
                    s.taskCompleted = s.index % 10 == 0;
                    if (s.taskCompleted) {
                      s.paidAfterDue = Optional.of(5);
                    } else {
                      s.unpaid();
                    }
                  }
                });
    Portfolio after =
        new Scenario()
            .build(
                s -> {
                  if (s.region == Region.EAST && s.index % 10 < 7) {
                    s.failure = Optional.of(DeliveryFailure.BOUNCED);
                    s.channel = ChannelKind.WHATSAPP;
                    s.unpaid();
                  }
                });
    ConstraintAnalysis first = engine.analyze(before);
    ConstraintAnalysis second = engine.analyze(after, Optional.of(first));
    ConstraintShift shift = second.shift().orElseThrow();
    assertTrue(shift.moved());
    assertEquals(Lever.TASK_CAPACITY, shift.previousLever());
    assertEquals(Lever.CONTACT_DATA, shift.currentLever());
    ConstraintShift same = engine.analyze(after, Optional.of(second)).shift().orElseThrow();
    assertTrue(!same.moved(), same.summary());
  }

  @Test
  void recommendationsFollowTheFiveFocusingSteps() {
    ConstraintAnalysis analysis =
        engine.analyze(
            new Scenario()
                .build(
                    s -> {
                      if (s.region == Region.EAST && s.index % 10 < 7) {
                        s.failure = Optional.of(DeliveryFailure.BOUNCED);
                        s.unpaid();
                      }
                    }));
    BindingConstraint b = binding(analysis);
    assertEquals(FocusingStep.values().length, b.recommendations().size());
    for (int k = 0; k < FocusingStep.values().length; k++) {
      assertEquals(FocusingStep.values()[k], b.recommendations().get(k).step());
    }
    assertTrue(b.recommendations().get(1).action().contains("WHATSAPP in EAST"));
    ConstraintCandidate c = b.candidate();
    assertTrue(c.low().cashPerDay().compareTo(c.expected().cashPerDay()) <= 0);
    assertTrue(c.expected().cashPerDay().compareTo(c.high().cashPerDay()) <= 0);
    assertTrue(c.expected().dsoDays() > 0);
    assertTrue(!c.assumptions().isEmpty() && !c.evidence().isEmpty());
  }

  @Test
  void aParallelScanGivesTheSameAnalysisAsASerialOne() {
    // 60,000 invoices: enough for the scan to split into one range per core.
    Portfolio portfolio =
        new Scenario()
            .perDay(300)
            .holdOutEvery(4)
            .build(
                s -> {
                  if (s.region == Region.EAST && s.index % 10 < 3) {
                    s.failure = Optional.of(DeliveryFailure.BOUNCED);
                    s.unpaid();
                  }
                  if (s.index % 7 == 0) {
                    s.callTask = true;
                    s.taskCompleted = s.index % 2 == 0;
                  }
                });
    ConstraintAnalysis parallel = engine.analyze(portfolio);
    ConstraintAnalysis serial =
        ConstraintEngine.create(ConstraintSettings.defaults().withParallel(false))
            .analyze(portfolio);
    assertEquals(serial, parallel);
    assertTrue(
        parallel.insights().holdOut().sufficient(), parallel.insights().holdOut().toString());
  }
}
