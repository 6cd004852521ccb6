package dev.samvad.constraint;

import java.util.List;

/**
 * What stands out: segments, the change since the last period, the hold-out test, channels, send
 * times and the customers most at risk.
 *
 * @param highlights the main findings in plain words
 * @param segments best and worst segment per dimension
 * @param periodChanges the portfolio's KPIs against the period before
 * @param holdOut the uplift of cultural adaptation
 * @param channels per channel
 * @param sendHours per local hour of sending (hours with no sends are left out)
 * @param atRisk customers ranked by overdue rupee-days, highest first
 */
public record Insights(
    List<String> highlights,
    List<SegmentComparison> segments,
    List<KpiChange> periodChanges,
    HoldOutUplift holdOut,
    List<ChannelEffectiveness> channels,
    List<SendHourEffectiveness> sendHours,
    List<AtRiskCustomer> atRisk) {
  /** Copies the lists. */
  public Insights {
    highlights = List.copyOf(highlights);
    segments = List.copyOf(segments);
    periodChanges = List.copyOf(periodChanges);
    channels = List.copyOf(channels);
    sendHours = List.copyOf(sendHours);
    atRisk = List.copyOf(atRisk);
  }
}
