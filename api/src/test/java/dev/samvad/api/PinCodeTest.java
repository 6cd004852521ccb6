package dev.samvad.api;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static dev.samvad.api.InvalidInputAssertions.assertJsonErrorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinCodeTest {

  private static final ObjectMapper MAPPER = SamvadJson.newMapper();

  @Test
  void sixDigitsStartingOneToNine() {
    assertEquals("400001", new PinCode("400001").value());
    assertEquals("110001", new PinCode("110001").value());
    assertEquals("999999", new PinCode("999999").value());
    assertEquals("400", new PinCode("400001").prefix());
  }

  @Test
  void oneSpaceAfterTheThirdDigitAndSurroundingSpaceAreRemoved() {
    assertEquals(new PinCode("400001"), new PinCode("400 001"));
    assertEquals(new PinCode("560034"), new PinCode("  560034\t"));
    assertEquals(new PinCode("560034"), new PinCode(" 560 034 "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "40001",
        "4000011",
        "040001",
        "000000",
        "40 0001",
        "4000 01",
        "400  001",
        "400-001",
        "40000A",
        "४००००१",
        "400001.0",
        "+400001"
      })
  void anythingElseIsRejectedNamingPin(String text) {
    assertInvalid("pin", () -> new PinCode(text));
  }

  @Test
  void nullIsAMissingPin() {
    assertInvalid(ErrorCode.MISSING_FIELD, "pin", () -> new PinCode(null));
  }

  @Test
  void jsonIsThePlainString() throws Exception {
    assertEquals("\"400001\"", MAPPER.writeValueAsString(new PinCode("400 001")));
    assertEquals(new PinCode("400001"), MAPPER.readValue("\"400 001\"", PinCode.class));
    assertJsonErrorNames("pin", () -> MAPPER.readValue("\"4000\"", PinCode.class));
  }
}
