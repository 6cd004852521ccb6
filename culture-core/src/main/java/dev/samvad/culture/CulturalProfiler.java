package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Region;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a customer's business facts and replies into a {@link CulturalProfile}. Every conclusion
 * carries its evidence and a confidence; conflicting inputs lower the confidence and are listed in
 * {@link CulturalProfile#conflicts()}.
 *
 * <p>Precedence for language: what the customer stated, then the language and script of their own
 * replies, then their state's main language. For location: the GSTIN's state code, else the PIN,
 * else the city or state named in the location, else a declared state. Religion, caste or community
 * are never inferred, and no input is a person's name.
 *
 * <p>Immutable and thread-safe; a pure function of its input, the reference data and {@code now}.
 */
public final class CulturalProfiler {
  private static final BusinessHours INDIA_DEFAULT_HOURS =
      new BusinessHours(
          LocalTime.of(10, 0),
          LocalTime.of(19, 0),
          LocalTime.of(13, 30),
          LocalTime.of(14, 30),
          DayOfWeek.SUNDAY);

  private final ReferenceData data;
  private final LocationResolver locations;
  private final LanguageResolver languages;
  private final StyleResolver style = new StyleResolver();
  private final ContactHabitResolver habits = new ContactHabitResolver();

  private CulturalProfiler(ReferenceData data, LanguageIdentifier identifier) {
    this.data = data;
    this.locations = new LocationResolver(data);
    this.languages = new LanguageResolver(data, identifier);
  }

  /** A profiler over the given reference data (a tenant's, or {@link ReferenceData#bundled()}). */
  public static CulturalProfiler create(ReferenceData data, LanguageIdentifier identifier) {
    return new CulturalProfiler(data, identifier);
  }

  /** A profiler over the bundled tables and the standard identifier. */
  public static CulturalProfiler standard() {
    return create(ReferenceData.bundled(), LanguageIdentifier.standard());
  }

  /** The reference data this profiler reasons from. */
  public ReferenceData referenceData() {
    return data;
  }

  /**
   * Builds a profile as of {@code now}.
   *
   * @throws dev.samvad.api.InvalidInputException naming the field when an input is malformed (e.g.
   *     an unreadable time preference)
   */
  public CulturalProfile profile(ProfileInput in, Instant now) {
    List<String> conflicts = new ArrayList<>();
    LocationResolver.Located located = locations.resolve(in, conflicts);
    Optional<IndianState> state = located.state().map(Finding::value);
    double stateConfidence = located.state().map(Finding::confidence).orElse(0.0);
    LanguageResolver.Languages langs = languages.resolve(in, state, stateConfidence, conflicts);
    BusinessHours hours = state.map(s -> data.state(s).hours()).orElse(INDIA_DEFAULT_HOURS);
    Finding<Formality> formality = style.formality(in);
    Finding<List<dev.samvad.api.ChannelKind>> channels = habits.channels(in);
    Region region = located.region().value();
    LocalDate today = now.atZone(CulturalProfile.INDIA).toLocalDate();
    List<String> festivals =
        data.festivals().applicable(today, today.plusDays(365), state, region).stream()
            .map(Festival::id)
            .toList();
    List<String> cycle =
        data.businessCycle().stream()
            .filter(r -> r.appliesTo(state, region))
            .map(r -> r.id() + ": " + r.notes())
            .toList();
    double confidence =
        (located.region().confidence()
                + langs.primary().confidence()
                + formality.confidence()
                + channels.confidence())
            / 4.0;
    return new CulturalProfile(
        in.customerId(),
        located.state(),
        located.region(),
        langs.primary(),
        langs.secondary(),
        formality,
        style.directness(in),
        style.orientation(in),
        channels,
        hours,
        habits.hours(in, hours, CulturalProfile.INDIA),
        festivals,
        cycle,
        data.hofstede(),
        conflicts,
        confidence,
        CulturalProfile.INDIA,
        now,
        data.version());
  }
}
