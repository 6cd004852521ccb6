package dev.samvad.orchestration.runtime;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.spi.InMemoryEventSink;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.api.store.memory.InMemoryStore;
import dev.samvad.channel.TestChannel;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.orchestration.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

  /**
   * Records a payment as the SDK's ledger does: the payment and {@code runtime}'s promise to bring
   * it to the campaigns ({@link CampaignRuntime#schedulePayment}) in one unit of work. Nobody tells
   * the campaigns yet.
   */
  PaymentId recordPayment(
      CampaignRuntime runtime,
      CustomerId customer,
      String paymentId,
      List<Event.Allocation> allocations) {
    ImmutablePayment.Builder payment =
        ImmutablePayment.builder()
            .id(new PaymentId(paymentId))
            .customerId(customer)
            .amount(
                allocations.stream().map(Event.Allocation::amount).reduce(Money.ZERO, Money::plus))
            .receivedOn(LocalDate.ofInstant(now(), CulturalProfile.INDIA))
            .mode(PaymentMode.NEFT);
    for (Event.Allocation a : allocations) {
      payment.addAllocations(
          ImmutablePaymentAllocation.builder().invoiceId(a.invoiceId()).amount(a.amount()).build());
    }
    Payment recorded = payment.build();
    store
        .tenant(RuntimeFixtures.TENANT)
        .run(
            uow -> {
              uow.payments().insert(recorded);
              runtime.schedulePayment(uow, recorded.id());
            });
    return recorded.id();
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
