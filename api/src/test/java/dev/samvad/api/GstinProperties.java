package dev.samvad.api;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The GSTIN check character (a Luhn mod 36 scheme) and the layout rules around it.
 *
 * <p>Why single substitutions are always caught: a character at an odd weight contributes its own
 * value; at an even weight it contributes {@code 2v} for {@code v < 18} and {@code 2v - 35}
 * otherwise, which maps 0..35 one-to-one onto 0..35 again. So changing one character always changes
 * the sum modulo 36, and with it the check character. {@link
 * #everySubstitutionInTheFirst14ChangesTheCheckCharacter} states exactly that.
 */
class GstinProperties {

  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Builds a valid GSTIN from its parts by appending the computed check character. */
  static String withCheck(String first14) {
    return first14 + Gstin.checkCharacter(first14);
  }

  @Provide
  Arbitrary<String> stateCodes() {
    List<String> codes = new ArrayList<>();
    for (IndianState state : IndianState.values()) {
      codes.add(state.gstCode());
      state.legacyGstCode().ifPresent(codes::add);
    }
    codes.add("97"); // other territory
    codes.add("99"); // centre jurisdiction
    return Arbitraries.of(codes);
  }

  @Provide
  Arbitrary<String> pans() {
    Arbitrary<String> letters5 = Arbitraries.strings().withCharRange('A', 'Z').ofLength(5);
    Arbitrary<String> digits4 = Arbitraries.strings().numeric().ofLength(4);
    Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z');
    return Combinators.combine(letters5, digits4, letter).as((a, b, c) -> a + b + c);
  }

  @Provide
  Arbitrary<String> gstins() {
    Arbitrary<Character> entity =
        Arbitraries.of("123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray());
    return Combinators.combine(stateCodes(), pans(), entity)
        .as((state, pan, e) -> withCheck(state + pan + e + "Z"));
  }

  @Property
  void aGstinBuiltWithTheCheckCharacterParses(@ForAll("gstins") String text) {
    Gstin gstin = new Gstin(text);
    assertEquals(text, gstin.value());
    assertEquals(text.substring(0, 2), gstin.stateCode());
    assertEquals(text.substring(2, 12), gstin.pan());
    assertEquals(IndianState.byGstCode(text.substring(0, 2)), gstin.state());
  }

  @Property
  void lowerCaseAndSurroundingSpaceAreNormalised(@ForAll("gstins") String text) {
    Gstin gstin = new Gstin("  " + text.toLowerCase(Locale.ROOT) + "\t");
    assertEquals(text, gstin.value());
    assertEquals(new Gstin(text), gstin);
  }

  @Property(tries = 40)
  void changingAnySingleCharacterMakesItInvalid(@ForAll("gstins") String text) {
    for (int i = 0; i < text.length(); i++) {
      for (char c : ALPHABET.toCharArray()) {
        if (c == text.charAt(i)) {
          continue;
        }
        String changed = text.substring(0, i) + c + text.substring(i + 1);
        assertInvalid("gstin", () -> new Gstin(changed));
      }
    }
  }

  @Property(tries = 200)
  void everySubstitutionInTheFirst14ChangesTheCheckCharacter(@ForAll("gstins") String text) {
    // Stronger than the property above, which other layout rules could satisfy on their own:
    // the checksum by itself catches every single substitution.
    char check = Gstin.checkCharacter(text);
    for (int i = 0; i < 14; i++) {
      for (char c : ALPHABET.toCharArray()) {
        if (c != text.charAt(i)) {
          String changed = text.substring(0, i) + c + text.substring(i + 1, 14);
          assertNotEquals(check, Gstin.checkCharacter(changed), changed);
        }
      }
    }
  }

  @Property
  void theCheckCharacterIsInTheAlphabetAndReadsOnlyFourteen(
      @ForAll("fourteenAlphanumerics") String first14, @ForAll char extra) {
    char check = Gstin.checkCharacter(first14);
    assertTrue(ALPHABET.indexOf(check) >= 0);
    assertEquals(check, Gstin.checkCharacter(first14 + extra));
  }

  @Provide
  Arbitrary<String> fourteenAlphanumerics() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(14);
  }

  @Property
  void aWrongCheckCharacterIsReportedWithTheExpectedOne(@ForAll("gstins") String text) {
    char right = text.charAt(14);
    char wrong = ALPHABET.charAt((ALPHABET.indexOf(right) + 1) % 36);
    InvalidInputException e =
        assertInvalid("gstin", () -> new Gstin(text.substring(0, 14) + wrong));
    assertTrue(e.problem().contains("'" + right + "'"), e.problem());
  }

  @Example
  void theDocumentedPublicExampleAgreesWithOurComputation() {
    assertEquals('V', Gstin.checkCharacter("27AAPFU0939F1Z"));
    Gstin gstin = new Gstin("27AAPFU0939F1ZV");
    assertEquals(Optional.of(IndianState.MAHARASHTRA), gstin.state());
    assertEquals("AAPFU0939F", gstin.pan());
  }

  @Example
  void examplesBuiltByHandWithTheAlgorithm() {
    // 29 Karnataka, PAN ABCDE1234F, entity 1: weights 1,2,1,2,... over base-36 values.
    // 2 9 A B C D E 1 2 3 4 F 1 Z -> values 2 9 10 11 12 13 14 1 2 3 4 15 1 35
    // products 2 18 10 22 12 26 14 2 2 6 4 30 1 70 -> 70 is "1,34" in base 36 -> 1+34 = 35
    // sum = 2+18+10+22+12+26+14+2+2+6+4+30+1+35 = 184; 184 mod 36 = 4; check = 36-4 = 32 = 'W'
    assertEquals('W', Gstin.checkCharacter("29ABCDE1234F1Z"));
    assertEquals("29ABCDE1234F1ZW", new Gstin("29abcde1234f1zw").value());
    // Legacy Andhra Pradesh code 28 and legacy Daman and Diu code 25 still parse to their states.
    assertEquals(
        Optional.of(IndianState.ANDHRA_PRADESH), new Gstin(withCheck("28AAACA1234B1Z")).state());
    assertEquals(
        Optional.of(IndianState.DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU),
        new Gstin(withCheck("25AAACA1234B1Z")).state());
    // Centre jurisdiction and other-territory codes are valid GSTINs without a state.
    assertEquals(Optional.empty(), new Gstin(withCheck("99AAACA1234B1Z")).state());
    assertEquals(Optional.empty(), new Gstin(withCheck("97AAACA1234B1Z")).state());
    // Entity numbers beyond 9 continue with letters.
    assertEquals("K", new Gstin(withCheck("07AAACA1234BKZ")).value().substring(12, 13));
  }

  @Example
  void everyLayoutProblemNamesTheGstinField() {
    String valid = withCheck("27AAPFU0939F1Z");
    assertInvalid(ErrorCode.MISSING_FIELD, "gstin", () -> new Gstin(null));
    assertInvalid("gstin", () -> new Gstin(""));
    assertInvalid("gstin", () -> new Gstin(valid.substring(0, 14)));
    assertInvalid("gstin", () -> new Gstin(valid + "1"));
    assertInvalid("gstin", () -> new Gstin(valid.substring(0, 5) + "-" + valid.substring(6)));
    assertInvalid("gstin", () -> new Gstin(withCheck("00AAPFU0939F1Z")));
    assertInvalid("gstin", () -> new Gstin(withCheck("39AAPFU0939F1Z")));
    assertInvalid("gstin", () -> new Gstin(withCheck("2712PFU0939F1Z")));
    assertInvalid("gstin", () -> new Gstin(withCheck("27AAPFUA939F1Z")));
    assertInvalid("gstin", () -> new Gstin(withCheck("27AAPFU093911Z")));
    assertInvalid("gstin", () -> new Gstin(withCheck("27AAPFU0939F0Z")));
    assertInvalid("gstin", () -> Gstin.checkCharacter("27AAPFU0939F1_"));
  }

  @Example
  void jsonIsThePlainString() throws Exception {
    var mapper = dev.samvad.api.json.SamvadJson.newMapper();
    Gstin gstin = new Gstin("27AAPFU0939F1ZV");
    assertEquals("\"27AAPFU0939F1ZV\"", mapper.writeValueAsString(gstin));
    assertEquals(gstin, mapper.readValue("\"27aapfu0939f1zv\"", Gstin.class));
  }
}
