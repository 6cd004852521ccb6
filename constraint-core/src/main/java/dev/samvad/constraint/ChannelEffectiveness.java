package dev.samvad.constraint;

import dev.samvad.api.ChannelKind;

/**
 * How well one channel works, over the messages queued up to the analysis date.
 *
 * @param channel the channel
 * @param attempts messages queued
 * @param deliveredPercent delivered (or read or answered) per attempt
 * @param readPercent with a read receipt per delivered
 * @param replyPercent answered per delivered
 * @param bouncedPercent bounced (wrong contact) per attempt
 * @param failedPercent failed in the channel per attempt
 * @param meanQueueHours mean wait between queued and sent (still-queued messages count their wait
 *     so far)
 * @param paidWithin7DaysPercent delivered messages whose invoice was paid in full within 7 days
 */
public record ChannelEffectiveness(
    ChannelKind channel,
    long attempts,
    double deliveredPercent,
    double readPercent,
    double replyPercent,
    double bouncedPercent,
    double failedPercent,
    double meanQueueHours,
    double paidWithin7DaysPercent) {}
