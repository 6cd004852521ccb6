package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import java.util.List;

/**
 * Chooses a channel and hour slot among the options the hard rules allow, for steps whose policy is
 * {@link ChannelPolicy.Optimise}. Must be deterministic for a given seed so the engine stays a pure
 * function; {@link ThompsonSampler} is the learning implementation.
 */
public interface ChannelRanker {

  /**
   * The preferred arm among {@code channels} × all {@link SendSlot}s for {@code segment}.
   *
   * @param segment the customer segment
   * @param channels usable channels, in prior order of preference; never empty
   * @param seed randomness for sampling, fixed per campaign and message
   */
  Arm choose(String segment, List<ChannelKind> channels, long seed);

  /** Always the first channel in the morning slot: no learning. */
  static ChannelRanker firstChoice() {
    return (segment, channels, seed) -> new Arm(segment, channels.get(0), SendSlot.MORNING);
  }
}
