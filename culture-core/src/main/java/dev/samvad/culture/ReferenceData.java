package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Language;
import dev.samvad.api.Region;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned reference tables culture-core reasons from: states and their languages and
 * customary hours, PIN prefixes, cities, the festival calendar 2025–2030, business-cycle facts and
 * Hofstede's country scores. Sources are listed in {@code docs/culture.md}.
 *
 * <p>{@link #bundled()} loads the shipped tables once per JVM. A tenant adapts them with {@link
 * #toBuilder()}: correct a festival date from a state notice, add a local holiday, change a state's
 * customary hours. Instances are immutable and thread-safe.
 */
public final class ReferenceData {
  /** The version of the bundled tables. */
  public static final String BUNDLED_VERSION = "v1";

  private final String version;
  private final Map<IndianState, StateFacts> states;
  private final Map<String, PinMatch> pinPrefixes;
  private final Map<String, IndianState> cities;
  private final FestivalCalendar festivals;
  private final List<BusinessCycleRule> businessCycle;
  private final List<CulturalDimension> hofstede;

  private ReferenceData(Builder b) {
    this.version = b.version;
    this.states = Map.copyOf(b.states);
    this.pinPrefixes = Map.copyOf(b.pinPrefixes);
    this.cities = Map.copyOf(b.cities);
    this.festivals = new FestivalCalendar(List.copyOf(b.festivals.values()));
    this.businessCycle = List.copyOf(b.businessCycle);
    this.hofstede = List.copyOf(b.hofstede);
  }

  /** The shipped tables, loaded on first use (well under 200 ms) and shared. */
  public static ReferenceData bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Loads the shipped tables afresh, bypassing the shared instance: for measuring load time and
   * footprint. Applications use {@link #bundled()}.
   */
  public static ReferenceData loadBundledTables() {
    return Bundled.load();
  }

  /** The version label: {@code v1} for the bundled tables, with a suffix once overridden. */
  public String version() {
    return version;
  }

  /** Facts about a state; every state has a row. */
  public StateFacts state(IndianState state) {
    StateFacts facts = states.get(state);
    if (facts == null) {
      throw new IllegalStateException("reference data lacks state " + state);
    }
    return facts;
  }

  /** The state(s) a PIN code's first three digits point to. */
  public Optional<PinMatch> pinPrefix(String pinOrPrefix) {
    return pinOrPrefix.length() < 3
        ? Optional.empty()
        : Optional.ofNullable(pinPrefixes.get(pinOrPrefix.substring(0, 3)));
  }

  /** The state of a city, by its name or a common spelling ("Bombay", "bengaluru", "Gurgaon"). */
  public Optional<IndianState> cityState(String city) {
    return Optional.ofNullable(cities.get(cityKey(city)));
  }

  /** The festival calendar. */
  public FestivalCalendar festivals() {
    return festivals;
  }

  /** Business-cycle facts. */
  public List<BusinessCycleRule> businessCycle() {
    return businessCycle;
  }

  /** Hofstede's published country scores for India. */
  public List<CulturalDimension> hofstede() {
    return hofstede;
  }

  /** A builder starting from these tables, for a tenant's overrides. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.version = version;
    b.states.putAll(states);
    b.pinPrefixes.putAll(pinPrefixes);
    b.cities.putAll(cities);
    festivals.all().forEach(f -> b.festivals.put(f.id(), f));
    b.businessCycle = businessCycle;
    b.hofstede = hofstede;
    return b;
  }

  static String cityKey(String city) {
    String folded = Normalizer.normalize(city, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** Collects overrides; {@link #build()} yields new immutable reference data. */
  public static final class Builder {
    private String version = BUNDLED_VERSION;
    private final Map<IndianState, StateFacts> states = new EnumMap<>(IndianState.class);
    private final Map<String, PinMatch> pinPrefixes = new HashMap<>();
    private final Map<String, IndianState> cities = new HashMap<>();
    private final Map<String, Festival> festivals = new LinkedHashMap<>();
    private List<BusinessCycleRule> businessCycle = List.of();
    private List<CulturalDimension> hofstede = List.of();
    private boolean overridden;

    private Builder() {}

    /** Replaces a state's facts (say, a tenant's knowledge of local hours). */
    public Builder state(StateFacts facts) {
      states.put(facts.state(), facts);
      overridden = true;
      return this;
    }

    /** Adds a festival, or replaces the one with the same id (a corrected date). */
    public Builder festival(Festival festival) {
      festivals.put(festival.id(), festival);
      overridden = true;
      return this;
    }

    /** Removes a festival by id; unknown ids are an error so typos do not pass silently. */
    public Builder withoutFestival(String id) {
      if (festivals.remove(id) == null) {
        throw new dev.samvad.api.InvalidInputException(
            "festivalId", "unknown festival '" + id + "'");
      }
      overridden = true;
      return this;
    }

    /** Maps a city spelling to a state. */
    public Builder city(String name, IndianState state) {
      cities.put(cityKey(name), state);
      overridden = true;
      return this;
    }

    /** Builds the tables. */
    public ReferenceData build() {
      if (overridden && !version.contains("+")) {
        version = version + "+tenant";
      }
      return new ReferenceData(this);
    }
  }

  /** Holder idiom: the bundled tables load on first use, once, thread-safely. */
  private static final class Bundled {
    static final ReferenceData INSTANCE = load();

    private static ReferenceData load() {
      Builder b = new Builder();
      CsvTable states = CsvTable.load("states.csv");
      for (String[] r : states.rows()) {
        IndianState state = IndianState.valueOf(states.get(r, "state"));
        b.states.put(
            state,
            new StateFacts(
                state,
                Region.valueOf(states.get(r, "region")),
                languages(states.get(r, "primary_languages")),
                languages(states.get(r, "secondary_languages")),
                new BusinessHours(
                    LocalTime.parse(states.get(r, "business_open")),
                    LocalTime.parse(states.get(r, "business_close")),
                    LocalTime.parse(states.get(r, "lunch_start")),
                    LocalTime.parse(states.get(r, "lunch_end")),
                    DayOfWeek.valueOf(states.get(r, "weekly_off"))),
                states.get(r, "notes")));
      }
      CsvTable pins = CsvTable.load("pin_prefixes.csv");
      for (String[] r : pins.rows()) {
        b.pinPrefixes.put(
            pins.get(r, "prefix"),
            new PinMatch(
                IndianState.valueOf(pins.get(r, "state")),
                enumList(pins.get(r, "alternate_states"))));
      }
      CsvTable cities = CsvTable.load("cities.csv");
      for (String[] r : cities.rows()) {
        IndianState state = IndianState.valueOf(cities.get(r, "state"));
        b.cities.put(cityKey(cities.get(r, "city")), state);
        for (String spelling : split(cities.get(r, "spellings"))) {
          b.cities.putIfAbsent(cityKey(spelling), state);
        }
      }
      CsvTable fest = CsvTable.load("festivals.csv");
      for (String[] r : fest.rows()) {
        String id = fest.get(r, "id");
        b.festivals.put(
            id,
            new Festival(
                id,
                id.replaceFirst("-\\d{4}$", ""),
                fest.get(r, "name"),
                LocalDate.parse(fest.get(r, "date")),
                regions(fest.get(r, "regions")),
                Set.copyOf(enumList(fest.get(r, "states"))),
                FestivalKind.valueOf(fest.get(r, "kind")),
                Integer.parseInt(fest.get(r, "reminder_quiet_days_before")),
                Integer.parseInt(fest.get(r, "reminder_quiet_days_after")),
                Boolean.parseBoolean(fest.get(r, "estimated")),
                fest.get(r, "notes")));
      }
      CsvTable cycle = CsvTable.load("business_cycle.csv");
      b.businessCycle =
          cycle.rows().stream()
              .map(
                  r ->
                      new BusinessCycleRule(
                          cycle.get(r, "id"),
                          cycle.get(r, "kind"),
                          cycle.get(r, "rule"),
                          regions(cycle.get(r, "regions")),
                          Set.copyOf(enumList(cycle.get(r, "states"))),
                          cycle.get(r, "notes")))
              .toList();
      CsvTable hof = CsvTable.load("hofstede.csv");
      b.hofstede =
          hof.rows().stream()
              .map(
                  r ->
                      new CulturalDimension(
                          hof.get(r, "code"),
                          hof.get(r, "dimension"),
                          Integer.parseInt(hof.get(r, "score")),
                          Double.parseDouble(hof.get(r, "confidence")),
                          false,
                          hof.get(r, "source")))
              .toList();
      for (IndianState s : IndianState.values()) {
        if (b.states.get(s) == null) {
          throw new IllegalStateException("states.csv lacks " + s);
        }
      }
      return b.build();
    }

    private static List<String> split(String cell) {
      return cell.isEmpty()
          ? List.of()
          : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }

    private static List<Language> languages(String cell) {
      return split(cell).stream()
          .map(
              code ->
                  Language.lookup(code)
                      .orElseThrow(() -> new IllegalStateException("unknown language " + code)))
          .toList();
    }

    private static List<IndianState> enumList(String cell) {
      return split(cell).stream().map(IndianState::valueOf).toList();
    }

    private static Set<Region> regions(String cell) {
      if (cell.equals("ALL")) {
        return Set.of();
      }
      EnumSet<Region> set = EnumSet.noneOf(Region.class);
      split(cell).forEach(r -> set.add(Region.valueOf(r)));
      return set;
    }
  }
}
