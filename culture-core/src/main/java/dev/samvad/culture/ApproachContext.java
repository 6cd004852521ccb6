package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Everything an {@link ApproachRule} may look at: the message, when it would be sent, and what is
 * known around it. Rules use what they need and say so (an INFO finding) when something they need
 * is absent. Immutable; derive changed copies with the {@code with…} methods.
 *
 * @param message the message as it would be sent
 * @param sendAt when it would be sent, in the customer's zone
 * @param lastInboundAt when the customer last wrote to us on this channel (opens WhatsApp's 24-hour
 *     customer-service window)
 * @param facts the facts the message must state
 * @param profile the customer's cultural profile
 * @param plan the plan the message was written from
 */
public record ApproachContext(
    RenderedMessage message,
    ZonedDateTime sendAt,
    Optional<Instant> lastInboundAt,
    Optional<MessageFacts> facts,
    Optional<CulturalProfile> profile,
    Optional<AdaptationPlan> plan) {

  /** Validates that nothing is null. */
  public ApproachContext {
    InvalidInputException.require(message, "message");
    InvalidInputException.require(sendAt, "sendAt");
    InvalidInputException.require(lastInboundAt, "lastInboundAt");
    InvalidInputException.require(facts, "facts");
    InvalidInputException.require(profile, "profile");
    InvalidInputException.require(plan, "plan");
  }

  /** A context with only the message and the send time. */
  public static ApproachContext of(RenderedMessage message, ZonedDateTime sendAt) {
    return new ApproachContext(
        message, sendAt, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This context with the time the customer last wrote to us. */
  public ApproachContext withLastInboundAt(Instant value) {
    return new ApproachContext(
        message,
        sendAt,
        Optional.of(InvalidInputException.require(value, "lastInboundAt")),
        facts,
        profile,
        plan);
  }

  /** This context with the facts the message must state. */
  public ApproachContext withFacts(MessageFacts value) {
    return new ApproachContext(
        message,
        sendAt,
        lastInboundAt,
        Optional.of(InvalidInputException.require(value, "facts")),
        profile,
        plan);
  }

  /** This context with the customer's profile. */
  public ApproachContext withProfile(CulturalProfile value) {
    return new ApproachContext(
        message,
        sendAt,
        lastInboundAt,
        facts,
        Optional.of(InvalidInputException.require(value, "profile")),
        plan);
  }

  /** This context with the plan the message came from. */
  public ApproachContext withPlan(AdaptationPlan value) {
    return new ApproachContext(
        message,
        sendAt,
        lastInboundAt,
        facts,
        profile,
        Optional.of(InvalidInputException.require(value, "plan")));
  }
}
