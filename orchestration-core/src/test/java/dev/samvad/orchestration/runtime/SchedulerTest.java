package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.channel.Channel;
import dev.samvad.channel.ChannelCapabilities;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.channel.SendResult;
import dev.samvad.orchestration.Playbooks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The managed scheduler runs due work and shuts down gracefully. */
class SchedulerTest {

  /** Blocks the first send until released; every send is accepted. */
  static final class GateChannel implements Channel {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicBoolean firstFinished = new AtomicBoolean();
    final AtomicInteger sends = new AtomicInteger();

    @Override
    public ChannelCapabilities capabilities() {
      return ChannelCapabilities.unrestricted(false);
    }

    @Override
    public SendResult send(OutboundMessage message, String idempotencyKey) {
      if (sends.incrementAndGet() == 1) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        firstFinished.set(true);
      }
      return new SendResult.Accepted("p-" + idempotencyKey);
    }
  }

  @Test
  void closeFinishesTheSendInFlightAndReleasesTheRestOfTheBatch() throws Exception {
    Harness h = new Harness(ist("2026-03-09T10:00"));
    GateChannel gate = new GateChannel();
    h.recorders.clear();
    CampaignRuntime managed = h.builder("managed").channel(ChannelKind.EMAIL, gate).build();
    for (int i = 0; i < 3; i++) {
      managed.start(
          TENANT,
          new CampaignId("k-" + i),
          new CustomerId("C-" + i),
          Playbooks.STANDARD_B2B,
          java.util.List.of(
              item("I" + i, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 30), 1_000)));
    }
    managed.startScheduler(Duration.ofMillis(5), 2);
    assertThrows(
        IllegalStateException.class, () -> managed.startScheduler(Duration.ofMillis(5), 1));
    assertTrue(gate.entered.await(30, TimeUnit.SECONDS), "the scheduler picked up the work");

    CountDownLatch closing = new CountDownLatch(1);
    AtomicBoolean finishedBeforeCloseReturned = new AtomicBoolean();
    Thread closer =
        new Thread(
            () -> {
              closing.countDown();
              managed.close();
              finishedBeforeCloseReturned.set(gate.firstFinished.get());
            });
    closer.start();
    closing.await();
    // Let the send finish only once close() has begun, so the runtime must stop after it.
    while (!managed.closing()) {
      Thread.onSpinWait();
    }
    gate.release.countDown();
    closer.join();
    assertTrue(finishedBeforeCloseReturned.get(), "close() waited for the send in flight");
    assertEquals(1, gate.sends.get(), "nothing more was sent after close");
    assertEquals(RunReport.EMPTY, managed.runDue(h.now()));
    managed.close();

    // The rest of the batch was released, not left leased: another node takes it at once.
    CampaignRuntime other = h.builder("other").channel(ChannelKind.EMAIL, gate).build();
    RunReport report = other.runDue(h.now());
    assertEquals(2, report.sent(), report.toString());
    for (int i = 0; i < 3; i++) {
      assertEquals(
          ExecutionStatus.SENT, other.executions(TENANT, new CampaignId("k-" + i)).get(0).status());
    }
    assertThrows(
        IllegalStateException.class, () -> managed.startScheduler(Duration.ofMillis(5), 1));
  }
}
