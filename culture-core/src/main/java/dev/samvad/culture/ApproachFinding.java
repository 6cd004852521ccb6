package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;

/**
 * One problem (or note) about how a message approaches a customer, found by an {@link
 * ApproachRule}.
 *
 * @param code a stable machine-readable code, e.g. {@code THREATENING_LANGUAGE}
 * @param severity how much it matters
 * @param message what is wrong, in a sentence
 * @param fix what to do about it, in a sentence
 */
public record ApproachFinding(String code, Severity severity, String message, String fix) {

  /** How much a finding matters. */
  public enum Severity {
    /** Must not be sent as it is: unlawful, abusive, or missing what the customer needs to pay. */
    BLOCKER,
    /** May be sent, but should be changed: costs more, or reads worse, than it should. */
    WARNING,
    /** Worth knowing; nothing to change. */
    INFO
  }

  /** Validates that nothing is missing. */
  public ApproachFinding {
    InvalidInputException.require(code, "code");
    InvalidInputException.require(severity, "severity");
    InvalidInputException.require(message, "message");
    InvalidInputException.require(fix, "fix");
  }

  /** True for {@link Severity#BLOCKER}. */
  public boolean blocks() {
    return severity == Severity.BLOCKER;
  }
}
