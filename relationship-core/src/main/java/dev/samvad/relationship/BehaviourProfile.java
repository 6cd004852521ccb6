package dev.samvad.relationship;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * How a customer behaves, as their own history shows it on {@link #asOf()}. Produced by {@link
 * BehaviourAnalyzer}; every figure carries the amount of evidence behind it so a caller can tell a
 * habit from an accident.
 *
 * @param customerId whose behaviour this is
 * @param asOf the moment the history was read up to
 * @param channels responsiveness per channel that was used
 * @param hours reply likelihood by hour of day (India time) at which a message was sent, 0–23
 * @param weekdays reply likelihood by day of week a message was sent, Monday first
 * @param bestHours up to three hours with the best smoothed reply likelihood, best first
 * @param bestDays up to two days with the best smoothed reply likelihood, best first
 * @param preference stated against learned channel preference
 * @param timing when invoices get paid relative to their due date
 * @param partialPayments whether invoices tend to be paid in parts
 * @param promises how often promises to pay were kept
 * @param disputes how often the customer disputes
 * @param seasonality months and festival seasons in which the customer pays slower than usual
 * @param calendarHabits payments bunched at month end or around GST return dates
 */
public record BehaviourProfile(
    CustomerId customerId,
    Instant asOf,
    List<ChannelResponse> channels,
    List<TimeSlot> hours,
    List<TimeSlot> weekdays,
    List<Integer> bestHours,
    List<DayOfWeek> bestDays,
    ChannelPreference preference,
    PaymentTiming timing,
    PartialPayments partialPayments,
    PromiseKeeping promises,
    Disputes disputes,
    Seasonality seasonality,
    CalendarHabits calendarHabits) {

  /**
   * The chance that a message on {@code channel} sent at {@code hour} (India time) is answered
   * within 72 hours: the channel's smoothed rate scaled by how that hour compares with the
   * customer's average, limited to [0, 1].
   */
  public double replyLikelihood(ChannelKind channel, int hour) {
    double overall = 0;
    int sent = 0;
    double channelRate = -1;
    for (ChannelResponse c : channels) {
      overall += c.answered();
      sent += c.sent();
      if (c.channel() == channel) {
        channelRate = c.smoothedRate();
      }
    }
    double base = (overall + 1) / (sent + 2.0);
    if (channelRate < 0) {
      channelRate = base;
    }
    double hourRate = hours.get(Math.floorMod(hour, 24)).smoothedRate();
    return Math.max(0, Math.min(1, channelRate * (hourRate / base)));
  }

  /**
   * Responsiveness on one channel: outbound messages sent, how many were answered (an inbound
   * message within 72 hours) and how fast.
   *
   * @param channel the channel
   * @param sent outbound messages whose 72-hour window has closed or was answered
   * @param answered of those, how many got an answer
   * @param responseRate answered / sent; 0 when nothing was sent
   * @param smoothedRate (answered + 2p) / (sent + 2), p the customer's rate over all channels: a
   *     rate that does not swing on two messages
   * @param medianResponseHours median hours to the answer, when any was answered
   * @param inbound messages the customer sent on this channel, answers or not
   */
  public record ChannelResponse(
      ChannelKind channel,
      int sent,
      int answered,
      double responseRate,
      double smoothedRate,
      Optional<Double> medianResponseHours,
      int inbound) {}

  /**
   * Reply likelihood for one hour of the day or day of the week.
   *
   * @param slot the hour (0–23) or day (0 = Monday)
   * @param label "10:00" or "MONDAY"
   * @param evidence outbound messages sent in this slot
   * @param answered of those, how many were answered
   * @param smoothedRate shrunk toward the customer's overall rate with a weight of three messages
   *     (hours are also averaged with their neighbours)
   */
  public record TimeSlot(int slot, String label, int evidence, int answered, double smoothedRate) {}

  /**
   * What the customer said against what they do.
   *
   * @param stated the channel the customer said they prefer
   * @param learned the channel they answer best on (at least three messages sent on it), or the one
   *     they write on most when nothing was sent
   * @param agrees true when both are known and the same
   * @param basis how {@code learned} was chosen, in words
   */
  public record ChannelPreference(
      Optional<ChannelKind> stated, Optional<ChannelKind> learned, boolean agrees, String basis) {}

  /**
   * When settled invoices were paid, in days after the due date (negative = early).
   *
   * @param settledInvoices invoices paid in full by {@code asOf}
   * @param openOverdue invoices still open and past their due date
   * @param distribution share of settled invoices in each lateness band
   * @param meanDaysLate plain mean
   * @param amountWeightedMeanDaysLate mean weighted by invoice amount: big invoices count more
   * @param medianDaysLate median
   * @param onTimeShare share paid on or before the due date
   * @param trendDaysPerMonth least-squares change of days late per 30 days of due dates (four
   *     invoices at least; 0 otherwise)
   * @param trend {@code DETERIORATING} when payments get later by more than a day a month
   */
  public record PaymentTiming(
      int settledInvoices,
      int openOverdue,
      List<LatenessBand> distribution,
      double meanDaysLate,
      double amountWeightedMeanDaysLate,
      double medianDaysLate,
      double onTimeShare,
      double trendDaysPerMonth,
      TrendDirection trend) {}

  /**
   * One band of the days-late distribution.
   *
   * @param label "on time", "1–7 days" …
   * @param fromDays lowest days late in the band
   * @param toDays highest days late in the band ({@link Integer#MAX_VALUE} for the last)
   * @param invoices settled invoices in the band
   * @param share their share of all settled invoices
   */
  public record LatenessBand(String label, int fromDays, int toDays, int invoices, double share) {}

  /**
   * @param settledInvoices invoices paid in full
   * @param paidInParts of those, paid by two or more allocations
   * @param share paidInParts / settledInvoices
   * @param habitual at least four settled invoices and a share of 30 % or more
   */
  public record PartialPayments(
      int settledInvoices, int paidInParts, double share, boolean habitual) {}

  /**
   * @param promises promises to pay read from replies
   * @param kept paid (the promised amount, or anything when no amount was named) between the reply
   *     and the promised date plus the grace days
   * @param broken deadline passed without that payment
   * @param pending deadline not reached yet
   * @param keptRatio kept / (kept + broken), when any promise has come due
   * @param graceDays days after the promised date that still count
   */
  public record PromiseKeeping(
      int promises, int kept, int broken, int pending, Optional<Double> keptRatio, int graceDays) {}

  /**
   * @param disputedInvoices invoices in status {@code DISPUTED}
   * @param disputeReplies replies that disputed the claim
   * @param perInvoice the larger of the two counts per invoice issued
   * @param perYear the same per year of relationship (at least a quarter year is assumed)
   */
  public record Disputes(
      int disputedInvoices, int disputeReplies, double perInvoice, double perYear) {}

  /**
   * @param usualDaysLate mean days late over all settled invoices
   * @param slowMonths due-date months with at least two invoices paid clearly slower than usual
   * @param slowFestivals major festival seasons (ten days either side) likewise
   */
  public record Seasonality(
      double usualDaysLate, List<SlowMonth> slowMonths, List<SlowFestival> slowFestivals) {}

  /**
   * @param month the due-date month
   * @param invoices settled invoices due in it
   * @param meanDaysLate their mean days late
   */
  public record SlowMonth(Month month, int invoices, double meanDaysLate) {}

  /**
   * @param festival festival key, e.g. {@code diwali}
   * @param name its English name
   * @param invoices settled invoices due in its season
   * @param meanDaysLate their mean days late
   */
  public record SlowFestival(String festival, String name, int invoices, double meanDaysLate) {}

  /**
   * Whether payments bunch on particular days of the month. A lift is the observed share divided by
   * the share a customer paying on random days would show.
   *
   * @param payments payments counted
   * @param monthEndShare share received in the last three or first two days of a month
   * @param monthEndLift monthEndShare / (5 / 30.44)
   * @param gstDateShare share received on the 9th–11th or 18th–20th (GSTR-1 and GSTR-3B dates)
   * @param gstDateLift gstDateShare / (6 / 30.44)
   * @param paysAtMonthEnd five payments at least and a month-end lift of 1.5 or more
   * @param paysAroundGstDates five payments at least and a GST-date lift of 1.5 or more
   */
  public record CalendarHabits(
      int payments,
      double monthEndShare,
      double monthEndLift,
      double gstDateShare,
      double gstDateLift,
      boolean paysAtMonthEnd,
      boolean paysAroundGstDates) {}
}
