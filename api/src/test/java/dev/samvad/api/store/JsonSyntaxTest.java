package dev.samvad.api.store;

import static dev.samvad.api.store.JacksonStreamingCheck.NOT_JSON;
import static dev.samvad.api.store.JacksonStreamingCheck.NOT_OBJECT;
import static dev.samvad.api.store.JacksonStreamingCheck.OK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The record check's verdict on each case where JSON parsers differ or hostile input hides, and
 * that Jackson's streaming parser (the check it replaces) gives the same verdict on every one.
 */
class JsonSyntaxTest {

  private static final char HIGH = '\uD83D';
  private static final char LOW = '\uDE00';

  /** What {@link JsonDocuments#checkObject} says about {@code json}: ok or the problem. */
  static String checked(String json) {
    try {
      JsonDocuments.checkObject(json, "json", ProfileDocument.MAX_JSON);
      return OK;
    } catch (InvalidInputException e) {
      assertEquals("json", e.field());
      assertEquals(ErrorCode.INVALID_INPUT, e.code());
      return e.problem();
    }
  }

  private static void assertVerdict(String expected, String json) {
    assertEquals(expected, checked(json), "the record check");
    assertEquals(expected, JacksonStreamingCheck.verdict(json), "Jackson's streaming parser");
  }

  /** Asserts the verdict on {@code number} as a member's value. */
  private static void assertNumber(String expected, String number) {
    assertVerdict(expected, "{\"n\":" + number + "}");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // Around the value: only space, tab, CR and LF; nothing at all is "not an object".
        Arguments.of("empty", "", NOT_OBJECT),
        Arguments.of("whitespace only", " \t\r\n ", NOT_OBJECT),
        Arguments.of("the four whitespace characters around", " \t\r\n{}\r\n\t ", OK),
        Arguments.of("form feed", "\f{}", NOT_JSON),
        Arguments.of("vertical tab", (char) 0x0B + "{}", NOT_JSON),
        Arguments.of("NUL", "{}" + (char) 0, NOT_JSON),
        Arguments.of("no-break space", "\u00A0{}", NOT_JSON),
        Arguments.of("line separator", "{}\u2028", NOT_JSON),
        Arguments.of("byte order mark", "\uFEFF{}", NOT_JSON),
        // One value and nothing after it.
        Arguments.of("empty object", "{}", OK),
        Arguments.of("nested", "{\"a\":{\"b\":[1,{\"c\":null}],\"d\":[]},\"e\":true}", OK),
        Arguments.of("duplicate keys", "{\"a\":1,\"a\":2}", OK),
        Arguments.of("array", "[1,2]", NOT_OBJECT),
        Arguments.of("empty array", "[]", NOT_OBJECT),
        Arguments.of("string", "\"text\"", NOT_OBJECT),
        Arguments.of("number", "42", NOT_OBJECT),
        Arguments.of("null", "null", NOT_OBJECT),
        Arguments.of("true", " true ", NOT_OBJECT),
        Arguments.of("trailing word", "{} trailing", NOT_JSON),
        Arguments.of("two objects", "{}{}", NOT_JSON),
        Arguments.of("trailing comma at the root", "{\"a\":1},", NOT_JSON),
        Arguments.of("extra close", "{}}", NOT_JSON),
        Arguments.of("two numbers", "1 2", NOT_JSON),
        Arguments.of("number then letter", "1x", NOT_JSON),
        Arguments.of("two arrays", "[1] [2]", NOT_JSON),
        // Structure.
        Arguments.of("unclosed object", "{", NOT_JSON),
        Arguments.of("name only", "{\"a\"", NOT_JSON),
        Arguments.of("no value", "{\"a\":", NOT_JSON),
        Arguments.of("value, no close", "{\"a\":1", NOT_JSON),
        Arguments.of("missing colon", "{\"a\" 1}", NOT_JSON),
        Arguments.of("double colon", "{\"a\"::1}", NOT_JSON),
        Arguments.of("missing comma", "{\"a\":1 \"b\":2}", NOT_JSON),
        Arguments.of("missing comma in array", "[1 2]", NOT_JSON),
        Arguments.of("lone comma", "{,}", NOT_JSON),
        Arguments.of("trailing comma in object", "{\"a\":1,}", NOT_JSON),
        Arguments.of("trailing comma in array", "{\"a\":[1,]}", NOT_JSON),
        Arguments.of("leading comma in array", "{\"a\":[,1]}", NOT_JSON),
        Arguments.of("empty value", "{\"a\":}", NOT_JSON),
        Arguments.of("unquoted name", "{a:1}", NOT_JSON),
        Arguments.of("number as name", "{1:2}", NOT_JSON),
        Arguments.of("single-quoted name", "{'a':1}", NOT_JSON),
        Arguments.of("single-quoted value", "{\"a\":'x'}", NOT_JSON),
        Arguments.of("object closed by bracket", "{\"a\":1]", NOT_JSON),
        Arguments.of("array closed by brace", "[1}", NOT_JSON),
        Arguments.of("close only", "}", NOT_JSON),
        Arguments.of("bracket only", "]", NOT_JSON),
        Arguments.of("colon only", ":", NOT_JSON),
        // Comments are not JSON.
        Arguments.of("block comment", "{/* c */}", NOT_JSON),
        Arguments.of("line comment", "{}// c", NOT_JSON),
        Arguments.of("hash comment", "# c\n{}", NOT_JSON),
        // Literals are lower case and whole.
        Arguments.of("True", "{\"a\":True}", NOT_JSON),
        Arguments.of("nul", "{\"a\":nul}", NOT_JSON),
        Arguments.of("nulls", "{\"a\":nulls}", NOT_JSON),
        Arguments.of("truefalse", "{\"a\":truefalse}", NOT_JSON),
        Arguments.of("undefined", "{\"a\":undefined}", NOT_JSON),
        Arguments.of("literals", "{\"a\":[true,false,null]}", OK),
        // Numbers: RFC 8259's grammar, no leniency.
        Arguments.of("zero", "{\"n\":0}", OK),
        Arguments.of("minus zero", "{\"n\":-0}", OK),
        Arguments.of("fraction", "{\"n\":-12.50}", OK),
        Arguments.of("exponents", "{\"n\":[1E5,2e-3,6.02e+23,0e0,1E007]}", OK),
        Arguments.of("leading zero", "{\"n\":01}", NOT_JSON),
        Arguments.of("negative leading zero", "{\"n\":-01}", NOT_JSON),
        Arguments.of("double zero", "{\"n\":00}", NOT_JSON),
        Arguments.of("root leading zero", "01", NOT_JSON),
        Arguments.of("minus alone", "{\"n\":-}", NOT_JSON),
        Arguments.of("root minus alone", "-", NOT_JSON),
        Arguments.of("point without fraction", "{\"n\":1.}", NOT_JSON),
        Arguments.of("point then exponent", "{\"n\":1.e5}", NOT_JSON),
        Arguments.of("fraction without integer", "{\"n\":.5}", NOT_JSON),
        Arguments.of("minus point", "{\"n\":-.5}", NOT_JSON),
        Arguments.of("exponent without digits", "{\"n\":1e}", NOT_JSON),
        Arguments.of("signed exponent without digits", "{\"n\":1e+}", NOT_JSON),
        Arguments.of("plus sign", "{\"n\":+1}", NOT_JSON),
        Arguments.of("double minus", "{\"n\":--1}", NOT_JSON),
        Arguments.of("NaN", "{\"n\":NaN}", NOT_JSON),
        Arguments.of("Infinity", "{\"n\":Infinity}", NOT_JSON),
        Arguments.of("minus Infinity", "{\"n\":-Infinity}", NOT_JSON),
        Arguments.of("hex", "{\"n\":0x1F}", NOT_JSON),
        Arguments.of("two points", "{\"n\":1.2.3}", NOT_JSON),
        Arguments.of("fractional exponent", "{\"n\":1e5.0}", NOT_JSON),
        Arguments.of("underscore", "{\"n\":1_000}", NOT_JSON),
        // Strings: raw control characters no, DEL and any other character yes.
        Arguments.of("Hindi and rupee", "{\"नाम\":\"नमस्ते ₹1,500 😀\"}", OK),
        Arguments.of("DEL", "{\"a\":\"\u007F\"}", OK),
        Arguments.of("raw U+0001", "{\"a\":\"" + (char) 1 + "\"}", NOT_JSON),
        Arguments.of("raw NUL", "{\"a\":\"" + (char) 0 + "\"}", NOT_JSON),
        Arguments.of("raw tab", "{\"a\":\"\t\"}", NOT_JSON),
        Arguments.of("raw newline", "{\"a\":\"\n\"}", NOT_JSON),
        Arguments.of("raw U+001F in a name", "{\"" + (char) 0x1F + "\":1}", NOT_JSON),
        Arguments.of(
            "every escape", "{\"a\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9\\u20B9\"}", OK),
        Arguments.of("escapes in a name", "{\"\\u0041\\n\":1}", OK),
        Arguments.of("\\x", "{\"a\":\"\\x41\"}", NOT_JSON),
        Arguments.of("\\'", "{\"a\":\"\\'\"}", NOT_JSON),
        Arguments.of("\\a", "{\"a\":\"\\a\"}", NOT_JSON),
        Arguments.of("\\U", "{\"a\":\"\\U0041\"}", NOT_JSON),
        Arguments.of("short \\u", "{\"a\":\"\\u12\"}", NOT_JSON),
        Arguments.of("non-hex \\u", "{\"a\":\"\\u12G4\"}", NOT_JSON),
        Arguments.of("fullwidth digit in \\u", "{\"a\":\"\\u12\uFF14\"}", NOT_JSON),
        Arguments.of("\\u at the end", "{\"a\":\"\\u", NOT_JSON),
        Arguments.of("backslash at the end", "{\"a\":\"\\", NOT_JSON),
        Arguments.of("unterminated string", "{\"a\":\"abc}", NOT_JSON),
        Arguments.of("bad escape in a name", "{\"\\x\":1}", NOT_JSON));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheVerdictJacksonGives(String description, String json, String expected) {
    assertVerdict(expected, json);
  }

