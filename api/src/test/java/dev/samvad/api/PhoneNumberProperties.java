package dev.samvad.api;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static dev.samvad.api.InvalidInputAssertions.assertJsonErrorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Indian numbers as people write them all normalise to one E.164 form; junk names the field. */
class PhoneNumberProperties {

  private static final ObjectMapper MAPPER = SamvadJson.newMapper();

  /** Ten digits starting 6 to 9: an Indian mobile number. */
  @Provide
  Arbitrary<String> mobiles() {
    return Combinators.combine(
            Arbitraries.chars().range('6', '9'), Arbitraries.strings().numeric().ofLength(9))
        .as((first, rest) -> first + rest);
  }

  /** The ways a mobile number {@code m} (ten digits) is commonly written in India. */
  static List<String> writtenForms(String m) {
    String a = m.substring(0, 5);
    String b = m.substring(5);
    return List.of(
        m,
        a + " " + b,
        a + "-" + b,
        a + "." + b,
        "  " + m + "  ",
        "+91" + m,
        "+91 " + m,
        "+91 " + a + " " + b,
        "+91-" + a + "-" + b,
        "+91-" + m,
        "+91 (" + m.substring(0, 3) + ") " + m.substring(3, 6) + "-" + m.substring(6),
        "0091" + m,
        "0091 " + a + " " + b,
        "0091-" + m,
        "91" + m,
        "91 " + m,
        "91-" + a + "-" + b,
        "0" + m,
        "0" + a + " " + b,
        "0" + a + "-" + b,
        "0 " + a + " " + b,
        "(0" + m.substring(0, 4) + ") " + m.substring(4));
  }

  @Property
  void everyCommonWayOfWritingAMobileGivesTheSameE164(@ForAll("mobiles") String mobile) {
    String e164 = "+91" + mobile;
    for (String written : writtenForms(mobile)) {
      PhoneNumber phone = PhoneNumber.parse(written);
      assertEquals(e164, phone.e164(), () -> "written as '" + written + "'");
      assertTrue(phone.isIndianMobile(), written);
    }
    assertEquals(new PhoneNumber(e164), PhoneNumber.parse(e164));
  }

  @Property
  void textWithALetterOrSymbolIsRejectedNamingPhone(
      @ForAll("mobiles") String mobile,
      @ForAll @IntRange(min = 0, max = 10) int at,
      @ForAll("junkChars") char junk) {
    String written = mobile.substring(0, at) + junk + mobile.substring(at);
    assertInvalid("phone", () -> PhoneNumber.parse(written));
  }

  @Provide
  Arbitrary<Character> junkChars() {
    return Arbitraries.of('a', 'x', 'O', '#', '*', '/', '_', ',', ';', 'अ', '٣', '\u00a0');
  }

  @Property
  void digitCountsThatFitNoIndianFormAreRejected(
      @ForAll @IntRange(min = 1, max = 15) int length, @ForAll("mobiles") String digits) {
    // Without '+' or '00' only 10 digits, 11 starting with 0, or 12 starting with 91 are numbers.
    String text = (digits + digits).substring(0, length);
    if (length == 10 || length == 11 || length == 12) {
      return;
    }
    assertInvalid("phone", () -> PhoneNumber.parse(text));
  }

  @Example
  void aCountryCodeInParenthesesIsAccepted() {
    // The Javadoc says parentheses are ignored, and "(+91) 98765 43210" is a common way to write a
    // number on Indian letterheads.
    assertEquals("+919876543210", PhoneNumber.parse("(+91) 98765 43210").e164());
    assertEquals("+442079460958", PhoneNumber.parse("(+44) 20 7946 0958").e164());
  }

  @Example
  void garbageIsRejectedNamingPhone() {
    for (String junk :
        List.of(
            "",
            "   ",
            "+",
            "+91",
            "12345",
            "98765 4321",
            "987654321012",
            "+91 98765 4321",
            "+91 098765 43210",
            "0 000000000",
            "0000000000",
            "++919876543210",
            "9876543210 ext 12",
            "98765_43210",
            "+0 98765 43210",
            "+12 3",
            "+1234567890123456",
            "tel:9876543210")) {
      assertInvalid("phone", () -> PhoneNumber.parse(junk));
    }
    assertInvalid(ErrorCode.MISSING_FIELD, "phone", () -> PhoneNumber.parse(null));
    assertInvalid("contacts[0].phone", () -> PhoneNumber.parse("abc", "contacts[0].phone"));
    assertInvalid("contacts[0].phone", () -> PhoneNumber.parse("12345", "contacts[0].phone"));
    assertInvalid("contacts[0].phone", () -> PhoneNumber.parse("+91 12345", "contacts[0].phone"));
  }

  @Example
  void landlinesWithTheirStdCode() {
    assertEquals("+912223456789", PhoneNumber.parse("022-2345 6789").e164());
    assertEquals("+912223456789", PhoneNumber.parse("(022) 2345-6789").e164());
    assertEquals("+911123456789", PhoneNumber.parse("011 2345 6789").e164());
    assertEquals("+918023456789", PhoneNumber.parse("+91 80 2345 6789").e164());
    assertEquals("+914842345678", PhoneNumber.parse("0484 234 5678").e164());
    assertEquals("+913322345678", PhoneNumber.parse("91 33 2234 5678").e164());
    assertFalse(PhoneNumber.parse("022-2345 6789").isIndianMobile());
  }

  @Example
  void foreignNumbersWithTheirCountryCode() {
    PhoneNumber london = PhoneNumber.parse("+44 20 7946 0958");
    assertEquals("+442079460958", london.e164());
    assertFalse(london.isIndianMobile());
    assertEquals("+442079460958", PhoneNumber.parse("0044 20 7946 0958").e164());
    assertEquals("+14155552671", PhoneNumber.parse("+1 (415) 555-2671").e164());
    assertEquals("+971501234567", PhoneNumber.parse("+971 50 123 4567").e164());
  }

  @Example
  void theE164ConstructorAcceptsOnlyE164() {
    assertEquals("+919876543210", new PhoneNumber("+919876543210").e164());
    assertInvalid("phone", () -> new PhoneNumber("9876543210"));
    assertInvalid("phone", () -> new PhoneNumber("+91 9876543210"));
    assertInvalid("phone", () -> new PhoneNumber("+9198765"));
    assertInvalid("phone", () -> new PhoneNumber("+910876543210"));
    assertInvalid("phone", () -> new PhoneNumber("+0123456789"));
    assertInvalid(ErrorCode.MISSING_FIELD, "phone", () -> new PhoneNumber(null));
  }

  @Property(tries = 200)
  void jsonIsTheE164StringAndReadsAnyWrittenForm(@ForAll("mobiles") String mobile)
      throws Exception {
    PhoneNumber phone = PhoneNumber.parse(mobile);
    assertEquals("\"+91" + mobile + "\"", MAPPER.writeValueAsString(phone));
    String spaced = "0" + mobile.substring(0, 5) + " " + mobile.substring(5);
    assertEquals(phone, MAPPER.readValue("\"" + spaced + "\"", PhoneNumber.class));
  }

  @Example
  void jsonRejectsJunkNamingPhone() {
    assertJsonErrorNames("phone", () -> MAPPER.readValue("\"call me\"", PhoneNumber.class));
  }
}
