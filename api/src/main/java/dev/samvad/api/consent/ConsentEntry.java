package dev.samvad.api.consent;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.time.Instant;
import java.util.Optional;

/**
 * One event in a customer's consent history on one channel: consent given (with the notice shown
 * and the purpose stated) or withdrawn. Build with {@link #given} or {@link #withdrawn}.
 *
 * @param channel the channel it is about
 * @param action given or withdrawn
 * @param at when it happened
 * @param source where it came from, e.g. {@code "onboarding form"}, {@code "reply"}, {@code "host
 *     API"}, {@code "contact record"}, {@code "erasure"} (1 to 200 characters)
 * @param notice for a consent: the id and version of the notice the customer was shown, e.g. {@code
 *     "privacy-notice/v3"}; empty for a withdrawal
 * @param purpose for a consent: the purpose it was given for, e.g. {@code "invoice delivery and
 *     payment reminders"}; empty for a withdrawal
 * @param reference what it came with, e.g. the id of the inbound reply that said "STOP", or the
 *     host's form submission id (at most 200 characters)
 */
public record ConsentEntry(
    ChannelKind channel,
    Action action,
    Instant at,
    String source,
    Optional<String> notice,
    Optional<String> purpose,
    Optional<String> reference) {

  /** Longest source, notice, purpose or reference accepted. */
  public static final int MAX_TEXT = 200;

  /** What happened. */
  public enum Action {
    /** The customer consented. */
    GIVEN,
    /** The customer withdrew consent. */
    WITHDRAWN
  }

  /**
   * Checks every part; a consent needs its notice and purpose, a withdrawal has neither.
   *
   * @throws InvalidInputException naming the field
   */
  public ConsentEntry {
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(action, "action");
    InvalidInputException.require(at, "at");
    InvalidInputException.require(notice, "notice");
    InvalidInputException.require(purpose, "purpose");
    InvalidInputException.require(reference, "reference");
    check(InvalidInputException.require(source, "source"), "source");
    notice.ifPresent(n -> check(n, "notice"));
    purpose.ifPresent(p -> check(p, "purpose"));
    reference.ifPresent(r -> check(r, "reference"));
    if (action == Action.GIVEN && (notice.isEmpty() || purpose.isEmpty())) {
      throw new InvalidInputException(
          notice.isEmpty() ? "notice" : "purpose",
          "a consent must name the notice shown and the purpose it is given for");
    }
    if (action == Action.WITHDRAWN && (notice.isPresent() || purpose.isPresent())) {
      throw new InvalidInputException(
          notice.isPresent() ? "notice" : "purpose",
          "a withdrawal names no notice or purpose: it ends consent for every purpose");
    }
  }

  /** A consent given on {@code channel}. */
  public static ConsentEntry given(
      ChannelKind channel, String notice, String purpose, Instant at, String source) {
    return new ConsentEntry(
        channel,
        Action.GIVEN,
        at,
        source,
        Optional.of(InvalidInputException.require(notice, "notice")),
        Optional.of(InvalidInputException.require(purpose, "purpose")),
        Optional.empty());
  }

  /** A withdrawal of consent on {@code channel}; {@code reference} e.g. the reply's id. */
  public static ConsentEntry withdrawn(
      ChannelKind channel, Instant at, String source, Optional<String> reference) {
    return new ConsentEntry(
        channel, Action.WITHDRAWN, at, source, Optional.empty(), Optional.empty(), reference);
  }

  private static void check(String value, String field) {
    if (value.isBlank()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    if (value.length() > MAX_TEXT) {
      throw new InvalidInputException(
          field, "must be at most " + MAX_TEXT + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new InvalidInputException(field, "contains a control character at index " + i);
      }
    }
  }
}
