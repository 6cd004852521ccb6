package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * What the planner needs to know about the relationship to bound the tone.
 *
 * @param healthScore relationship health 0–100, when assessed
 * @param tenureMonths how long the customer has bought from the tenant
 * @param remindersSoFar payment messages already sent in this collection episode
 * @param brokenPromises promises to pay that were not kept in the last year
 * @param asOf the day the message is planned for
 */
public record RelationshipContext(
    OptionalInt healthScore,
    int tenureMonths,
    int remindersSoFar,
    int brokenPromises,
    LocalDate asOf) {

  /** Validates ranges. */
  public RelationshipContext {
    if (healthScore.isPresent() && (healthScore.getAsInt() < 0 || healthScore.getAsInt() > 100)) {
      throw new InvalidInputException("healthScore", "must be 0 to 100");
    }
    if (tenureMonths < 0) {
      throw new InvalidInputException("tenureMonths", "must not be negative");
    }
    if (remindersSoFar < 0) {
      throw new InvalidInputException("remindersSoFar", "must not be negative");
    }
    if (brokenPromises < 0) {
      throw new InvalidInputException("brokenPromises", "must not be negative");
    }
  }

  /** Nothing known yet: a first message to a customer with no history. */
  public static RelationshipContext firstContact(LocalDate asOf) {
    return new RelationshipContext(OptionalInt.empty(), 0, 0, 0, asOf);
  }
}
