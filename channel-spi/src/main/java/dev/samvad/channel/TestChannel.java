package dev.samvad.channel;

import dev.samvad.api.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A channel for tests and simulations that fails, reports latency and repeats receipts on purpose,
 * deterministically from a seed.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Determinism.</b> The outcome of a send — accepted or which failure, the provider message
 *       id, the retry-after, the latency, whether a receipt repeats — is a function of the seed and
 *       the idempotency key alone (plus {@link ChannelCapabilities#problemWith} for the message).
 *       The same seed and the same calls give the same outcomes, in any order and from any thread.
 *   <li><b>Idempotency.</b> A repeated key returns the first result and records nothing new. Every
 *       key is remembered: this channel is meant for tests and bounded simulations.
 *   <li><b>Latency is reported, never slept.</b> An accepted message's {@link Sent#latency()}
 *       spaces its receipts: {@code QUEUED} at acceptance, {@code SENT} after the latency, {@code
 *       DELIVERED} after twice the latency, by the given clock.
 *   <li>Thread-safe; sends are serialised.
 * </ul>
 */
public final class TestChannel implements Channel {

  /**
   * One accepted message.
   *
   * @param idempotencyKey the key it was sent with
   * @param message the message
   * @param providerMessageId the id returned in {@link SendResult.Accepted}
   * @param acceptedAt the clock's time at acceptance
   * @param latency the simulated time until the provider sent it
   */
  public record Sent(
      String idempotencyKey,
      OutboundMessage message,
      String providerMessageId,
      Instant acceptedAt,
      Duration latency) {}

  private final long seed;
  private final double transientFailureRate;
  private final double permanentFailureRate;
  private final double duplicateReceiptRate;
  private final Duration minRetryAfter;
  private final Duration maxRetryAfter;
  private final Duration minLatency;
  private final Duration maxLatency;
  private final ChannelCapabilities capabilities;
  private final Clock clock;
  private final IdempotencyLedger ledger = new IdempotencyLedger(Integer.MAX_VALUE);
  private final List<Sent> sent = new ArrayList<>();
  private final List<DeliveryReceipt> receipts = new ArrayList<>();

  private TestChannel(Builder b) {
    this.seed = b.seed;
    this.transientFailureRate = b.transientFailureRate;
    this.permanentFailureRate = b.permanentFailureRate;
    this.duplicateReceiptRate = b.duplicateReceiptRate;
    this.minRetryAfter = b.minRetryAfter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.minLatency = b.minLatency;
    this.maxLatency = b.maxLatency;
    this.capabilities = b.capabilities;
    this.clock = b.clock;
  }

  /** A builder for a channel whose outcomes follow from {@code seed}; by default nothing fails. */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  @Override
  public ChannelCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public SendResult send(OutboundMessage message, String idempotencyKey) {
    String key = Channel.checkedKey(idempotencyKey);
    InvalidInputException.require(message, "message");
    synchronized (this) {
      return ledger.resultFor(key, () -> decide(message, key));
    }
  }

  /** The accepted messages, in the order they were accepted. */
  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** The receipts produced since the last call, oldest first, and forgets them. */
  public synchronized List<DeliveryReceipt> drainReceipts() {
    List<DeliveryReceipt> out = List.copyOf(receipts);
    receipts.clear();
    return out;
  }

  private SendResult decide(OutboundMessage message, String key) {
    var problem = capabilities.problemWith(message);
    if (problem.isPresent()) {
      return new SendResult.PermanentFailure(problem.get());
    }
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ fnv1a(key));
    double roll = random.nextDouble();
    if (roll < transientFailureRate) {
      return new SendResult.TransientFailure(
          between(random, minRetryAfter, maxRetryAfter), "injected transient failure");
    }
    if (roll < transientFailureRate + permanentFailureRate) {
      return new SendResult.PermanentFailure("injected permanent failure");
    }
    String id = "test-" + Long.toHexString(random.nextLong());
    Duration latency = between(random, minLatency, maxLatency);
    Instant at = clock.instant();
    sent.add(new Sent(key, message, id, at, latency));
    if (capabilities.receiptsSupported()) {
      receipts.add(new DeliveryReceipt(id, DeliveryStatus.QUEUED, at, ""));
      receipts.add(new DeliveryReceipt(id, DeliveryStatus.SENT, at.plus(latency), ""));
      DeliveryReceipt delivered =
          new DeliveryReceipt(id, DeliveryStatus.DELIVERED, at.plus(latency.multipliedBy(2)), "");
      receipts.add(delivered);
      if (random.nextDouble() < duplicateReceiptRate) {
        receipts.add(delivered);
      }
    }
    return new SendResult.Accepted(id);
  }

  private static Duration between(SplittableRandom random, Duration min, Duration max) {
    long span = max.toMillis() - min.toMillis();
    return min.plusMillis(span == 0 ? 0 : random.nextLong(span + 1));
  }

  private static long fnv1a(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** Configures a {@link TestChannel}; rates are probabilities in {@code [0, 1]}. */
  public static final class Builder {
    private final long seed;
    private double transientFailureRate;
    private double permanentFailureRate;
    private double duplicateReceiptRate;
    private Duration minRetryAfter = Duration.ofSeconds(1);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration minLatency = Duration.ZERO;
    private Duration maxLatency = Duration.ZERO;
    private ChannelCapabilities capabilities = ChannelCapabilities.unrestricted(true);
    private Clock clock = Clock.systemUTC();

    private Builder(long seed) {
      this.seed = seed;
    }

    /**
     * Share of sends answered with {@link SendResult.TransientFailure}, whose retry-after is drawn
     * from {@code [minRetryAfter, maxRetryAfter]} in whole milliseconds.
     */
    public Builder transientFailures(double rate, Duration minRetryAfter, Duration maxRetryAfter) {
      this.transientFailureRate = rate(rate, "transientFailureRate");
      range(minRetryAfter, maxRetryAfter, "retryAfter");
      this.minRetryAfter = minRetryAfter;
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /** Share of sends answered with {@link SendResult.PermanentFailure}. */
    public Builder permanentFailures(double rate) {
      this.permanentFailureRate = rate(rate, "permanentFailureRate");
      return this;
    }

    /** Latency of accepted messages, drawn from {@code [min, max]} in whole milliseconds. */
    public Builder latency(Duration min, Duration max) {
      range(min, max, "latency");
      this.minLatency = min;
      this.maxLatency = max;
      return this;
    }

    /** Share of accepted messages whose {@code DELIVERED} receipt is reported twice. */
    public Builder duplicateReceipts(double rate) {
      this.duplicateReceiptRate = rate(rate, "duplicateReceiptRate");
      return this;
    }

    /** What the channel claims it can carry; by default everything, with receipts. */
    public Builder capabilities(ChannelCapabilities capabilities) {
      this.capabilities = InvalidInputException.require(capabilities, "capabilities");
      return this;
    }

    /** The clock stamping acceptances and receipts; by default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = InvalidInputException.require(clock, "clock");
      return this;
    }

    /**
     * Builds the channel.
     *
     * @throws InvalidInputException naming {@code permanentFailureRate} when the two failure rates
     *     add up to more than 1
     */
    public TestChannel build() {
      if (transientFailureRate + permanentFailureRate > 1.0) {
        throw new InvalidInputException(
            "permanentFailureRate",
            "transient and permanent failure rates must add up to at most 1");
      }
      return new TestChannel(this);
    }

    private static double rate(double rate, String field) {
      if (!(rate >= 0.0 && rate <= 1.0)) {
        throw new InvalidInputException(field, "must be between 0 and 1");
      }
      return rate;
    }

    private static void range(Duration min, Duration max, String field) {
      InvalidInputException.require(min, field + ".min");
      InvalidInputException.require(max, field + ".max");
      if (min.isNegative() || max.compareTo(min) < 0) {
        throw new InvalidInputException(field, "needs 0 <= min <= max");
      }
    }
  }
}
