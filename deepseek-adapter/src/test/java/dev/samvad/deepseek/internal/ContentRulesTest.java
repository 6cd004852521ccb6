package dev.samvad.deepseek.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links, phone numbers and amounts, in the forms Indian messages write them. */
class ContentRulesTest {
  @Test
  void findsLinksInTheirCommonDisguises() {
    for (String s :
        List.of(
            "https://x.example/p",
            "see www.pay-now.in",
            "bit.ly/abc",
            "upi://pay?pa=a@b",
            "a@b.com")) {
      assertTrue(ContentRules.hasLink(s), s);
    }
    assertFalse(ContentRules.hasLink("Invoice INV/26-27/00042 due 31.10.2026, thank you."));
  }

  @Test
  void findsPhoneNumbersInAnyScriptButNotShortNumbers() {
    for (String s : List.of("98450 12345", "+91-98450-12345", "(080) 4123 4567", "९८४५०१२३४५")) {
      assertTrue(ContentRules.hasPhoneNumber(s), s);
    }
    assertFalse(
        ContentRules.hasPhoneNumber("Invoice 00042 of 2026, 45 days overdue, ₹1,18,000.00"));
  }

  @Test
  void readsAmountsWithCurrencyWordsIndianGroupingAndMultipliers() {
    assertEquals(
        List.of(Money.ofRupees(118_000), Money.ofRupees(118_000)),
        ContentRules.amounts("pay ₹1,18,000.00 now"));
    assertTrue(ContentRules.amounts("Rs. 2,500 fee").contains(Money.ofRupees(2_500)));
    assertTrue(ContentRules.amounts("1.5 lakh").contains(Money.ofRupees(150_000)));
    assertTrue(ContentRules.amounts("50k de do").contains(Money.ofRupees(50_000)));
    assertTrue(ContentRules.amounts("रु ५०००").contains(Money.ofRupees(5_000)));
    assertTrue(ContentRules.amounts("5000/-").contains(Money.ofRupees(5_000)));
    assertEquals(List.of(), ContentRules.amounts("due on 31 October 2026, 45 days late"));
  }
}