  @Test
  void aSurrogateInAStringValueIsTakenAsItIs() {
    for (String text :
        new String[] {
          "" + HIGH, "" + LOW, "" + LOW + HIGH, "\\uD83D", "\\uDE00", "\\uDE00\\uD83D"
        }) {
      assertVerdict(OK, "{\"a\":\"" + text + "\"}");
    }
    assertVerdict(OK, "{\"a\":\"" + HIGH + LOW + "\",\"b\":\"\\uD83D\\uDE00\"}");
  }

  @Test
  void anEscapedSurrogateInANameMustBeAnEscapedPair() {
    // Jackson 2.23 checks escaped surrogates in member names (not in values, not unescaped ones).
    assertVerdict(OK, "{\"\\uD83D\\uDE00\":1}");
    assertVerdict(OK, "{\"" + HIGH + "\":1,\"" + LOW + "\":2,\"" + HIGH + LOW + "\":3}");
    assertVerdict(NOT_JSON, "{\"\\uD83D\":1}");
    assertVerdict(NOT_JSON, "{\"\\uDE00\":1}");
    assertVerdict(NOT_JSON, "{\"\\uDE00\\uD83D\":1}");
    assertVerdict(NOT_JSON, "{\"\\uD83D\\uD83D\":1}");
    assertVerdict(NOT_JSON, "{\"\\uD83D\\n\":1}");
    assertVerdict(NOT_JSON, "{\"\\uD83D\\x\":1}");
    assertVerdict(NOT_JSON, "{\"" + HIGH + "\\uDE00\":1}");
    assertVerdict(NOT_JSON, "{\"\\uD83D" + LOW + "\":1}");
    assertVerdict(NOT_JSON, "{\"\\uD83D");
  }

