package dev.samvad.orchestration.runtime;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.spi.InMemoryEventSink;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.api.store.memory.InMemoryStore;
import dev.samvad.channel.TestChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** One in-memory store, a steppable clock, a test channel per kind, and runtimes over them. */
final class Harness {
  final InMemoryStore store = InMemoryStore.create();
  final SteppableClock clock;
  final Map<ChannelKind, TestChannel> channels = new EnumMap<>(ChannelKind.class);
  final Map<ChannelKind, RecordingChannel> recorders = new EnumMap<>(ChannelKind.class);
  final InMemoryAuditSink audit = new InMemoryAuditSink();
  final InMemoryEventSink events = new InMemoryEventSink();
  final RetryPolicy retry = new RetryPolicy(4, Duration.ofMinutes(2), Duration.ofHours(1), 0.2, 42);

  Harness(Instant start) {
    this(start, b -> b);
  }

  final ContextSource contexts;

  Harness(Instant start, UnaryOperator<TestChannel.Builder> channel) {
    this(start, 1, channel, RuntimeFixtures.contexts());
  }

  Harness(
      Instant start,
      long firstSeed,
      UnaryOperator<TestChannel.Builder> channel,
      ContextSource contexts) {
    this.contexts = contexts;
    clock = SteppableClock.startingAt(start);
    long seed = firstSeed;
    for (ChannelKind kind : List.of(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WHATSAPP)) {
      TestChannel test = channel.apply(TestChannel.builder(seed++).clock(clock)).build();
      channels.put(kind, test);
      recorders.put(kind, new RecordingChannel(test, clock));
    }
  }

  CampaignRuntime.Builder builder(String node) {
    CampaignRuntime.Builder builder =
        CampaignRuntime.builder(store, contexts)
            .clock(clock)
            .nodeId(node)
            .leaseFor(Duration.ofMinutes(5))
            .retry(retry)
            .holdOutShare(0)
            .auditSink(audit)
            .eventSink(events);
    recorders.forEach(builder::channel);
    return builder;
  }

  CampaignRuntime runtime() {
    return builder("node-1").build();
  }

  Instant now() {
    return clock.instant();
  }

  /** All messages every channel accepted, in channel order. */
  List<TestChannel.Sent> sent() {
    return channels.values().stream().flatMap(c -> c.sent().stream()).toList();
  }

  /** Runs due work every {@code step} until {@code end}. */
  void runUntil(CampaignRuntime runtime, Instant end, Duration step) {
    while (clock.instant().isBefore(end)) {
      runtime.runDue(clock.instant());
      clock.advance(step);
    }
    runtime.runDue(clock.instant());
  }

  /** Every call on every channel, in channel order. */
  List<RecordingChannel.Call> calls() {
    return recorders.values().stream().flatMap(c -> c.calls().stream()).toList();
  }

  /** The messages that really went out, in channel order. */
  List<RecordingChannel.Call> delivered() {
    return recorders.values().stream().flatMap(c -> c.delivered().stream()).toList();
  }
}
