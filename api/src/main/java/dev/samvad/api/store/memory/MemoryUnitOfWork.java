package dev.samvad.api.store.memory;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.PaymentId;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.CampaignRepository;
import dev.samvad.api.store.CustomerRepository;
import dev.samvad.api.store.DueWorkQueue;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.ExecutionRepository;
import dev.samvad.api.store.InteractionRepository;
import dev.samvad.api.store.InvoiceRepository;
import dev.samvad.api.store.PaymentRepository;
import dev.samvad.api.store.ProfileDocument;
import dev.samvad.api.store.Repository;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The repositories of one tenant bound to one transaction. */
final class MemoryUnitOfWork implements UnitOfWork {
  private final TenantData data;
  private final Transaction tx;

  MemoryUnitOfWork(TenantData data, Transaction tx) {
    this.data = data;
    this.tx = tx;
  }

  @Override
  public CustomerRepository customers() {
    return new Customers(data.customers, tx);
  }

  @Override
  public InvoiceRepository invoices() {
    return new Invoices(data.invoices, tx);
  }

  @Override
  public PaymentRepository payments() {
    return new Payments(data.payments, tx);
  }

  @Override
  public InteractionRepository interactions() {
    return new Interactions(data.interactions, tx);
  }

  @Override
  public Repository<CustomerId, ProfileDocument> culturalProfiles() {
    return new MemoryRepository<>(data.culturalProfiles, tx, CustomerId::value, "cultural profile");
  }

  @Override
  public Repository<CustomerId, ProfileDocument> relationshipProfiles() {
    return new MemoryRepository<>(
        data.relationshipProfiles, tx, CustomerId::value, "relationship profile");
  }

  @Override
  public CampaignRepository campaigns() {
    return new Campaigns(data.campaigns, tx);
  }

  @Override
  public ExecutionRepository executions() {
    return new Executions(data.executions, tx);
  }

  @Override
  public Repository<CustomerId, ConsentRecord> consents() {
    return new MemoryRepository<>(data.consents, tx, CustomerId::value, "consent record");
  }

  @Override
  public DueWorkQueue dueWork() {
    return new MemoryDueWorkQueue(data.dueWork, tx);
  }

  /** Lookups scan every customer of the tenant: in memory that is cheap enough for a book. */
  private static final class Customers extends MemoryRepository<CustomerId, Customer>
      implements CustomerRepository {
    Customers(Table<Customer> table, Transaction tx) {
      super(table, tx, CustomerId::value, "customer");
    }

    @Override
    public List<Versioned<Customer>> findByPhone(PhoneNumber phone) {
      InvalidInputException.require(phone, "phone");
      return matching(c -> CustomerRepository.holdsPhone(c, phone));
    }

    @Override
    public List<Versioned<Customer>> findByEmail(EmailAddress email) {
      InvalidInputException.require(email, "email");
      return matching(c -> CustomerRepository.holdsEmail(c, email));
    }

    private List<Versioned<Customer>> matching(Predicate<Customer> holds) {
      tx.checkActive();
      return table.page(Optional.empty(), Integer.MAX_VALUE).stream()
          .filter(row -> holds.test(row.value()))
          .toList();
    }
  }

  private static final class Invoices extends MemoryRepository<InvoiceId, Invoice>
      implements InvoiceRepository {
    Invoices(Table<Invoice> table, Transaction tx) {
      super(table, tx, InvoiceId::value, "invoice");
    }

    @Override
    public List<Versioned<Invoice>> byCustomer(CustomerId customer) {
      return group(customer.value());
    }

    @Override
    public Optional<Versioned<Invoice>> byNumber(InvoiceNumber number, int financialYear) {
      tx.checkActive();
      return table.uniqueHolder(financialYear + "|" + number.value()).map(id -> table.get(id));
    }
  }

  private static final class Payments extends MemoryRepository<PaymentId, Payment>
      implements PaymentRepository {
    Payments(Table<Payment> table, Transaction tx) {
      super(table, tx, PaymentId::value, "payment");
    }

    @Override
    public List<Versioned<Payment>> byCustomer(CustomerId customer) {
      return group(customer.value());
    }
  }

  private static final class Interactions extends MemoryRepository<InteractionId, Interaction>
      implements InteractionRepository {
    Interactions(Table<Interaction> table, Transaction tx) {
      super(table, tx, InteractionId::value, "interaction");
    }

    @Override
    public List<Versioned<Interaction>> byCustomer(
        CustomerId customer, Instant from, Instant to, int limit) {
      return group(customer.value()).stream()
          .filter(r -> !r.value().occurredAt().isBefore(from))
          .filter(r -> r.value().occurredAt().isBefore(to))
          .limit(limit)
          .toList();
    }
  }

  private static final class Campaigns extends MemoryRepository<CampaignId, CampaignRecord>
      implements CampaignRepository {
    Campaigns(Table<CampaignRecord> table, Transaction tx) {
      super(table, tx, CampaignId::value, "campaign");
    }

    @Override
    public List<Versioned<CampaignRecord>> byCustomer(CustomerId customer) {
      return group(customer.value());
    }
  }

  private static final class Executions extends MemoryRepository<ExecutionId, ExecutionRecord>
      implements ExecutionRepository {
    Executions(Table<ExecutionRecord> table, Transaction tx) {
      super(table, tx, ExecutionId::value, "execution");
    }

    @Override
    public List<Versioned<ExecutionRecord>> byCampaign(CampaignId campaign) {
      return group(campaign.value());
    }
  }
}
