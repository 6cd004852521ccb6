package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.culture.UpiPayee;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class UpiLinkTest {
  @Test
  void encodesEachValuePerRfc3986() {
    String link =
        UpiLink.of(
            "acme@okhdfcbank",
            "Acme & Sons Pvt. Ltd.",
            Money.ofPaise(12_345_650),
            new InvoiceNumber("INV-2026/0042"));
    assertEquals(
        "upi://pay?pa=acme@okhdfcbank&pn=Acme%20%26%20Sons%20Pvt.%20Ltd.&am=123456.50&cu=INR"
            + "&tn=Invoice%20INV-2026%2F0042",
        link);
  }

  @Test
  void amountHasTwoDecimalsAndNoGrouping() {
    String link = UpiLink.of("a.b@upi", "A", Money.ofRupees(1_00_00_000), new InvoiceNumber("1"));
    assertEquals("upi://pay?pa=a.b@upi&pn=A&am=10000000.00&cu=INR&tn=Invoice%201", link);
  }

  @Test
  void nonAsciiNamesAreUtf8PercentEncoded() {
    String link = UpiLink.of("x@ybl", "शर्मा", Money.ofRupees(1), new InvoiceNumber("A1"));
    assertEquals(
        "upi://pay?pa=x@ybl&pn=%E0%A4%B6%E0%A4%B0%E0%A5%8D%E0%A4%AE%E0%A4%BE&am=1.00&cu=INR"
            + "&tn=Invoice%20A1",
        link);
  }

  @Test
  void refusesOtherCurrencies() {
    Money usd = new Money(100, Currency.getInstance("USD"));
    assertThrows(
        InvalidInputException.class, () -> UpiLink.of("x@ybl", "X", usd, new InvoiceNumber("A1")));
  }

  @Test
  void payeeAddressIsValidated() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> new UpiPayee("not-an-address", "X"));
    assertEquals("upi.vpa", e.field());
    assertEquals(
        "upi.payeeName",
        assertThrows(InvalidInputException.class, () -> new UpiPayee("ab@ybl", " ")).field());
    assertEquals(
        "upi.vpa",
        assertThrows(InvalidInputException.class, () -> new UpiPayee("a b@ybl", "X")).field());
  }
}
