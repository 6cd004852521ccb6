package dev.samvad.channel;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a {@link Channel} can carry, so the orchestrator picks content and channels that will work
 * instead of learning from failures.
 *
 * <p>{@link #problemWith(OutboundMessage)} applies these limits to a message; channels use it to
 * answer {@link SendResult.PermanentFailure} before calling a provider. The session window rule is
 * declared here but enforced by the caller, which knows when the customer last wrote.
 *
 * @param kinds the channel kinds served; not empty
 * @param maxTextLength the longest {@link MessageContent#readableText()} accepted, in UTF-16 chars;
 *     empty for no limit
 * @param encodings the encodings text may use; not empty
 * @param templateOnlyOutsideSessionWindow whether only pre-approved templates may be sent once
 *     {@code sessionWindow} has passed since the customer last wrote (WhatsApp's rule)
 * @param sessionWindow how long a customer's message opens a session; zero when there is none
 * @param attachmentsAllowed whether documents may be attached (links are text and always allowed)
 * @param receiptsSupported whether the channel reports {@link DeliveryReceipt}s
 */
public record ChannelCapabilities(
    Set<ChannelKind> kinds,
    OptionalInt maxTextLength,
    Set<TextEncoding> encodings,
    boolean templateOnlyOutsideSessionWindow,
    Duration sessionWindow,
    boolean attachmentsAllowed,
    boolean receiptsSupported) {

  /** Validates; throws {@link InvalidInputException} naming the offending field. */
  public ChannelCapabilities {
    InvalidInputException.require(kinds, "kinds");
    if (kinds.isEmpty()) {
      throw new InvalidInputException("kinds", "must name at least one channel kind");
    }
    kinds = Set.copyOf(kinds);
    InvalidInputException.require(maxTextLength, "maxTextLength");
    if (maxTextLength.isPresent() && maxTextLength.getAsInt() < 1) {
      throw new InvalidInputException("maxTextLength", "must be positive");
    }
    InvalidInputException.require(encodings, "encodings");
    if (encodings.isEmpty()) {
      throw new InvalidInputException("encodings", "must name at least one encoding");
    }
    encodings = Set.copyOf(encodings);
    InvalidInputException.require(sessionWindow, "sessionWindow");
    if (sessionWindow.isNegative()) {
      throw new InvalidInputException("sessionWindow", "must not be negative");
    }
  }

  /** Every kind, any length, any text, attachments allowed; receipts as given. */
  public static ChannelCapabilities unrestricted(boolean receiptsSupported) {
    return new ChannelCapabilities(
        EnumSet.allOf(ChannelKind.class),
        OptionalInt.empty(),
        Set.of(TextEncoding.UTF_8),
        false,
        Duration.ZERO,
        true,
        receiptsSupported);
  }

  /**
   * Why this channel cannot carry {@code message}, or empty when it can: a kind not served, text
   * too long or in characters no encoding carries, or a document where none are allowed.
   */
  public Optional<String> problemWith(OutboundMessage message) {
    if (!kinds.contains(message.channel())) {
      return Optional.of("channel does not serve " + message.channel());
    }
    String text = message.content().readableText();
    if (maxTextLength.isPresent() && text.length() > maxTextLength.getAsInt()) {
      return Optional.of(
          "text has " + text.length() + " characters, limit is " + maxTextLength.getAsInt());
    }
    if (encodings.stream().noneMatch(encoding -> encoding.canEncode(text))) {
      return Optional.of("text has characters none of " + encodings + " can carry");
    }
    if (!attachmentsAllowed
        && message.attachments().stream().anyMatch(a -> a instanceof Attachment.Document)) {
      return Optional.of("channel does not carry documents");
    }
    return Optional.empty();
  }
}
