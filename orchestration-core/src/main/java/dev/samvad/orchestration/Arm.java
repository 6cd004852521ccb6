package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;

/**
 * One option of the optimiser: a channel at an hour slot, for a customer segment.
 *
 * @param segment the customer segment the statistics are kept for
 * @param channel the channel
 * @param slot the part of the day
 */
public record Arm(String segment, ChannelKind channel, SendSlot slot) {
  /** Requires every part. */
  public Arm {
    InvalidInputException.require(segment, "segment");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(slot, "slot");
  }
}
