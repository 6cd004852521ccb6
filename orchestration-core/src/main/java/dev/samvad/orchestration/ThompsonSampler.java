package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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

  private final ConcurrentHashMap<String, long[]> counts = new ConcurrentHashMap<>();

  /** An optimiser that knows nothing yet. */
  public ThompsonSampler() {}

  @Override
  public Arm choose(String segment, List<ChannelKind> channels, long seed) {
    if (channels.isEmpty()) {
      throw new InvalidInputException("channels", "must offer at least one channel");
    }
    SplittableRandom random = new SplittableRandom(seed);
    Arm best = null;
    double bestDraw = -1;
    for (int rank = 0; rank < channels.size(); rank++) {
      double prior = PRIOR_SUCCESS * Math.pow(RANK_DISCOUNT, rank);
      for (SendSlot slot : SendSlot.values()) {
        long[] seen = counts.get(key(segment, channels.get(rank), slot));
        double alpha = prior + (seen == null ? 0 : seen[0]);
        double beta = PRIOR_FAILURE + (seen == null ? 0 : seen[1]);
        double draw = Beta.sample(alpha, beta, random);
        if (draw > bestDraw) {
          bestDraw = draw;
          best = new Arm(segment, channels.get(rank), slot);
        }
      }
    }
    return best;
  }

  /** Records whether a message chosen as {@code arm} got a response. */
  public void record(Arm arm, boolean success) {
    counts.compute(
        key(arm.segment(), arm.channel(), arm.slot()),
        (k, v) -> {
          long[] next = v == null ? new long[2] : v.clone();
          next[success ? 0 : 1]++;
          return next;
        });
  }

  /** Successes and failures seen for {@code arm}. */
  public long[] counts(Arm arm) {
    long[] seen = counts.get(key(arm.segment(), arm.channel(), arm.slot()));
    return seen == null ? new long[2] : seen.clone();
  }

  /** Every arm's counts, keyed {@code segment|CHANNEL|SLOT}, in key order. */
  public Map<String, long[]> snapshot() {
    Map<String, long[]> copy = new TreeMap<>();
    counts.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /** Adds counts from a {@link #snapshot}. */
  public void restore(Map<String, long[]> saved) {
    saved.forEach(
        (k, v) -> {
          if (v.length != 2 || v[0] < 0 || v[1] < 0) {
            throw new InvalidInputException("counts." + k, "must be two non-negative counts");
          }
          counts.merge(k, v.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        });
  }

  private static String key(String segment, ChannelKind channel, SendSlot slot) {
    return segment + "|" + channel + "|" + slot;
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
