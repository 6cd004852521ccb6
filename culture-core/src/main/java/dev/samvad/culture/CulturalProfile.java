package dev.samvad.culture;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.IndianState;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Region;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What Samvad understands of a customer's culture, each conclusion with its confidence and
 * evidence. Produced by {@link CulturalProfiler}; stored as JSON (schema version {@value
 * #SCHEMA_VERSION}). Immutable.
 *
 * @param customerId the customer
 * @param state the state, when any input points to one
 * @param region the region (from the state, else a default with low confidence)
 * @param primaryLanguage the language and script to write in
 * @param secondaryLanguages other languages the customer can be expected to read
 * @param formality how formally to write
 * @param directness how plainly to ask
 * @param relationshipOrientation relationship before business, or not
 * @param preferredChannels channels in order of preference
 * @param businessHours customary hours and weekly off (a convention)
 * @param preferredHours hours of the day (0–23, local) when the customer tends to respond
 * @param festivals ids of the festivals that apply to the customer in the next twelve months
 * @param businessCycleNotes business-cycle facts that shape their calendar
 * @param dimensions Hofstede scores; country-level, regional adjustments flagged heuristic
 * @param conflicts contradictions found between inputs, in words
 * @param confidence overall confidence in [0, 1]
 * @param zone the customer's time zone (India has one)
 * @param analysedAt when the profile was made
 * @param referenceVersion the reference-data version used
 */
public record CulturalProfile(
    CustomerId customerId,
    Optional<Finding<IndianState>> state,
    Finding<Region> region,
    Finding<LanguageForm> primaryLanguage,
    List<LanguageForm> secondaryLanguages,
    Finding<Formality> formality,
    Finding<Directness> directness,
    Finding<RelationshipOrientation> relationshipOrientation,
    Finding<List<ChannelKind>> preferredChannels,
    BusinessHours businessHours,
    Finding<List<Integer>> preferredHours,
    List<String> festivals,
    List<String> businessCycleNotes,
    List<CulturalDimension> dimensions,
    List<String> conflicts,
    double confidence,
    ZoneId zone,
    Instant analysedAt,
    String referenceVersion) {

  /** The version of this document's JSON schema. */
  public static final int SCHEMA_VERSION = 1;

  /** India's time zone. */
  public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  /** Copies the lists so the profile stays immutable. */
  public CulturalProfile {
    secondaryLanguages = List.copyOf(secondaryLanguages);
    festivals = List.copyOf(festivals);
    businessCycleNotes = List.copyOf(businessCycleNotes);
    dimensions = List.copyOf(dimensions);
    conflicts = List.copyOf(conflicts);
  }

  /** The state if known. */
  public Optional<IndianState> knownState() {
    return state.map(Finding::value);
  }
}
