package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Thompson sampling over channel × hour slot per customer segment. Each arm keeps a Beta posterior
 * of its response rate (a reply or payment within the playbook's silence period); {@link #choose}
 * draws one sample per arm and takes the largest. Priors lean towards the order the candidates come
 * in (the step's policy, already narrowed to what the customer can be reached on), so a cold start
 * behaves like a fixed fallback list and learning moves it only as evidence comes in.
 *
 * <p>Thread-safe. The counts live in memory; {@link #snapshot} and {@link #restore} move them
 * through the store so they survive restarts.
 */
public final class ThompsonSampler implements ChannelRanker {
  // Prior pseudo-counts: the first candidate starts as if it had 2 of 3 responses, later ones less.
  private static final double PRIOR_SUCCESS = 2.0;
  private static final double PRIOR_FAILURE = 1.0;
  private static final double RANK_DISCOUNT = 0.5;

  private static final int CHANNELS = ChannelKind.values().length;
  private static final SendSlot[] SLOTS = SendSlot.values();

  // Per segment: successes and failures per channel x slot, in one array so choose() makes one
  // map lookup and no strings.
  private final ConcurrentHashMap<String, AtomicLongArray> counts = new ConcurrentHashMap<>();

  /** An optimiser that knows nothing yet. */
  public ThompsonSampler() {}

  @Override
  public Arm choose(String segment, List<ChannelKind> channels, long seed) {
    if (channels.isEmpty()) {
      throw new InvalidInputException("channels", "must offer at least one channel");
    }
    SplittableRandom random = new SplittableRandom(seed);
    AtomicLongArray seen = counts.get(segment);
    ChannelKind bestChannel = channels.get(0);
    SendSlot bestSlot = SLOTS[0];
    double bestDraw = -1;
    double prior = PRIOR_SUCCESS;
    for (ChannelKind channel : channels) {
      for (SendSlot slot : SLOTS) {
        int at = index(channel, slot);
        double alpha = prior + (seen == null ? 0 : seen.get(at));
        double beta = PRIOR_FAILURE + (seen == null ? 0 : seen.get(at + 1));
        double draw = Beta.sample(alpha, beta, random);
        if (draw > bestDraw) {
          bestDraw = draw;
          bestChannel = channel;
          bestSlot = slot;
        }
      }
      prior *= RANK_DISCOUNT;
    }
    return new Arm(segment, bestChannel, bestSlot);
  }

  /** Records whether a message chosen as {@code arm} got a response. */
  public void record(Arm arm, boolean success) {
    counts
        .computeIfAbsent(arm.segment(), k -> new AtomicLongArray(CHANNELS * SLOTS.length * 2))
        .incrementAndGet(index(arm.channel(), arm.slot()) + (success ? 0 : 1));
  }

  /** Successes and failures seen for {@code arm}. */
  public long[] counts(Arm arm) {
    AtomicLongArray seen = counts.get(arm.segment());
    int at = index(arm.channel(), arm.slot());
    return seen == null ? new long[2] : new long[] {seen.get(at), seen.get(at + 1)};
  }

  /** Every arm's counts, keyed {@code segment|CHANNEL|SLOT}, in key order. */
  public Map<String, long[]> snapshot() {
    Map<String, long[]> copy = new TreeMap<>();
    counts.forEach(
        (segment, seen) -> {
          for (ChannelKind channel : ChannelKind.values()) {
            for (SendSlot slot : SLOTS) {
              int at = index(channel, slot);
              if (seen.get(at) + seen.get(at + 1) > 0) {
                copy.put(
                    segment + "|" + channel + "|" + slot,
                    new long[] {seen.get(at), seen.get(at + 1)});
              }
            }
          }
        });
    return copy;
  }

  /** Adds counts from a {@link #snapshot}. */
  public void restore(Map<String, long[]> saved) {
    saved.forEach(
        (k, v) -> {
          if (v.length != 2 || v[0] < 0 || v[1] < 0) {
            throw new InvalidInputException("counts." + k, "must be two non-negative counts");
          }
          String[] parts = k.split("\\|");
          if (parts.length != 3) {
            throw new InvalidInputException("counts." + k, "must be keyed segment|CHANNEL|SLOT");
          }
          ChannelKind channel;
          SendSlot slot;
          try {
            channel = ChannelKind.valueOf(parts[1]);
            slot = SendSlot.valueOf(parts[2]);
          } catch (IllegalArgumentException e) {
            throw new InvalidInputException("counts." + k, "names no channel and slot");
          }
          AtomicLongArray seen =
              counts.computeIfAbsent(
                  parts[0], s -> new AtomicLongArray(CHANNELS * SLOTS.length * 2));
          seen.addAndGet(index(channel, slot), v[0]);
          seen.addAndGet(index(channel, slot) + 1, v[1]);
        });
  }

  private static int index(ChannelKind channel, SendSlot slot) {
    return (channel.ordinal() * SLOTS.length + slot.ordinal()) * 2;
  }

  /** Beta sampling from two Gamma draws (Marsaglia and Tsang). */
  static final class Beta {
    private Beta() {}

    static double sample(double alpha, double beta, SplittableRandom random) {
      double x = gamma(alpha, random);
      double y = gamma(beta, random);
      return x / (x + y);
    }

    private static double gamma(double shape, SplittableRandom random) {
      if (shape < 1) {
        // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
        return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
      }
      double d = shape - 1.0 / 3;
      double c = 1 / Math.sqrt(9 * d);
      while (true) {
        double x;
        double v;
        do {
          x = gaussian(random);
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        double u = random.nextDouble();
        if (u < 1 - 0.0331 * x * x * x * x
            || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
          return d * v;
        }
      }
    }

    private static double gaussian(SplittableRandom random) {
      double u;
      double v;
      double s;
      do {
        u = random.nextDouble() * 2 - 1;
        v = random.nextDouble() * 2 - 1;
        s = u * u + v * v;
      } while (s >= 1 || s == 0);
      return u * Math.sqrt(-2 * Math.log(s) / s);
    }
  }
}
