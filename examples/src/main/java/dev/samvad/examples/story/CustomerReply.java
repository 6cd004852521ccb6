package dev.samvad.examples.story;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.orchestration.Trigger;
import java.time.Instant;

/**
 * A reply a simulated customer sent, and what Samvad read it as.
 *
 * @param at when it arrived
 * @param customer who wrote
 * @param channel on which channel
 * @param text what they wrote
 * @param readAs the trigger Samvad's reply reader made of it
 */
public record CustomerReply(
    Instant at, CustomerId customer, ChannelKind channel, String text, Trigger readAs) {}
