package dev.samvad.culture.message;

import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text each placeholder stands for in one message, worked out on first use and remembered, so a
 * value used twice (or in subject and body) is formatted once. Not thread-safe: one per render.
 */
public final class FactValues implements Function<Placeholder, String> {
  private final LanguagePack pack;
  private final MessageFacts facts;
  private final MessageIntent intent;
  private final Formality formality;
  private final String[] values = new String[Placeholder.values().length];

  public FactValues(
      LanguagePack pack, MessageFacts facts, MessageIntent intent, Formality formality) {
    this.pack = pack;
    this.facts = facts;
    this.intent = intent;
    this.formality = formality;
  }

  @Override
  public String apply(Placeholder p) {
    String value = values[p.ordinal()];
    if (value == null) {
      value = compute(p);
      values[p.ordinal()] = value;
    }
    return value;
  }

  private String compute(Placeholder p) {
    switch (p) {
      case SALUTATION:
        CompiledTemplate salutation =
            facts.title().isPresent()
                ? pack.titledSalutations().get(facts.title().get())
                : pack.salutations().get(formality);
        return salutation.render(this);
      case NAME:
        return facts.addresseeName();
      case CUSTOMER_NAME:
        return facts.customerName();
      case SELLER_NAME:
        return facts.sellerName();
      case CLOSING:
        return pack.closings().get(formality).render(this);
      case INVOICE_NUMBER:
        return need(facts.invoiceNumber(), "invoiceNumber").value();
      case AMOUNT:
        return need(facts.amount(), "amount").format();
      case DUE_DATE:
        return DateWords.format(need(facts.dueDate(), "dueDate"), pack);
      case DAYS_OVERDUE:
        return Long.toString(need(facts.daysOverdue(), "dueDate"));
      case PROMISE_DATE:
        return DateWords.format(need(facts.promiseDate(), "promiseDate"), pack);
      case PAID_AMOUNT:
        return need(facts.paidAmount(), "paidAmount").format();
      case FESTIVAL_NAME:
        return need(facts.festivalName(), "festivalName");
      case PAY_LINK:
        var upi = need(facts.upi(), "upi");
        return UpiLink.of(
            upi.vpa(),
            upi.payeeName(),
            need(facts.amount(), "amount"),
            need(facts.invoiceNumber(), "invoiceNumber"));
      case MSME_CLAUSE:
        if (facts.msme().isEmpty() || !MsmeClause.appliesTo(intent)) {
          return "";
        }
        return MsmeClause.write(
            facts.msme().get(),
            need(facts.amount(), "amount"),
            need(facts.dueDate(), "dueDate"),
            facts.asOf(),
            pack);
    }
    throw new AssertionError(p);
  }

  private <T> T need(Optional<T> fact, String name) {
    return fact.orElseThrow(
        () ->
            new InvalidInputException(
                name,
                "is required by the "
                    + intent
                    + " "
                    + formality
                    + " template ("
                    + pack.tag()
                    + ") but was not given"));
  }
}
