package dev.samvad.examples.demo;

import dev.samvad.api.Money;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.Payment;
import java.util.Locale;

/**
 * Chapter: what was billed, what came in and what is still owed, as the store now says, and how old
 * the open balance is.
 */
final class Receivables implements Chapter {
  @Override
  public String title() {
    return "Receivables and their age";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    Money invoiced = Money.ZERO;
    Money collected = Money.ZERO;
    Money outstanding = Money.ZERO;
    Money disputed = Money.ZERO;
    int invoices = 0;
    int open = 0;
    int payments = 0;
    for (Customer c : context.customers()) {
      for (Invoice invoice : context.invoices(c.id())) {
        invoices++;
        invoiced = invoiced.plus(invoice.amount());
        if (invoice.status().isOutstanding()) {
          open++;
          outstanding = outstanding.plus(invoice.outstanding());
          if (invoice.status() == InvoiceStatus.DISPUTED) {
            disputed = disputed.plus(invoice.outstanding());
          }
        }
      }
      for (Payment payment : context.payments(c.id())) {
        payments++;
        collected = collected.plus(payment.amount());
      }
    }
    Report.Table table = report.table("", ">Amount", ">Count", "");
    table.row("Invoiced", Facts.rupees(invoiced), count(invoices), "invoices over two years");
    table.row("Collected", Facts.rupees(collected), count(payments), "payments");
    table.row(
        "Outstanding",
        Facts.rupees(outstanding),
        count(open),
        "open invoices, " + Facts.percent(outstanding.paise(), invoiced.paise()) + " of invoiced");
    table.row("  disputed", Facts.rupees(disputed), "", "held back by the customer");
    table.print();
    report.line("By age: " + Ageing.line(context));
    if (!collected.plus(outstanding).equals(invoiced)) {
      report.note("Collected + outstanding differs from invoiced: some payments are unallocated.");
    }
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
