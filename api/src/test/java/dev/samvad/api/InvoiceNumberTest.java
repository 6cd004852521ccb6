package dev.samvad.api;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GST invoice serial numbers: at most 16 letters, digits, '-' and '/'. */
class InvoiceNumberTest {

  private static final String ALLOWED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/";

  @ParameterizedTest
  @ValueSource(
      strings = {"1", "INV-1", "inv/2024-25/0001", "INV/2024-25/0001", "A/B-C", "0000000000000016"})
  void validNumbersAreKeptAsPrinted(String text) {
    assertEquals(text, new InvoiceNumber(text).value());
  }

  @Test
  void surroundingSpaceIsRemovedButCaseIsKept() {
    assertEquals("Inv-7", new InvoiceNumber("  Inv-7 ").value());
    assertEquals(16, new InvoiceNumber(" INV/2024-25/0001 ").value().length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "INV/2024-25/00001",
        "INV 1",
        "INV_1",
        "INV.1",
        "INV#1",
        "INV\\1",
        "चालान-1",
        "INV–1",
        "-",
        "/",
        "--//"
      })
  void invalidNumbersAreRejectedNamingInvoiceNumber(String text) {
    assertInvalid("invoiceNumber", () -> new InvoiceNumber(text));
  }

  @Test
  void nullIsAMissingInvoiceNumber() {
    assertInvalid(ErrorCode.MISSING_FIELD, "invoiceNumber", () -> new InvoiceNumber(null));
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.strings()
        .withChars(ALLOWED.toCharArray())
        .ofMinLength(1)
        .ofMaxLength(16)
        .filter(s -> s.chars().anyMatch(Character::isLetterOrDigit));
  }

  @Property
  void upToSixteenAllowedCharactersWithALetterOrDigitAreValid(@ForAll("numbers") String text) {
    assertEquals(text, new InvoiceNumber(text).value());
  }

  @Property
  void seventeenOrMoreAreRejected(
      @ForAll("numbers") String text, @ForAll @IntRange(min = 17, max = 40) int length) {
    String longer = (text + "1".repeat(length)).substring(0, length);
    assertInvalid("invoiceNumber", () -> new InvoiceNumber(longer));
  }

  @Test
  void jsonIsThePlainString() throws Exception {
    ObjectMapper mapper = SamvadJson.newMapper();
    assertEquals("\"INV/1\"", mapper.writeValueAsString(new InvoiceNumber("INV/1")));
    assertEquals(new InvoiceNumber("INV/1"), mapper.readValue("\" INV/1\"", InvoiceNumber.class));
  }
}
