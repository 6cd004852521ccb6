package dev.samvad.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TestChannelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-01T04:30:00Z"), ZoneOffset.UTC);

  private static TestChannel flaky(long seed) {
    return TestChannel.builder(seed)
        .transientFailures(0.2, Duration.ofSeconds(1), Duration.ofSeconds(30))
        .permanentFailures(0.1)
        .latency(Duration.ofMillis(50), Duration.ofSeconds(5))
        .duplicateReceipts(0.3)
        .clock(CLOCK)
        .build();
  }

  private static List<SendResult> run(TestChannel channel, List<Integer> keys) {
    List<SendResult> results = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      results.add(channel.send(Messages.any(keys.get(i), "e" + keys.get(i)), "k" + keys.get(i)));
    }
    return results;
  }

  @Property(tries = 200)
  void aRepeatedKeyIsAcceptedAtMostOnceAndReturnsTheFirstResult(
      @ForAll long seed, @ForAll @Size(max = 60) List<@IntRange(max = 12) Integer> keys) {
    TestChannel channel = flaky(seed);
    Map<String, SendResult> first = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = "k" + keys.get(i);
      SendResult result = channel.send(Messages.any(i, "e" + i), key);
      SendResult earlier = first.putIfAbsent(key, result);
      if (earlier != null) {
        assertEquals(earlier, result);
      }
    }
    long accepted = first.values().stream().filter(SendResult::accepted).count();
    assertEquals(accepted, channel.sent().size());
    assertEquals(
        accepted, channel.sent().stream().map(TestChannel.Sent::idempotencyKey).distinct().count());
  }

  @Property(tries = 100)
  void theSameSeedAndCallsGiveTheSameOutcomesInAnyOrder(
      @ForAll long seed, @ForAll @Size(max = 40) List<@IntRange(max = 30) Integer> keys) {
    List<SendResult> once = run(flaky(seed), keys);
    assertEquals(once, run(flaky(seed), keys));

    List<Integer> shuffled = new ArrayList<>(keys);
    Collections.reverse(shuffled);
    List<SendResult> reversed = run(flaky(seed), shuffled);
    Collections.reverse(reversed);
    assertEquals(once, reversed);
  }

  @Test
  void receiptsAreReceiptsOfTheSameSeedAndDifferOtherwise() {
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      keys.add(i);
    }
    TestChannel a = flaky(7);
    TestChannel b = flaky(7);
    TestChannel c = flaky(8);
    assertEquals(run(a, keys), run(b, keys));
    assertEquals(a.drainReceipts(), b.drainReceipts());
    assertEquals(a.sent(), b.sent());
    assertNotEquals(run(c, keys), run(flaky(7), keys));
    assertTrue(a.drainReceipts().isEmpty(), "drained");
  }

  @Test
  void ratesShapeTheOutcomes() {
    TestChannel channel = flaky(42);
    int transients = 0;
    int permanents = 0;
    for (int i = 0; i < 10_000; i++) {
      SendResult result = channel.send(Messages.sms("e" + i), "k" + i);
      if (result instanceof SendResult.TransientFailure failure) {
        transients++;
        assertTrue(failure.retryAfter().compareTo(Duration.ofSeconds(1)) >= 0);
        assertTrue(failure.retryAfter().compareTo(Duration.ofSeconds(30)) <= 0);
      } else if (result instanceof SendResult.PermanentFailure) {
        permanents++;
      }
    }
    assertEquals(0.2, transients / 10_000.0, 0.02);
    assertEquals(0.1, permanents / 10_000.0, 0.02);
    List<DeliveryReceipt> receipts = channel.drainReceipts();
    long delivered = receipts.stream().filter(r -> r.status() == DeliveryStatus.DELIVERED).count();
    long accepted = channel.sent().size();
    assertEquals(0.3, (delivered - accepted) / (double) accepted, 0.03);
    for (TestChannel.Sent sent : channel.sent()) {
      assertTrue(sent.latency().compareTo(Duration.ofMillis(50)) >= 0);
      assertTrue(sent.latency().compareTo(Duration.ofSeconds(5)) <= 0);
    }
  }

  @Test
  void receiptsAreSpacedByTheReportedLatency() {
    TestChannel channel =
        TestChannel.builder(1)
            .latency(Duration.ofSeconds(3), Duration.ofSeconds(3))
            .clock(CLOCK)
            .build();
    SendResult.Accepted accepted = (SendResult.Accepted) channel.send(Messages.sms("e1"), "k1");
    Instant t = CLOCK.instant();
    assertEquals(
        List.of(
            new DeliveryReceipt(accepted.providerMessageId(), DeliveryStatus.QUEUED, t, ""),
            new DeliveryReceipt(
                accepted.providerMessageId(), DeliveryStatus.SENT, t.plusSeconds(3), ""),
            new DeliveryReceipt(
                accepted.providerMessageId(), DeliveryStatus.DELIVERED, t.plusSeconds(6), "")),
        channel.drainReceipts());
  }

  @Test
  void aMessageBeyondTheCapabilitiesFailsPermanently() {
    TestChannel channel =
        TestChannel.builder(1)
            .capabilities(
                new ChannelCapabilities(
                    java.util.Set.of(dev.samvad.api.ChannelKind.SMS),
                    java.util.OptionalInt.of(20),
                    java.util.Set.of(TextEncoding.GSM_7),
                    false,
                    Duration.ZERO,
                    false,
                    false))
            .build();
    assertTrue(channel.send(Messages.sms("e1"), "k1") instanceof SendResult.PermanentFailure);
    assertTrue(channel.send(Messages.email("e2"), "k2") instanceof SendResult.PermanentFailure);
    assertTrue(channel.sent().isEmpty());
  }

  @Test
  void badSettingsAreNamed() {
    assertEquals(
        "permanentFailureRate",
        assertThrows(
                InvalidInputException.class, () -> TestChannel.builder(1).permanentFailures(1.5))
            .field());
    assertEquals(
        "permanentFailureRate",
        assertThrows(
                InvalidInputException.class,
                () ->
                    TestChannel.builder(1)
                        .transientFailures(0.6, Duration.ZERO, Duration.ZERO)
                        .permanentFailures(0.6)
                        .build())
            .field());
    assertEquals(
        "latency",
        assertThrows(
                InvalidInputException.class,
                () -> TestChannel.builder(1).latency(Duration.ofSeconds(2), Duration.ofSeconds(1)))
            .field());
  }
}
