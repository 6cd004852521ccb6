package dev.samvad.culture.message;

import dev.samvad.api.Money;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachFinding.Severity;
import dev.samvad.culture.ApproachRule;
import dev.samvad.culture.MessageFacts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A money-asking message must state the amount, the invoice number and the due date, so that the
 * customer can pay without asking (and a rewrite, by a person or a language model, cannot drop them
 * unnoticed).
 */
public final class MandatoryFactsRule implements ApproachRule {
  private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Function<String, Optional<LanguagePack>> packs;

  public MandatoryFactsRule(Function<String, Optional<LanguagePack>> packs) {
    this.packs = packs;
  }

  @Override
  public List<ApproachFinding> check(ApproachContext context) {
    if (!context.message().intent().asksForMoney()) {
      return List.of();
    }
    if (context.facts().isEmpty()) {
      return List.of(
          new ApproachFinding(
              "MANDATORY_FACTS_NOT_CHECKED",
              Severity.INFO,
              "No facts were given, so amount, invoice number and due date were not checked.",
              "Pass the MessageFacts with the message to have them checked."));
    }
    MessageFacts facts = context.facts().get();
    String text = context.message().text();
    List<ApproachFinding> findings = new ArrayList<>(3);
    Optional<Money> amount = facts.amount();
    if (amount.isEmpty() || !containsAmount(text, amount.get())) {
      findings.add(missing("amount", amount.map(Money::format).orElse("(not given)")));
    }
    if (facts.invoiceNumber().isEmpty() || !text.contains(facts.invoiceNumber().get().value())) {
      findings.add(
          missing(
              "invoice number", facts.invoiceNumber().map(n -> n.value()).orElse("(not given)")));
    }
    if (facts.dueDate().isEmpty()
        || !containsDate(text, facts.dueDate().get(), context.message().templateLanguage())) {
      findings.add(
          missing("due date", facts.dueDate().map(LocalDate::toString).orElse("(not given)")));
    }
    return findings;
  }

  private static boolean containsAmount(String text, Money amount) {
    // Money.format() reuses one cached ICU formatter for rupees; formatPlain() derives a new one.
    String plain =
        amount.currency().equals(Money.INR)
            ? amount.format().replace("₹", "")
            : amount.formatPlain();
    if (text.contains(plain)) {
      return true;
    }
    return amount.paise() % 100 == 0 && text.contains(plain.substring(0, plain.length() - 3));
  }

  private boolean containsDate(String text, LocalDate date, String language) {
    Optional<LanguagePack> pack = packs.apply(language);
    if (pack.isPresent() && text.contains(DateWords.format(date, pack.get()))) {
      return true;
    }
    String english =
        date.getDayOfMonth() + " " + DateWords.englishMonth(date) + " " + date.getYear();
    return text.contains(english)
        || text.contains(DASHED.format(date))
        || text.contains(SLASHED.format(date));
  }

  private static ApproachFinding missing(String fact, String expected) {
    String code = "MISSING_" + fact.toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    return new ApproachFinding(
        code,
        Severity.BLOCKER,
        "The message asks for payment but does not state the " + fact + " " + expected + ".",
        "Put the "
            + fact
            + " back into the text exactly as rendered; the customer needs it to pay.");
  }
}
