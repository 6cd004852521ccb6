package dev.samvad.orchestration.runtime;

import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.orchestration.CustomerCard;

/**
 * What {@link ContextSource#of} knows about one customer.
 *
 * @param profile the cultural profile
 * @param relationship the relationship facts that bound the tone
 * @param card names and addresses
 */
public record CustomerFacts(
    CulturalProfile profile, RelationshipContext relationship, CustomerCard card) {
  /** Requires every part. */
  public CustomerFacts {
    InvalidInputException.require(profile, "profile");
    InvalidInputException.require(relationship, "relationship");
    InvalidInputException.require(card, "card");
  }
}