  @Test
  void aSurrogateOutsideAStringIsNotJson() {
    assertVerdict(NOT_JSON, "{}" + HIGH);
    assertVerdict(NOT_JSON, "{\"a\":" + LOW + "}");
    assertVerdict(NOT_JSON, "" + HIGH + LOW);
  }

  @Test
  void nestingStopsAtJacksonsDefaultDepthOfAThousand() {
    assertEquals(1000, JsonSyntax.MAX_DEPTH);
    assertVerdict(NOT_OBJECT, "[".repeat(1000) + "]".repeat(1000));
    assertVerdict(NOT_JSON, "[".repeat(1001) + "]".repeat(1001));
    assertVerdict(OK, "{\"a\":".repeat(1000) + "1" + "}".repeat(1000));
    assertVerdict(NOT_JSON, "{\"a\":".repeat(1001) + "1" + "}".repeat(1001));
    assertVerdict(OK, "{\"a\":[".repeat(500) + "]}".repeat(500));
    assertVerdict(NOT_JSON, "{\"a\":[".repeat(500) + "{}" + "]}".repeat(500));
  }

  @Test
  void containersDeeperThanSixtyFourCloseWithTheirOwnBracket() {
    // Past 64 levels the nesting is kept in a second store; each level must still remember its
    // kind.
    String arrays = "[".repeat(70);
    String closes = "]".repeat(70);
    assertVerdict(OK, "{\"a\":" + arrays + "{\"b\":1}" + closes + ",\"c\":[{}]}");
    assertVerdict(OK, "{\"a\":[".repeat(100) + "1,{\"x\":[2]}" + "]}".repeat(100));
    assertVerdict(NOT_JSON, "{\"a\":" + arrays + "{\"b\":1]" + closes + "}");
    assertVerdict(NOT_JSON, "{\"a\":[".repeat(100) + "1" + "}]".repeat(100));
  }

