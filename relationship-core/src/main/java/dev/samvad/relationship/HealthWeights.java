package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each {@link HealthComponent} counts toward the health score. Weights are non-negative,
 * finite and add up to more than zero; they are normalised to sum to one, so a tenant may give them
 * in any scale ({@code 3, 1, 1, …}).
 *
 * <p>Defaults: punctuality 0.30, promise keeping 0.15, responsiveness 0.15, sentiment trend 0.10,
 * dispute load 0.10, engagement 0.10, tenure 0.10. Payment behaviour dominates because it is what
 * the relationship is for; tenure and engagement temper a single bad month.
 *
 * @param weights the normalised weight of every component
 */
public record HealthWeights(Map<HealthComponent, Double> weights) {

  /** Validates and normalises; every component must be present. */
  public HealthWeights {
    InvalidInputException.require(weights, "weights");
    double sum = 0;
    for (HealthComponent c : HealthComponent.values()) {
      Double w = weights.get(c);
      if (w == null) {
        throw new InvalidInputException("weights." + c, "is required");
      }
      if (!Double.isFinite(w) || w < 0) {
        throw new InvalidInputException("weights." + c, "must be a finite number >= 0, was " + w);
      }
      sum += w;
    }
    if (!(sum > 0)) {
      throw new InvalidInputException("weights", "must not all be zero");
    }
    EnumMap<HealthComponent, Double> normalised = new EnumMap<>(HealthComponent.class);
    for (HealthComponent c : HealthComponent.values()) {
      normalised.put(c, weights.get(c) / sum);
    }
    weights = Map.copyOf(normalised);
  }

  /** The documented defaults. */
  public static HealthWeights defaults() {
    EnumMap<HealthComponent, Double> w = new EnumMap<>(HealthComponent.class);
    w.put(HealthComponent.PAYMENT_PUNCTUALITY, 0.30);
    w.put(HealthComponent.PROMISE_KEEPING, 0.15);
    w.put(HealthComponent.RESPONSIVENESS, 0.15);
    w.put(HealthComponent.SENTIMENT_TREND, 0.10);
    w.put(HealthComponent.DISPUTE_LOAD, 0.10);
    w.put(HealthComponent.ENGAGEMENT, 0.10);
    w.put(HealthComponent.TENURE, 0.10);
    return new HealthWeights(w);
  }

  /** The same weights with one changed (before normalisation the others keep their values). */
  public HealthWeights with(HealthComponent component, double weight) {
    EnumMap<HealthComponent, Double> w = new EnumMap<>(weights);
    w.put(component, weight);
    return new HealthWeights(w);
  }

  /** The normalised weight of {@code component}. */
  public double of(HealthComponent component) {
    return weights.get(component);
  }
}
