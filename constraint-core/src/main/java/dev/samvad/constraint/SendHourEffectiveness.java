package dev.samvad.constraint;

/**
 * How messages sent in one local hour of the day fared.
 *
 * @param hour 0 to 23, in the portfolio's zone
 * @param sent messages sent in that hour
 * @param deliveredPercent delivered per sent
 * @param replyPercent answered per delivered
 * @param paidWithin7DaysPercent delivered messages whose invoice was paid in full within 7 days
 */
public record SendHourEffectiveness(
    int hour,
    long sent,
    double deliveredPercent,
    double replyPercent,
    double paidWithin7DaysPercent) {}
