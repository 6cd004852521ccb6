package dev.samvad.orchestration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.util.EnumSet;
import java.util.List;

/**
 * Which channel a step uses: one fixed channel, an ordered list to fall back along, or a set the
 * optimiser chooses from. Every channel listed is still subject to the hard contact rules and the
 * customer's opt-outs; the engine skips a channel it may not use and a customer cannot be reached
 * on.
 *
 * <p>In JSON the kind is the {@code type} property: {@code {"type": "FIXED", "channel": "EMAIL"}},
 * {@code {"type": "FALLBACKS", "channels": [...]}} or {@code {"type": "OPTIMISE", "channels":
 * [...]}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ChannelPolicy.Fixed.class, name = "FIXED"),
  @JsonSubTypes.Type(value = ChannelPolicy.Fallbacks.class, name = "FALLBACKS"),
  @JsonSubTypes.Type(value = ChannelPolicy.Optimise.class, name = "OPTIMISE")
})
public sealed interface ChannelPolicy {

  /** The channels this policy may use, in the order to try them; never empty, no repeats. */
  List<ChannelKind> channels();

  /** Always this channel. */
  static ChannelPolicy fixed(ChannelKind channel) {
    return new Fixed(channel);
  }

  /** The first usable channel of {@code order}; on failure, the next. */
  static ChannelPolicy fallbacks(ChannelKind... order) {
    return new Fallbacks(List.of(order));
  }

  /** The optimiser picks among {@code candidates}; on failure, the next best. */
  static ChannelPolicy optimise(ChannelKind... candidates) {
    return new Optimise(List.of(candidates));
  }

  /**
   * One channel.
   *
   * @param channel the channel
   */
  record Fixed(ChannelKind channel) implements ChannelPolicy {
    /** Requires the channel. */
    public Fixed {
      InvalidInputException.require(channel, "channel");
    }

    @Override
    @JsonIgnore
    public List<ChannelKind> channels() {
      return List.of(channel);
    }
  }

  /**
   * Channels in a fixed order of preference.
   *
   * @param channels most preferred first
   */
  record Fallbacks(List<ChannelKind> channels) implements ChannelPolicy {
    /** Requires one or more distinct channels. */
    public Fallbacks {
      channels = distinct(channels, "channels");
    }
  }

  /**
   * Channels for the optimiser to rank per customer segment.
   *
   * @param channels the candidates; their order is the prior preference
   */
  record Optimise(List<ChannelKind> channels) implements ChannelPolicy {
    /** Requires one or more distinct channels. */
    public Optimise {
      channels = distinct(channels, "channels");
    }
  }

  private static List<ChannelKind> distinct(List<ChannelKind> channels, String field) {
    InvalidInputException.require(channels, field);
    if (channels.isEmpty()) {
      throw new InvalidInputException(field, "must name at least one channel");
    }
    EnumSet<ChannelKind> seen = EnumSet.noneOf(ChannelKind.class);
    for (int i = 0; i < channels.size(); i++) {
      ChannelKind channel = InvalidInputException.require(channels.get(i), field + "[" + i + "]");
      if (!seen.add(channel)) {
        throw new InvalidInputException(field + "[" + i + "]", channel + " is listed twice");
      }
    }
    return List.copyOf(channels);
  }
}
