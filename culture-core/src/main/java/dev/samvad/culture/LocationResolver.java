package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out the state and region from the GSTIN, else the PIN, else the location text, else a
 * declared state; every other source is checked against the choice and disagreement lowers the
 * confidence and is reported.
 */
final class LocationResolver {
  private record Candidate(IndianState state, double confidence, Evidence evidence) {}

  record Located(Optional<Finding<IndianState>> state, Finding<Region> region) {}

  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[,/|;]");

  private final ReferenceData data;

  LocationResolver(ReferenceData data) {
    this.data = data;
  }

  Located resolve(ProfileInput in, List<String> conflicts) {
    List<Candidate> candidates = new ArrayList<>(4);
    in.gstin()
        .ifPresent(
            g ->
                g.state()
                    .ifPresent(
                        s ->
                            candidates.add(
                                new Candidate(
                                    s,
                                    0.95,
                                    new Evidence(
                                        Evidence.Source.GSTIN,
                                        "GSTIN state code "
                                            + g.stateCode()
                                            + " is "
                                            + s.displayName())))));
    in.pin()
        .flatMap(p -> data.pinPrefix(p.value()).map(m -> pinCandidate(p.value(), m)))
        .ifPresent(candidates::add);
    in.location().flatMap(this::locationCandidate).ifPresent(candidates::add);
    in.declaredState()
        .ifPresent(
            s ->
                candidates.add(
                    new Candidate(
                        s,
                        0.8,
                        new Evidence(
                            Evidence.Source.ADDRESS_STATE, "address names " + s.displayName()))));
    if (candidates.isEmpty()) {
      return new Located(Optional.empty(), regionWithoutState(in, conflicts));
    }
    Candidate chosen = candidates.get(0);
    double confidence = chosen.confidence();
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(chosen.evidence());
    for (Candidate other : candidates.subList(1, candidates.size())) {
      if (other.state() == chosen.state()) {
        confidence = Math.min(0.99, confidence + 0.02);
        evidence.add(other.evidence());
      } else {
        confidence = Math.max(0.3, confidence * 0.75);
        conflicts.add(
            chosen.evidence().detail()
                + ", but "
                + other.evidence().detail()
                + " (a branch or billing address?); kept "
                + chosen.state().displayName());
      }
    }
    Finding<IndianState> state = new Finding<>(chosen.state(), confidence, evidence);
    StateFacts facts = data.state(chosen.state());
    Finding<Region> region =
        Finding.of(
            facts.region(),
            confidence,
            Evidence.Source.STATE_DEFAULT,
            chosen.state().displayName() + " lies in the " + facts.region() + " region");
    return new Located(Optional.of(state), region);
  }

  private Candidate pinCandidate(String pin, PinMatch match) {
    if (match.isUnambiguous()) {
      return new Candidate(
          match.state(),
          0.85,
          new Evidence(
              Evidence.Source.PIN, "PIN " + pin + " lies in " + match.state().displayName()));
    }
    return new Candidate(
        match.state(),
        0.6,
        new Evidence(
            Evidence.Source.PIN,
            "PIN prefix "
                + pin.substring(0, 3)
                + " is mostly "
                + match.state().displayName()
                + " but also "
                + match.alternatives().stream().map(IndianState::displayName).toList()));
  }

  private Optional<Candidate> locationCandidate(String location) {
    String[] parts = SEPARATORS.split(location);
    for (int i = parts.length - 1; i >= 0; i--) {
      String part = parts[i].strip();
      if (part.isEmpty() || part.length() > 80) {
        continue;
      }
      Optional<IndianState> state = IndianState.lookup(part);
      if (state.isPresent()) {
        return Optional.of(
            new Candidate(
                state.get(),
                0.8,
                new Evidence(Evidence.Source.CITY, "location names " + state.get().displayName())));
      }
    }
    for (String part : parts) {
      Optional<IndianState> city = data.cityState(part.strip());
      if (city.isPresent()) {
        return Optional.of(
            new Candidate(
                city.get(),
                0.7,
                new Evidence(
                    Evidence.Source.CITY,
                    "city " + part.strip() + " is in " + city.get().displayName())));
      }
    }
    return Optional.empty();
  }

  private static Finding<Region> regionWithoutState(ProfileInput in, List<String> conflicts) {
    Optional<Region> fromLanguage =
        in.statedLanguage().map(LanguageForm::language).flatMap(LocationResolver::homeRegion);
    if (fromLanguage.isPresent()) {
      return Finding.of(
          fromLanguage.get(),
          0.3,
          Evidence.Source.HEURISTIC,
          "no location facts; "
              + in.statedLanguage().get().language().englishName()
              + " is mostly spoken in the "
              + fromLanguage.get()
              + " region");
    }
    conflicts.add("no GSTIN, PIN or location: region is a placeholder until facts arrive");
    return Finding.of(
        Region.NORTH, 0.05, Evidence.Source.COUNTRY_DEFAULT, "no location facts at all");
  }

  private static Optional<Region> homeRegion(Language language) {
    return Optional.ofNullable(
        switch (language) {
          case TAMIL, TELUGU, KANNADA, MALAYALAM -> Region.SOUTH;
          case BENGALI, ODIA, MAITHILI, SANTALI -> Region.EAST;
          case ASSAMESE, MANIPURI, BODO -> Region.NORTHEAST;
          case MARATHI, GUJARATI, KONKANI, SINDHI -> Region.WEST;
          case PUNJABI, KASHMIRI, DOGRI, HINDI, URDU -> Region.NORTH;
          case NEPALI, SANSKRIT, ENGLISH -> null;
        });
  }
}
