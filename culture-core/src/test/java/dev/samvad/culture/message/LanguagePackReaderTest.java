package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.TemplateCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad template files are refused when loaded, naming the file and the JSON path. */
class LanguagePackReaderTest {
  private static final String EN = Templates.json("en");

  private static InvalidInputException refuse(String json) {
    return assertThrows(InvalidInputException.class, () -> LanguagePackReader.read(json, "x.json"));
  }

  @Test
  void bundledFilesLoad() {
    for (String tag : TemplateCatalog.bundled().languages()) {
      assertEquals(tag, Templates.pack(tag).tag());
    }
  }

  @Test
  void unknownPlaceholder() {
    InvalidInputException e = refuse(EN.replaceFirst("\\{amount}", "{amountt}"));
    assertTrue(e.field().startsWith("x.json.templates."), e.field());
    assertTrue(e.problem().contains("{amountt}"), e.problem());
  }

  @Test
  void nameOutsideSalutation() {
    InvalidInputException e = refuse(EN.replaceFirst("\\{sellerName}", "{name}"));
    assertTrue(e.problem().contains("may not use placeholder {name}"), e.problem());
  }

  @Test
  void missingMandatoryFact() {
    // The first SMS template of INVOICE_DELIVERY loses its amount.
    String broken =
        EN.replaceFirst(
            "\"sms\": \"\\{sellerName}: Invoice \\{invoiceNumber} for \\{amount}",
            "\"sms\": \"{sellerName}: Invoice {invoiceNumber} for the goods");
    InvalidInputException e = refuse(broken);
    assertEquals("x.json.templates.INVOICE_DELIVERY.FORMAL.sms", e.field());
    assertTrue(e.problem().contains("{amount}"));
  }

  @Test
  void festivalGreetingMayNotMentionMoney() {
    int at = EN.indexOf("\"FESTIVAL_GREETING\"");
    int sms = EN.indexOf("\"sms\": \"", at) + "\"sms\": \"".length();
    String broken = EN.substring(0, sms) + "Pay {payLink}. " + EN.substring(sms);
    InvalidInputException e = refuse(broken);
    assertEquals("x.json.templates.FESTIVAL_GREETING.FORMAL.sms", e.field());
  }

  @Test
  void payLinkNeverInSms() {
    String broken =
        EN.replaceFirst(
            "\"sms\": \"\\{sellerName}: Invoice", "\"sms\": \"{sellerName} {payLink}: Invoice");
    assertTrue(refuse(broken).problem().contains("{payLink}"));
  }

  @Test
  void emailBodyOpensWithSalutation() {
    String broken =
        EN.replaceFirst("\"emailBody\": \"\\{salutation}", "\"emailBody\": \"Hi {salutation}");
    assertTrue(refuse(broken).problem().contains("open with {salutation}"));
  }

  @Test
  void missingField() {
    InvalidInputException e = refuse(EN.replaceFirst("\"voice\":", "\"voicemail\":"));
    assertTrue(e.field().endsWith(".voice"), e.field());
  }

  @Test
  void strayBraceAndBadJson() {
    assertTrue(refuse(EN.replaceFirst("Thank you\\.", "Thank you }")).problem().contains("stray"));
    assertEquals("x.json", refuse("{not json").field());
  }

  @Test
  void catalogueNeedsEnglish() {
    String hi = Templates.json("hi");
    assertThrows(InvalidInputException.class, () -> TemplateCatalog.of(Map.of("hi.json", hi)));
    TemplateCatalog own = TemplateCatalog.of(Map.of("en.json", EN, "hi.json", hi));
    assertEquals(java.util.Set.of("en", "hi"), own.languages());
  }
}
