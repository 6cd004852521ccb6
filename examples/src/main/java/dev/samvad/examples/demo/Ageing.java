package dev.samvad.examples.demo;

import dev.samvad.api.Money;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Invoice;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/** Chapter: how old the open balance is on the portfolio's "today". */
final class Ageing implements Chapter {
  private static final int BAR = 30;

  @Override
  public String title() {
    return "Ageing of the open balance";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    Map<AgeingBucket, Money> amounts = new EnumMap<>(AgeingBucket.class);
    Map<AgeingBucket, Integer> counts = new EnumMap<>(AgeingBucket.class);
    Money total = Money.ZERO;
    for (Customer c : context.customers()) {
      for (Invoice invoice : context.invoices(c.id())) {
        if (!invoice.status().isOutstanding() || invoice.outstanding().isZero()) {
          continue;
        }
        AgeingBucket bucket =
            AgeingBucket.of(ChronoUnit.DAYS.between(invoice.dueDate(), context.today()));
        amounts.merge(bucket, invoice.outstanding(), Money::plus);
        counts.merge(bucket, 1, Integer::sum);
        total = total.plus(invoice.outstanding());
      }
    }
    Report.Table table = report.table("Past due", ">Invoices", ">Amount", ">Share", "");
    for (AgeingBucket bucket : AgeingBucket.values()) {
      Money amount = amounts.getOrDefault(bucket, Money.ZERO);
      int bar =
          total.isZero() ? 0 : (int) Math.round((double) BAR * amount.paise() / total.paise());
      table.row(
          bucket.label,
          counts.getOrDefault(bucket, 0),
          Facts.rupees(amount),
          Facts.percent(amount.paise(), total.paise()),
          "#".repeat(bar));
    }
    table.print();
  }
}
