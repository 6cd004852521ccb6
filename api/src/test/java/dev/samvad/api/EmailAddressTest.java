package dev.samvad.api;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "accounts@example.in",
        "a@b.co",
        "asha.rao+bills@mail.example.co.in",
        "o'brien@firm.com",
        "first_last-99@sub-domain.example.org",
        "x!#$&*=?^`{|}~%@example.in"
      })
  void addressesMailSystemsAcceptAreKept(String text) {
    assertEquals(text, new EmailAddress(text).value());
  }

  @Test
  void theDomainIsLowerCasedAndTheLocalPartKeptAsWritten() {
    EmailAddress email = new EmailAddress("  Asha.Rao@Example.CO.IN ");
    assertEquals("Asha.Rao@example.co.in", email.value());
    assertEquals("example.co.in", email.domain());
    assertEquals(new EmailAddress("Asha.Rao@example.co.in"), email);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "no-at-sign",
        "@example.in",
        "name@",
        "name@localhost",
        "name@example.c",
        "name@example.123",
        "name@-example.in",
        "name@example-.in",
        "name@exa_mple.in",
        "name@example..in",
        "name@.example.in",
        "na me@example.in",
        "a..b@example.in",
        ".a@example.in",
        "a.@example.in",
        "\"quoted\"@example.in",
        "name@[192.168.0.1]",
        "a@b@example.in",
        "नाम@example.in",
        "name@उदाहरण.भारत",
        "name@example.in\n" + "bcc@evil.example"
      })
  void malformedAddressesAreRejectedNamingEmail(String text) {
    assertInvalid("email", () -> new EmailAddress(text));
  }

  @Test
  void lengthLimits() {
    String local64 = "a".repeat(64);
    assertEquals(local64 + "@example.in", new EmailAddress(local64 + "@example.in").value());
    assertInvalid("email", () -> new EmailAddress("a".repeat(65) + "@example.in"));
    String label63 = "d".repeat(63);
    assertEquals("a@" + label63 + ".in", new EmailAddress("a@" + label63 + ".in").value());
    assertInvalid("email", () -> new EmailAddress("a@" + "d".repeat(64) + ".in"));
    // 254 characters in all is the most; labels of 63 keep each label legal.
    String domain250 = label63 + "." + label63 + "." + label63 + "." + "e".repeat(55) + ".in";
    assertEquals(250, domain250.length());
    assertEquals(254, new EmailAddress("abc@" + domain250).value().length());
    assertInvalid("email", () -> new EmailAddress("abcd@" + domain250));
  }

  @Test
  void nullIsAMissingEmail() {
    assertInvalid(ErrorCode.MISSING_FIELD, "email", () -> new EmailAddress(null));
  }

  @Test
  void jsonIsThePlainString() throws Exception {
    ObjectMapper mapper = SamvadJson.newMapper();
    assertEquals("\"a@example.in\"", mapper.writeValueAsString(new EmailAddress("a@EXAMPLE.in")));
    assertEquals(
        new EmailAddress("a@example.in"), mapper.readValue("\"a@Example.IN\"", EmailAddress.class));
  }
}
