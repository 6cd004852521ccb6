/**
 * Campaign orchestration: what to send each customer, on which channel, when and in which words,
 * and when to stop.
 *
 * <p>Three layers. {@link dev.samvad.orchestration.Playbook} is data: steps relative to an
 * invoice's issue or due date and the reaction to every kind of event. {@link
 * dev.samvad.orchestration.CampaignEngine} is a pure function {@code next(state, event, context)}
 * returning a {@link dev.samvad.orchestration.Decision}: the next state and the commands to carry
 * out. The runtime ({@code dev.samvad.orchestration.runtime}) claims due campaigns from the store,
 * applies decisions atomically and dispatches messages through channels.
 */
@NullMarked
package dev.samvad.orchestration;

import org.jspecify.annotations.NullMarked;
