package dev.samvad.sdk.internal;

import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentAllocation;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.spi.EventSink;
import dev.samvad.api.spi.SamvadEvent;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger operations of one tenant, acting for one actor: customers, invoices, payments and
 * interactions, each write in one unit of work with its audit entry. Thread-safe and stateless
 * apart from its collaborators.
 */
public final class Ledger {
  private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

  private final TenantStore store;
  private final Clock clock;
  private final AuditSink audit;
  private final EventSink events;
  private final String actor;
  private final Listener listener;

  /**
   * Told about ledger changes after they commit, so campaigns follow the ledger: a new invoice
   * joins the customer's running campaign, a payment settles what it covers. A listener that throws
   * after the commit is logged; the ledger change stands. {@link #recordingPayment} alone runs
   * inside the unit of work, before the commit.
   */
  public interface Listener {
    /** The customer's record changed. */
    default void customerChanged(CustomerId customer) {}

    /** A new invoice was stored. */
    default void invoicePut(Invoice invoice) {}

    /**
     * Inside the unit of work that records {@code payment}, after its writes: what must commit with
     * the payment or not at all (the campaign runtime's promise to apply it, so a crash right after
     * the commit cannot lose it). The store may run a unit of work more than once, so this must be
     * safe to repeat; if it throws, nothing is recorded.
     */
    default void recordingPayment(UnitOfWork uow, Payment payment) {}

    /** A payment was recorded and allocated. */
    default void paymentRecorded(Payment payment) {}
  }

  /** A ledger without a listener. */
  public Ledger(TenantStore store, Clock clock, AuditSink audit, EventSink events, String actor) {
    this(store, clock, audit, events, actor, new Listener() {});
  }

  /**
   * @param store the tenant's store
   * @param clock the time source for audit entries and events
   * @param audit where writes are audited (inside the unit of work, so a failing sink fails it)
   * @param events where noteworthy changes are published after commit
   * @param actor who acts, e.g. {@code host} or {@code user:asha}
   * @param listener told about changes after they commit
   */
  public Ledger(
      TenantStore store,
      Clock clock,
      AuditSink audit,
      EventSink events,
      String actor,
      Listener listener) {
    this.listener = listener;
    this.store = store;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
    this.actor = actor;
  }

  /** The tenant. */
  public TenantId tenantId() {
    return store.tenantId();
  }

  /** Inserts the customer or replaces the stored one; returns the stored version. */
  public Versioned<Customer> putCustomer(Customer customer) {
    InvalidInputException.require(customer, "customer");
    Versioned<Customer> stored = storeCustomer(customer);
    tell(() -> listener.customerChanged(customer.id()));
    return stored;
  }

  private Versioned<Customer> storeCustomer(Customer customer) {
    return store.inTransaction(
        uow -> {
          Optional<Versioned<Customer>> existing = uow.customers().find(customer.id());
          Versioned<Customer> stored =
              existing.isPresent()
                  ? uow.customers().update(customer, existing.get().version())
                  : uow.customers().insert(customer);
          audit(
              existing.isPresent() ? "customer.update" : "customer.create",
              "customer:" + customer.id().value(),
              Map.of());
          return stored;
        });
  }

  /** The customer, if stored. */
  public Optional<Customer> customer(CustomerId id) {
    InvalidInputException.require(id, "customerId");
    return store.inTransaction(uow -> uow.customers().find(id).map(Versioned::value));
  }

  /** One page of customers in id order. */
  public List<Customer> customers(Page page) {
    return store.inTransaction(uow -> values(uow.customers().list(page)));
  }

  /**
   * One page of the stored customers among {@code among}, in id order: those whose id sorts after
   * the page's {@code after}, up to its limit.
   */
  public List<Customer> customers(Page page, Collection<CustomerId> among) {
    List<CustomerId> ids =
        among.stream()
            .filter(id -> page.after().map(a -> id.value().compareTo(a) > 0).orElse(true))
            .sorted(Comparator.comparing(CustomerId::value))
            .toList();
    return store.inTransaction(
        uow -> {
          List<Customer> found = new ArrayList<>();
          for (CustomerId id : ids) {
            uow.customers().find(id).ifPresent(v -> found.add(v.value()));
            if (found.size() == page.limit()) {
              break;
            }
          }
          return found;
        });
  }

