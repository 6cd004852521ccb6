package dev.samvad.examples.demo;

import dev.samvad.api.IndianState;
import dev.samvad.api.Money;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chapter: the customers who owe the most past their due dates. */
final class LargestOverdue implements Chapter {
  private static final int SHOWN = 3;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private record Overdue(Customer customer, Money amount, int invoices, long oldestDays) {}

  @Override
  public String title() {
    return "Largest overdue customers";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    List<Overdue> overdue = new ArrayList<>();
    for (Customer c : context.customers()) {
      Money amount = Money.ZERO;
      int count = 0;
      long oldest = 0;
      for (Invoice invoice : context.invoices(c.id())) {
        long days = ChronoUnit.DAYS.between(invoice.dueDate(), context.today());
        if (invoice.status().isOutstanding() && days > 0 && !invoice.outstanding().isZero()) {
          amount = amount.plus(invoice.outstanding());
          count++;
          oldest = Math.max(oldest, days);
        }
      }
      if (count > 0) {
        overdue.add(new Overdue(c, amount, count, oldest));
      }
    }
    overdue.sort(
        Comparator.comparing(Overdue::amount)
            .reversed()
            .thenComparing(o -> o.customer().id().value()));
    Report.Table table =
        report.table("Customer", "Place", ">Overdue", ">Invoices", ">Oldest", "Last reply");
    for (Overdue o : overdue.subList(0, Math.min(SHOWN, overdue.size()))) {
      Customer c = o.customer();
      table.row(
          Facts.clip(c.displayName(), 30),
          place(c),
          Facts.rupees(o.amount()),
          o.invoices(),
          o.oldestDays() + " d",
          lastReply(context.interactions(c.id())));
    }
    table.print();
    report.note(overdue.size() + " customers have something overdue.");
  }

  private static String place(Customer c) {
    return c.address()
        .map(a -> a.city() + a.state().map(s -> ", " + s.code()).orElse(""))
        .orElse(Facts.state(c).map(IndianState::displayName).orElse("-"));
  }

  private static String lastReply(List<Interaction> interactions) {
    Optional<Interaction> last = Facts.lastReply(interactions);
    return last.map(
            i ->
                i.occurredAt().atZone(ZoneId.of("Asia/Kolkata")).format(DAY)
                    + i.language().map(l -> " (" + l.tag() + ")").orElse(""))
        .orElse("never");
  }
}
