package dev.samvad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 28 states and 8 union territories, their GST codes and the ways people name them. */
class IndianStateTest {

  @Test
  void twentyEightStatesAndEightUnionTerritories() {
    assertEquals(36, IndianState.values().length);
    assertEquals(
        28,
        Arrays.stream(IndianState.values())
            .filter(s -> s.kind() == IndianState.Kind.STATE)
            .count());
    assertEquals(
        8,
        Arrays.stream(IndianState.values())
            .filter(s -> s.kind() == IndianState.Kind.UNION_TERRITORY)
            .count());
  }

  @Test
  void gstCodesAreTwoDigitsAndUniqueIncludingLegacyOnes() {
    Set<String> codes = new HashSet<>();
    Set<String> letters = new HashSet<>();
    for (IndianState state : IndianState.values()) {
      assertTrue(state.gstCode().matches("\\d{2}"), state + " " + state.gstCode());
      assertTrue(codes.add(state.gstCode()), "GST code used twice: " + state.gstCode());
      state
          .legacyGstCode()
          .ifPresent(code -> assertTrue(codes.add(code), "legacy code clashes: " + code));
      assertTrue(state.code().matches("[A-Z]{2}"), state.code());
      assertTrue(letters.add(state.code()), "letter code used twice: " + state.code());
      assertEquals(Optional.of(state), IndianState.byGstCode(state.gstCode()));
    }
    assertEquals(38, codes.size(), "36 current codes plus two legacy ones");
  }

  @ParameterizedTest
  @CsvSource({
    "01, JAMMU_AND_KASHMIR",
    "07, DELHI",
    "09, UTTAR_PRADESH",
    "19, WEST_BENGAL",
    "24, GUJARAT",
    "25, DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU",
    "26, DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU",
    "27, MAHARASHTRA",
    "28, ANDHRA_PRADESH",
    "29, KARNATAKA",
    "32, KERALA",
    "33, TAMIL_NADU",
    "36, TELANGANA",
    "37, ANDHRA_PRADESH",
    "38, LADAKH"
  })
  void knownGstCodes(String code, IndianState state) {
    assertEquals(Optional.of(state), IndianState.byGstCode(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "39", "97", "99", "7", "007", "", "AB"})
  void codesOfNoStateFindNothing(String code) {
    assertEquals(Optional.empty(), IndianState.byGstCode(code));
  }

  @Test
  void legacyCodesAreReported() {
    assertEquals(Optional.of("28"), IndianState.ANDHRA_PRADESH.legacyGstCode());
    assertEquals(
        Optional.of("25"), IndianState.DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU.legacyGstCode());
    assertEquals(Optional.empty(), IndianState.TELANGANA.legacyGstCode());
  }

  @ParameterizedTest
  @CsvSource({
    "tamil nadu, TAMIL_NADU",
    "Tamil Nadu, TAMIL_NADU",
    "' Tamil  Nadu ', TAMIL_NADU",
    "TN, TAMIL_NADU",
    "tn, TAMIL_NADU",
    "TAMIL_NADU, TAMIL_NADU",
    "Orissa, ODISHA",
    "OR, ODISHA",
    "OD, ODISHA",
    "Uttaranchal, UTTARAKHAND",
    "UT, UTTARAKHAND",
    "UK, UTTARAKHAND",
    "Pondicherry, PUDUCHERRY",
    "NCT of Delhi, DELHI",
    "New Delhi, DELHI",
    "CT, CHHATTISGARH",
    "TG, TELANGANA",
    "TS, TELANGANA",
    "Jammu & Kashmir, JAMMU_AND_KASHMIR",
    "Andaman & Nicobar Islands, ANDAMAN_AND_NICOBAR_ISLANDS",
    "Dadra and Nagar Haveli and Daman and Diu, DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU",
    "dadra-and-nagar-haveli-and-daman-and-diu, DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU"
  })
  void lookupByNamesAndCodesOldAndNew(String text, IndianState state) {
    assertEquals(Optional.of(state), IndianState.lookup(text));
  }

  @Test
  void everyStateIsFoundByItsNameCodeAndConstant() {
    for (IndianState state : IndianState.values()) {
      assertEquals(Optional.of(state), IndianState.lookup(state.displayName()));
      assertEquals(Optional.of(state), IndianState.lookup(state.code()));
      assertEquals(Optional.of(state), IndianState.lookup(state.name()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Atlantis", "XX", "Bombay", "27"})
  void unknownNamesFindNothing(String text) {
    assertEquals(Optional.empty(), IndianState.lookup(text));
  }

  @Test
  void everyRegionHasStates() {
    Set<Region> regions = EnumSet.noneOf(Region.class);
    for (IndianState state : IndianState.values()) {
      regions.add(state.region());
    }
    assertEquals(EnumSet.allOf(Region.class), regions);
    assertEquals(Region.NORTHEAST, IndianState.SIKKIM.region());
    assertEquals(Region.SOUTH, IndianState.KARNATAKA.region());
    assertEquals(Region.WEST, IndianState.MAHARASHTRA.region());
  }
}