  @Test
  void hostileNestingIsRefusedWithoutRecursion() {
    int deep = 100_000;
    assertVerdict(NOT_JSON, "[".repeat(deep) + "]".repeat(deep));
    assertVerdict(NOT_JSON, "{\"a\":".repeat(deep) + "1" + "}".repeat(deep));
    assertVerdict(NOT_JSON, "[".repeat(deep));
    assertVerdict(NOT_JSON, "[{\"a\":".repeat(deep / 2));
  }

  @Test
  void numbersHaveAtMostAThousandDigits() {
    assertEquals(1000, JsonSyntax.MAX_NUMBER_DIGITS);
    assertNumber(OK, "7".repeat(1000));
    assertNumber(NOT_JSON, "7".repeat(1001));
    assertNumber(OK, "-" + "7".repeat(1000));
    assertVerdict(NOT_JSON, "7".repeat(1001));
    // Integer part, fraction and exponent count together; sign, point and 'e' do not.
    assertNumber(OK, "1".repeat(500) + "." + "2".repeat(499) + "e1");
    assertNumber(OK, "-" + "1".repeat(500) + "." + "2".repeat(499) + "E-1");
    assertNumber(NOT_JSON, "1".repeat(500) + "." + "2".repeat(499) + "e11");
    assertNumber(OK, "1".repeat(999) + "e1");
    assertNumber(NOT_JSON, "1".repeat(1000) + "e1");
    assertNumber(NOT_JSON, "1." + "0".repeat(1000));
  }

