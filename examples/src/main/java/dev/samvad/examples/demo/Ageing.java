package dev.samvad.examples.demo;

import dev.samvad.api.Money;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Invoice;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** How old the open balance is on the portfolio's "today", as one line of the receivables. */
final class Ageing {
  private Ageing() {}

  /** "Not yet due 38% · 1-30 days 18% · … · Over 90 days 25%". */
  static String line(DemoContext context) {
    Map<AgeingBucket, Money> amounts = new EnumMap<>(AgeingBucket.class);
    Money total = Money.ZERO;
    for (Customer c : context.customers()) {
      for (Invoice invoice : context.invoices(c.id())) {
        if (!invoice.status().isOutstanding() || invoice.outstanding().isZero()) {
          continue;
        }
        AgeingBucket bucket =
            AgeingBucket.of(ChronoUnit.DAYS.between(invoice.dueDate(), context.today()));
        amounts.merge(bucket, invoice.outstanding(), Money::plus);
        total = total.plus(invoice.outstanding());
      }
    }
    StringJoiner line = new StringJoiner(" · ");
    for (AgeingBucket bucket : AgeingBucket.values()) {
      Money amount = amounts.getOrDefault(bucket, Money.ZERO);
      line.add(bucket.label + " " + Facts.percent(amount.paise(), total.paise()));
    }
    return line.toString();
  }
}
