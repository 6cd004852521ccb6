package dev.samvad.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.IndianState;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Language;
import dev.samvad.api.Region;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
  private final ReferenceData data = ReferenceData.bundled();

  @Test
  void everyStateHasFactsAgreeingWithTheApiDefaultRegion() {
    for (IndianState state : IndianState.values()) {
      StateFacts facts = data.state(state);
      assertEquals(state.region(), facts.region(), state + ": api and reference data disagree");
      assertFalse(facts.primaryLanguages().isEmpty(), state + " has no primary language");
    }
  }

  @Test
  void pinPrefixesNameTheirStateAndAdmitAmbiguity() {
    assertEquals(IndianState.MAHARASHTRA, data.pinPrefix("400001").orElseThrow().state());
    assertEquals(IndianState.KARNATAKA, data.pinPrefix("560001").orElseThrow().state());
    assertEquals(IndianState.DELHI, data.pinPrefix("110001").orElseThrow().state());
    assertFalse(
        data.pinPrefix("160017").orElseThrow().isUnambiguous(), "160 is Chandigarh and Punjab");
    assertTrue(data.pinPrefix("99").isEmpty());
  }

  @Test
  void citiesResolveUnderOldAndNewSpellings() {
    assertEquals(Optional.of(IndianState.KARNATAKA), data.cityState("Bangalore"));
    assertEquals(Optional.of(IndianState.KARNATAKA), data.cityState("bengaluru"));
    assertEquals(Optional.of(IndianState.MAHARASHTRA), data.cityState("Bombay"));
    assertEquals(Optional.of(IndianState.TAMIL_NADU), data.cityState("Madras"));
    assertEquals(Optional.of(IndianState.HARYANA), data.cityState("Gurgaon"));
    assertTrue(data.cityState("Atlantis").isEmpty());
  }

  @Test
  void diwaliIsQuietInTheWestAndItsWindowCoversTheDaysAround() {
    Festival diwali = data.festivals().next("diwali", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertEquals(2026, diwali.date().getYear());
    assertTrue(diwali.quietDaysBefore() > 0 || diwali.quietDaysAfter() > 0);
    Optional<IndianState> gujarat = Optional.of(IndianState.GUJARAT);
    assertTrue(data.festivals().quietReason(diwali.date(), gujarat, Region.WEST).isPresent());
    assertTrue(data.festivals().quietReason(diwali.quietUntil(), gujarat, Region.WEST).isPresent());
  }

  @Test
  void regionalFestivalsStayInTheirStates() {
    Festival onam = data.festivals().next("onam", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertTrue(onam.appliesTo(Optional.of(IndianState.KERALA), Region.SOUTH));
    assertFalse(onam.appliesTo(Optional.of(IndianState.PUNJAB), Region.NORTH));
  }

  @Test
  void islamicDatesAreMarkedEstimated() {
    assertTrue(
        data.festivals().all().stream()
            .filter(f -> f.key().startsWith("eid"))
            .allMatch(Festival::estimated));
  }

  @Test
  void calendarCoversTheYearsPromised() {
    assertTrue(data.festivals().coverageStart().orElseThrow().isBefore(LocalDate.of(2025, 1, 2)));
    assertTrue(data.festivals().coverageEnd().orElseThrow().isAfter(LocalDate.of(2030, 12, 24)));
    for (int year = 2025; year <= 2030; year++) {
      for (String key :
          Set.of(
              "republic-day",
              "holi",
              "diwali",
              "christmas",
              "eid-al-fitr",
              "onam",
              "pongal",
              "durga-puja-saptami")) {
        int y = year;
        assertTrue(
            data.festivals().all().stream()
                .anyMatch(f -> f.key().equals(key) && f.date().getYear() == y),
            key + " missing in " + year);
      }
    }
  }

  @Test
  void businessCycleRulesFireOnTheirDays() {
    BusinessCycleRule gstr1 =
        data.businessCycle().stream()
            .filter(r -> r.id().equals("gstr1-due"))
            .findFirst()
            .orElseThrow();
    assertTrue(gstr1.isActiveOn(LocalDate.of(2026, 5, 11), data.festivals()));
    assertFalse(gstr1.isActiveOn(LocalDate.of(2026, 5, 12), data.festivals()));
    BusinessCycleRule closing =
        data.businessCycle().stream()
            .filter(r -> r.id().equals("diwali-book-closing"))
            .findFirst()
            .orElseThrow();
    Festival diwali = data.festivals().next("diwali", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertTrue(closing.isActiveOn(diwali.date().minusDays(5), data.festivals()));
    assertFalse(closing.isActiveOn(diwali.date().plusDays(5), data.festivals()));
  }

  @Test
  void hofstedeCarriesThePublishedCountryScores() {
    assertEquals(
        77,
        data.hofstede().stream()
            .filter(d -> d.code().equals("PDI"))
            .findFirst()
            .orElseThrow()
            .score());
    assertEquals(
        26,
        data.hofstede().stream()
            .filter(d -> d.code().equals("IVR"))
            .findFirst()
            .orElseThrow()
            .score());
    assertTrue(data.hofstede().stream().noneMatch(CulturalDimension::heuristic));
  }

  @Test
  void aTenantCanCorrectAFestivalDateAndTheVersionSaysSo() {
    Festival eid = data.festivals().next("eid-al-fitr", LocalDate.of(2027, 1, 1)).orElseThrow();
    Festival corrected =
        new Festival(
            eid.id(),
            eid.key(),
            eid.name(),
            eid.date().plusDays(1),
            eid.regions(),
            eid.states(),
            eid.kind(),
            eid.quietDaysBefore(),
            eid.quietDaysAfter(),
            false,
            "state notice");
    ReferenceData tenant = data.toBuilder().festival(corrected).build();
    assertEquals(
        eid.date().plusDays(1),
        tenant.festivals().next("eid-al-fitr", LocalDate.of(2027, 1, 1)).orElseThrow().date());
    assertEquals(
        eid.date(),
        data.festivals().next("eid-al-fitr", LocalDate.of(2027, 1, 1)).orElseThrow().date(),
        "bundled data untouched");
    assertTrue(tenant.version().startsWith("v1+"));
    assertThrows(
        InvalidInputException.class, () -> data.toBuilder().withoutFestival("no-such-festival"));
  }

  @Test
  void statesCarryTheirLanguages() {
    assertEquals(Language.TAMIL, data.state(IndianState.TAMIL_NADU).primaryLanguages().get(0));
    assertEquals(Language.ASSAMESE, data.state(IndianState.ASSAM).primaryLanguages().get(0));
  }
}
