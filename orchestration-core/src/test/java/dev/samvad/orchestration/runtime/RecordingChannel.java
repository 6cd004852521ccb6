package dev.samvad.orchestration.runtime;

import dev.samvad.channel.Channel;
import dev.samvad.channel.ChannelCapabilities;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.channel.SendResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Wraps a channel and records every call: the key, the message, the clock's time, the result, and
 * whether the key was new (a real delivery attempt) or a repeat the channel deduplicates.
 */
final class RecordingChannel implements Channel {
  /**
   * One call.
   *
   * @param key the idempotency key
   * @param message the message
   * @param at the clock's time
   * @param result what the channel answered
   * @param firstTime whether the key was new
   */
  record Call(
      String key, OutboundMessage message, Instant at, SendResult result, boolean firstTime) {}

  private final Channel delegate;
  private final Clock clock;
  private final List<Call> calls = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();
  private volatile Consumer<Call> beforeSend = call -> {};
  private volatile Consumer<Call> afterSend = call -> {};

  RecordingChannel(Channel delegate, Clock clock) {
    this.delegate = delegate;
    this.clock = clock;
  }

  /** Called before each send with the call as it will be recorded (result not yet known). */
  void beforeSend(Consumer<Call> check) {
    this.beforeSend = check;
  }

  /** Called after each send with the call as recorded. */
  void afterSend(Consumer<Call> observer) {
    this.afterSend = observer;
  }

  @Override
  public ChannelCapabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public SendResult send(OutboundMessage message, String idempotencyKey) {
    boolean first;
    synchronized (this) {
      first = keys.add(idempotencyKey);
    }
    beforeSend.accept(
        new Call(
            idempotencyKey, message, clock.instant(), new SendResult.PermanentFailure("?"), first));
    SendResult result = delegate.send(message, idempotencyKey);
    Call call = new Call(idempotencyKey, message, clock.instant(), result, first);
    synchronized (this) {
      calls.add(call);
    }
    afterSend.accept(call);
    return result;
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** First-time calls the channel accepted: the messages that really went out. */
  synchronized List<Call> delivered() {
    return calls.stream().filter(c -> c.firstTime() && c.result().accepted()).toList();
  }
}
