package dev.samvad.examples.portfolio;

import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic receivables book: one seller's customers, two years of invoices, the payments
 * received and the messages exchanged, frozen on {@link #today()}.
 *
 * <p>Invoices are as issued (whole amount outstanding; disputed ones marked so); apply the payments
 * in order to get balances — {@code TenantSession.recordPayment} does exactly that. Everything is
 * in the api model's JSON, so the file can be read with {@code SamvadJson.newMapper()} alone.
 *
 * @param format the file format, {@value PortfolioJson#FORMAT}
 * @param seed the generator seed that produced it
 * @param today the date the book is frozen on; nothing happens after it
 * @param customers the customers
 * @param invoices invoices in issue order
 * @param payments payments in the order received
 * @param interactions reminders sent and replies received, in time order
 * @param truth what the generator simulated per customer, for scoring engines
 */
public record Portfolio(
    String format,
    long seed,
    LocalDate today,
    List<Customer> customers,
    List<Invoice> invoices,
    List<Payment> payments,
    List<Interaction> interactions,
    List<CustomerTruth> truth) {

  /** Copies the lists so a portfolio cannot change after it is built. */
  public Portfolio {
    customers = List.copyOf(customers);
    invoices = List.copyOf(invoices);
    payments = List.copyOf(payments);
    interactions = List.copyOf(interactions);
    truth = List.copyOf(truth);
  }

  /** The portfolio bundled with the examples jar (read once per call; about a second). */
  public static Portfolio bundled() {
    return PortfolioJson.readBundled();
  }
}
