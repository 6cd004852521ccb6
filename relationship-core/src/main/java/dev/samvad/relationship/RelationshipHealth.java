package dev.samvad.relationship;

import dev.samvad.api.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's relationship health on {@link #asOf()}.
 *
 * @param customerId whose health this is
 * @param asOf the moment the history was read up to
 * @param score 0–100: 100 × the weighted mean of the component scores
 * @param components every component with its score, weight, points and evidence
 * @param trend how the score moved over the last months
 * @param drivers the components that move the score most from neutral, in plain words, strongest
 *     first (at most three)
 */
public record RelationshipHealth(
    CustomerId customerId,
    Instant asOf,
    double score,
    List<ComponentScore> components,
    HealthTrend trend,
    List<String> drivers) {

  /**
   * One component of the score.
   *
   * @param component which one
   * @param score 0–1; 0.5 when there is no evidence
   * @param weight its normalised weight
   * @param points weight × (score − 0.5) × 100: how far it pulls the total from neutral
   * @param evidence how many observations it rests on (invoices, promises, messages, replies,
   *     months)
   * @param explanation the facts behind it, in words
   */
  public record ComponentScore(
      HealthComponent component,
      double score,
      double weight,
      double points,
      int evidence,
      String explanation) {}

  /**
   * Direction of the score: the least-squares slope of the score at monthly points over the window.
   * A slope above +1 point per 30 days is improving, below −1 deteriorating.
   *
   * @param direction improving, stable or deteriorating
   * @param slopePerMonth points per 30 days
   * @param windowDays length of the window ending at {@code asOf}
   * @param points the scores the slope was fitted to, oldest first
   */
  public record HealthTrend(
      TrendDirection direction, double slopePerMonth, int windowDays, List<HealthPoint> points) {}

  /**
   * The score on one day.
   *
   * @param date the day (the score as of its end)
   * @param score 0–100
   */
  public record HealthPoint(LocalDate date, double score) {}
}
