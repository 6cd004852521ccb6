package dev.samvad.constraint;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Language;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;

/**
 * The segment facts of one customer that KPIs and the funnel are broken down by.
 *
 * @param region the customer's region (from GSTIN state, PIN or city)
 * @param language the language orchestration writes to the customer in
 * @param size the customer's enterprise size
 * @param playbook the name of the orchestration playbook the customer follows (1 to 64 characters)
 * @param holdOut whether the customer is in the cultural-adaptation hold-out group
 */
public record CustomerSegment(
    Region region, Language language, BusinessSize size, String playbook, HoldOutFlag holdOut) {

  /** Validates that every component is present and the playbook name is 1 to 64 characters. */
  public CustomerSegment {
    InvalidInputException.require(region, "region");
    InvalidInputException.require(language, "language");
    InvalidInputException.require(size, "size");
    InvalidInputException.require(playbook, "playbook");
    InvalidInputException.require(holdOut, "holdOut");
    if (playbook.isBlank() || playbook.length() > 64) {
      throw new InvalidInputException("playbook", "must be 1 to 64 characters");
    }
  }
}
