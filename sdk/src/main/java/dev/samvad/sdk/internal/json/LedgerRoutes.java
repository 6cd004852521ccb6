package dev.samvad.sdk.internal.json;

import static dev.samvad.sdk.internal.json.Routes.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.Versioned;
import dev.samvad.sdk.Permission;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger routes, beyond the brief: the business facts every engine works from, so a host can
 * load and inspect them through the JSON API.
 */
final class LedgerRoutes {
  static final int DEFAULT_PAGE = 100;

  private LedgerRoutes() {}

  static void register(RouteTable routes) {
    routes
        .put(
            V1 + "/customers/{customerId}",
            Guard.path(Permission.CUSTOMER_WRITE),
            ObjectNode.class,
            LedgerRoutes::putCustomer)
        .get(
            V1 + "/customers/{customerId}",
            Guard.path(Permission.CUSTOMER_READ).audited("customer.read"),
            LedgerRoutes::getCustomer)
        .get(
            V1 + "/customers",
            Guard.filtered(Permission.CUSTOMER_READ).audited("customer.list"),
            LedgerRoutes::listCustomers)
        .post(
            V1 + "/invoices",
            Guard.body(Permission.LEDGER_WRITE),
            Invoice.class,
            LedgerRoutes::putInvoice)
        .get(
            V1 + "/customers/{customerId}/invoices",
            Guard.path(Permission.LEDGER_READ),
            LedgerRoutes::listInvoices)
        .post(
            V1 + "/payments",
            Guard.body(Permission.LEDGER_WRITE),
            Payment.class,
            LedgerRoutes::recordPayment)
        .post(
            V1 + "/interactions",
            Guard.body(Permission.INTERACTION_WRITE),
            Interaction.class,
            LedgerRoutes::recordInteraction);
  }

  /** One page of customers; pass {@code nextAfter} as {@code after} to get the next. */
  record CustomerPage(List<Customer> customers, Optional<String> nextAfter) {}

  /** A customer's invoices. */
  record InvoiceList(List<Invoice> invoices) {}

  private static Reply putCustomer(Call call, ObjectNode body) {
    CustomerId id = call.customerId();
    if (!body.has("id")) {
      body.put("id", id.value());
    }
    Customer customer = call.body(Customer.class);
    if (!customer.id().equals(id)) {
      throw new InvalidInputException(
          "id",
          "must equal the customerId in the path '"
              + id.value()
              + "', was '"
              + customer.id().value()
              + "'");
    }
    Versioned<Customer> stored = call.ledger().putCustomer(customer);
    return createdOrReplaced(stored);
  }

  private static Reply getCustomer(Call call) {
    CustomerId id = call.customerId();
    return Reply.ok(
        call.ledger()
            .customer(id)
            .orElseThrow(() -> new NotFoundException("customer", id.value())));
  }

  private static Reply listCustomers(Call call) {
    int limit = call.intQuery("limit", DEFAULT_PAGE, 1, Page.MAX_LIMIT);
    Optional<String> after = call.query("after").filter(s -> !s.isEmpty());
    Page page = new Page(after, limit);
    Optional<Set<CustomerId>> among = call.access().limitedTo(Permission.CUSTOMER_READ);
    List<Customer> customers =
        among.isPresent()
            ? call.ledger().customers(page, among.get())
            : call.ledger().customers(page);
    Optional<String> next =
        customers.size() == limit
            ? Optional.of(customers.get(customers.size() - 1).id().value())
            : Optional.empty();
    return Reply.ok(new CustomerPage(customers, next));
  }

  private static Reply putInvoice(Call call, Invoice invoice) {
    return createdOrReplaced(call.ledger().putInvoice(invoice));
  }

  private static Reply listInvoices(Call call) {
    return Reply.ok(new InvoiceList(call.ledger().invoices(call.customerId())));
  }

  private static Reply recordPayment(Call call, Payment payment) {
    return Reply.created(call.ledger().recordPayment(payment));
  }

  private static Reply recordInteraction(Call call, Interaction interaction) {
    return Reply.created(call.ledger().recordInteraction(interaction));
  }

  /** 201 for a new value (version 1), 200 for a replaced one. */
  private static Reply createdOrReplaced(Versioned<?> stored) {
    return stored.version() == 1 ? Reply.created(stored.value()) : Reply.ok(stored.value());
  }
}
