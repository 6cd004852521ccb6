package dev.samvad.culture.message;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.Directness;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MsmeClaim;
import dev.samvad.culture.PersuasionStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Shared inputs for the message tests. */
final class Fixtures {
  static final LocalDate DUE = LocalDate.of(2026, 11, 15);
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 5);
  static final Money AMOUNT = Money.ofPaise(12_345_650); // ₹1,23,456.50

  private Fixtures() {}

  static AdaptationPlan plan(MessageIntent intent, LanguageForm language, Formality formality) {
    return new AdaptationPlan(
        intent,
        language,
        formality,
        intent.tone(),
        Directness.values()[0],
        PersuasionStyle.values()[0],
        List.of(),
        List.of());
  }

  /** Every fact a template can ask for, MSMED claim included. */
  static MessageFacts.Builder fullFacts() {
    return withoutMsme()
        .msme(
            new MsmeClaim(BusinessSize.MICRO, new BigDecimal("6.50"), LocalDate.of(2026, 10, 20)));
  }

  /** Every fact but the MSMED claim. */
  static MessageFacts.Builder withoutMsme() {
    return MessageFacts.builder()
        .sellerName("Sharma Textiles")
        .customerName("Gupta Traders")
        .contactName("Ramesh Gupta")
        .invoiceNumber("INV-2026/0042")
        .amount(AMOUNT)
        .dueDate(DUE)
        .asOf(AS_OF)
        .promiseDate(LocalDate.of(2026, 12, 10))
        .paidAmount(Money.ofRupees(50_000))
        .festivalName("Diwali")
        .upi("sharmatex@okhdfcbank", "Sharma Textiles");
  }
}
