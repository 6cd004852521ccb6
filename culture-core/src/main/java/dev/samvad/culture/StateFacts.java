package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Language;
import dev.samvad.api.Region;
import java.util.List;

/**
 * Reference facts about one state or union territory.
 *
 * @param state the state
 * @param region its region
 * @param primaryLanguages official or most-spoken languages, most important first
 * @param secondaryLanguages other languages widely used in business
 * @param hours customary business hours
 * @param notes the source's remarks
 */
public record StateFacts(
    IndianState state,
    Region region,
    List<Language> primaryLanguages,
    List<Language> secondaryLanguages,
    BusinessHours hours,
    String notes) {

  /** Copies the lists so the value stays immutable. */
  public StateFacts {
    primaryLanguages = List.copyOf(primaryLanguages);
    secondaryLanguages = List.copyOf(secondaryLanguages);
  }
}