  @Test
  void jacksonsSlowerNumberPathCountsAMissingFractionOrExponentAsMinusOne() {
    // Taken for a zero integer part: "0." + 1000 digits is 1,000 digits to Jackson, not 1,001.
    assertNumber(OK, "0." + "0".repeat(1000));
    assertNumber(NOT_JSON, "0." + "0".repeat(1001));
    assertNumber(OK, "-0." + "5".repeat(1000));
    assertNumber(OK, "0e" + "5".repeat(1000));
    assertNumber(NOT_JSON, "-0E+" + "5".repeat(1001));
    // With both a fraction and an exponent nothing is missing.
    assertNumber(NOT_JSON, "0.5e" + "0".repeat(999));
    assertNumber(OK, "0.5e" + "0".repeat(998));
    // And for a number running to the end of the input, which only a bare number can.
    assertVerdict(NOT_OBJECT, "1." + "0".repeat(1000));
    assertVerdict(NOT_JSON, "1." + "0".repeat(1000) + " ");
    assertVerdict(NOT_OBJECT, "-9e" + "0".repeat(1000));
    assertVerdict(NOT_JSON, "1." + "0".repeat(1001));
  }

  @Test
  void theOneDifferenceANumberAtJacksonsReadWindowEdgeInALongDocument() {
    // Over 32,768 characters Jackson reads through a window; a number crossing its edge takes the
    // slower path, where a 1,001-digit float with only a fraction counts as 1,000 digits. The
    // record check does not model the window and refuses that number wherever it stands.
    String number = "1." + "0".repeat(1000);
    String tail = ",\"pad\":\"" + "p".repeat(40_000) + "\"}";
    int jacksonAccepted = 0;
    for (int offset = 0; offset < 9000; offset += 250) {
      String json = "{\"pad\":\"" + "p".repeat(offset) + "\",\"n\":" + number + tail;
      assertEquals(NOT_JSON, checked(json), "at " + offset);
      if (JacksonStreamingCheck.verdict(json).equals(OK)) {
        jacksonAccepted++;
      }
    }
    assertTrue(jacksonAccepted > 0, "Jackson accepts the number somewhere");
    assertTrue(jacksonAccepted < 36, "and refuses it elsewhere");
  }

  @Test
  void namesHaveAtMostFiftyThousandCharactersOnceUnescaped() {
    assertEquals(50_000, JsonSyntax.MAX_NAME_LENGTH);
    assertVerdict(OK, "{\"" + "a".repeat(50_000) + "\":1}");
    assertVerdict(NOT_JSON, "{\"" + "a".repeat(50_001) + "\":1}");
    assertVerdict(OK, "{\"" + "\\u0041".repeat(50_000) + "\":1}");
    assertVerdict(NOT_JSON, "{\"" + "\\u0041".repeat(50_001) + "\":1}");
    assertVerdict(OK, "{\"" + "a".repeat(49_998) + "\\uD83D\\uDE00\":1}");
    assertVerdict(NOT_JSON, "{\"" + "a".repeat(49_999) + "\\uD83D\\uDE00\":1}");
    // A string value of the same length is fine.
    assertVerdict(OK, "{\"a\":\"" + "a".repeat(50_001) + "\"}");
  }

  @Test
  void aDocumentOfTheFullMillionCharactersIsChecked() {
    String head = "{\"reply\":\"";
    String tail = "\"}";
    String text = "नमस्ते, ₹1,500 kal tak 😀 ";
    StringBuilder body = new StringBuilder();
    while (body.length() < ProfileDocument.MAX_JSON - head.length() - tail.length()) {
      body.append(text);
    }
    body.setLength(ProfileDocument.MAX_JSON - head.length() - tail.length() - 1);
    String json = head + body + "x" + tail;
    assertEquals(ProfileDocument.MAX_JSON, json.length());
    assertVerdict(OK, json);
    assertVerdict(NOT_JSON, json.substring(0, json.length() - 1));
    assertEquals(
        "must be at most 1000000 characters", checked(head + body + "xy" + tail), "one over");
  }

  @Test
  void aStringValueHasNoLengthLimitAsJacksonSkipsIt() {
    // Jackson's 20,000,000-character limit applies to text it builds; a skipped value is not
    // built, so the old check accepted any length (the store's cap of a million comes first).
    String json = "{\"a\":\"" + "a".repeat(20_000_001) + "\"}";
    assertEquals(JsonSyntax.Verdict.OBJECT, JsonSyntax.verdict(json));
    assertEquals(OK, JacksonStreamingCheck.verdict(json));
  }
}