  /** Every customer in id order, read in pages within one unit of work. */
  public List<Customer> allCustomers() {
    return store.inTransaction(
        uow -> {
          List<Customer> all = new ArrayList<>();
          Page page = Page.first(Page.MAX_LIMIT);
          while (true) {
            List<Versioned<Customer>> batch = uow.customers().list(page);
            batch.forEach(v -> all.add(v.value()));
            if (batch.size() < page.limit()) {
              return all;
            }
            page = Page.after(batch.get(batch.size() - 1).value().id().value(), Page.MAX_LIMIT);
          }
        });
  }

  /** Inserts or replaces an invoice of an existing customer. */
  public Versioned<Invoice> putInvoice(Invoice invoice) {
    InvalidInputException.require(invoice, "invoice");
    Versioned<Invoice> stored = storeInvoice(invoice);
    if (stored.version() == 1) {
      tell(() -> listener.invoicePut(stored.value()));
    }
    return stored;
  }

  private void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("a ledger listener failed; the ledger change stands", e);
    }
  }

  private Versioned<Invoice> storeInvoice(Invoice invoice) {
    return store.inTransaction(
        uow -> {
          requireCustomer(uow, invoice.customerId());
          Optional<Versioned<Invoice>> existing = uow.invoices().find(invoice.id());
          Versioned<Invoice> stored;
          if (existing.isPresent()) {
            CustomerId owner = existing.get().value().customerId();
            if (!owner.equals(invoice.customerId())) {
              throw new InvalidInputException(
                  "customerId",
                  "invoice '"
                      + invoice.id().value()
                      + "' belongs to customer '"
                      + owner.value()
                      + "' and cannot move to another customer");
            }
            stored = uow.invoices().update(invoice, existing.get().version());
          } else {
            stored = uow.invoices().insert(invoice);
          }
          audit(
              existing.isPresent() ? "invoice.update" : "invoice.create",
              "invoice:" + invoice.id().value(),
              Map.of("customer", invoice.customerId().value()));
          return stored;
        });
  }

  /** The customer's invoices, oldest issue date first. */
  public List<Invoice> invoices(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    return store.inTransaction(
        uow -> {
          requireCustomer(uow, customer);
          return values(uow.invoices().byCustomer(customer));
        });
  }

  /**
   * Records a payment and applies its allocations, all in one unit of work: nothing is written
   * unless every allocation fits. The listener's {@link Listener#recordingPayment} writes in the
   * same unit of work, so what it promises (the campaigns hearing of the payment) commits with it.
   */
  public Payment recordPayment(Payment payment) {
    InvalidInputException.require(payment, "payment");
    List<Invoice> settled =
        store.inTransaction(
            uow -> {
              requireCustomer(uow, payment.customerId());
              if (uow.payments().find(payment.id()).isPresent()) {
                // Checked first so a retried payment hears "already recorded", not "invoice paid".
                throw new ConflictException(
                    ErrorCode.ALREADY_EXISTS,
                    "payment '" + payment.id().value() + "' is already recorded");
              }
              List<Invoice> paid = new ArrayList<>();
              List<PaymentAllocation> allocations = payment.allocations();
              for (int i = 0; i < allocations.size(); i++) {
                Invoice after = allocate(uow, payment.customerId(), allocations.get(i), i);
                if (after.status() == InvoiceStatus.PAID) {
                  paid.add(after);
                }
              }
              uow.payments().insert(payment);
              listener.recordingPayment(uow, payment);
              audit(
                  "payment.record",
                  "payment:" + payment.id().value(),
                  Map.of(
                      "customer", payment.customerId().value(),
                      "amountPaise", Long.toString(payment.amount().paise()),
                      "allocations", Integer.toString(allocations.size())));
              return paid;
            });
    publish(
        "payment.recorded",
        Map.of(
            "customer", payment.customerId().value(),
            "payment", payment.id().value(),
            "amountPaise", Long.toString(payment.amount().paise())));
    for (Invoice invoice : settled) {
      publish(
          "invoice.paid",
          Map.of("customer", invoice.customerId().value(), "invoice", invoice.id().value()));
    }
    tell(() -> listener.paymentRecorded(payment));
    return payment;
  }

  private Invoice allocate(
      UnitOfWork uow, CustomerId customer, PaymentAllocation allocation, int index) {
    String field = "allocations[" + index + "]";
    InvoiceId id = allocation.invoiceId();
    Versioned<Invoice> stored =
        uow.invoices().find(id).orElseThrow(() -> new NotFoundException("invoice", id.value()));
    Invoice invoice = stored.value();
    if (!invoice.customerId().equals(customer)) {
      throw new InvalidInputException(
          field + ".invoiceId",
          "invoice '"
              + id.value()
              + "' belongs to another customer, not '"
              + customer.value()
              + "'");
    }
    if (!invoice.status().isOutstanding()) {
      throw new InvalidInputException(
          field + ".invoiceId",
          "invoice '" + id.value() + "' is " + invoice.status() + " and takes no payment");
    }
    Money part = allocation.amount();
    if (!part.currency().equals(invoice.outstanding().currency())) {
      throw new InvalidInputException(
          field + ".amount",
          "must be in the invoice's currency " + invoice.outstanding().currency());
    }
    if (part.compareTo(invoice.outstanding()) > 0) {
      throw new InvalidInputException(
          field + ".amount",
          part.format()
              + " exceeds the "
              + invoice.outstanding().format()
              + " outstanding on invoice '"
              + id.value()
              + "'");
    }
    Money left = invoice.outstanding().minus(part);
    InvoiceStatus status =
        left.isZero()
            ? InvoiceStatus.PAID
            : invoice.status() == InvoiceStatus.DISPUTED
                ? InvoiceStatus.DISPUTED
                : InvoiceStatus.PARTIALLY_PAID;
    Invoice after = ImmutableInvoice.copyOf(invoice).withOutstanding(left).withStatus(status);
    uow.invoices().update(after, stored.version());
    return after;
  }

  /** The customer's payments, earliest first. */
  public List<Payment> payments(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    return store.inTransaction(
        uow -> {
          requireCustomer(uow, customer);
          return values(uow.payments().byCustomer(customer));
        });
  }

  /** Records an interaction with an existing customer. */
  public Interaction recordInteraction(Interaction interaction) {
    InvalidInputException.require(interaction, "interaction");
    return store.inTransaction(
        uow -> {
          requireCustomer(uow, interaction.customerId());
          uow.interactions().insert(interaction);
          audit(
              "interaction.record",
              "interaction:" + interaction.id().value(),
              Map.of(
                  "customer", interaction.customerId().value(),
                  "channel", interaction.channel().name(),
                  "direction", interaction.direction().name()));
          return interaction;
        });
  }

  /** The customer's interactions that occurred in {@code [from, to)}, earliest first. */
  public List<Interaction> interactions(CustomerId customer, Instant from, Instant to) {
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(from, "from");
    InvalidInputException.require(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from " + from);
    }
    return store.inTransaction(
        uow -> {
          requireCustomer(uow, customer);
          return InteractionPages.readAll(uow.interactions(), customer, from, to);
        });
  }

  private static void requireCustomer(UnitOfWork uow, CustomerId customer) {
    if (uow.customers().find(customer).isEmpty()) {
      throw new NotFoundException("customer", customer.value());
    }
  }

  private static <V> List<V> values(List<Versioned<V>> versioned) {
    return versioned.stream().map(Versioned::value).toList();
  }

  private void audit(String action, String target, Map<String, String> details) {
    audit.append(new AuditEntry(store.tenantId(), actor, action, target, clock.instant(), details));
  }

  private void publish(String type, Map<String, String> attributes) {
    try {
      events.publish(new SamvadEvent(store.tenantId(), type, clock.instant(), attributes));
    } catch (RuntimeException e) {
      LOG.warn("event sink failed on {} for tenant {}", type, store.tenantId().value(), e);
    }
  }
}
