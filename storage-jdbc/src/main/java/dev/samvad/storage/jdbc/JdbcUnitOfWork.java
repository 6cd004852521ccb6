package dev.samvad.storage.jdbc;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.PaymentId;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.CampaignRepository;
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

/** The repositories of one tenant bound to one {@link Tx}. */
final class JdbcUnitOfWork implements UnitOfWork {
  private final Tx tx;

  JdbcUnitOfWork(Tx tx) {
    this.tx = tx;
  }

  @Override
  public Repository<CustomerId, Customer> customers() {
    tx.checkActive();
    return new JdbcRepository<>(tx, Mappings.CUSTOMERS, CustomerId::value);
  }

  @Override
  public InvoiceRepository invoices() {
    tx.checkActive();
    return new Invoices(tx);
  }

  @Override
  public PaymentRepository payments() {
    tx.checkActive();
    return new Payments(tx);
  }

  @Override
  public InteractionRepository interactions() {
    tx.checkActive();
    return new Interactions(tx);
  }

  @Override
  public Repository<CustomerId, ProfileDocument> culturalProfiles() {
    tx.checkActive();
    return new JdbcRepository<>(tx, Mappings.CULTURAL_PROFILES, CustomerId::value);
  }

  @Override
  public Repository<CustomerId, ProfileDocument> relationshipProfiles() {
    tx.checkActive();
    return new JdbcRepository<>(tx, Mappings.RELATIONSHIP_PROFILES, CustomerId::value);
  }

  @Override
  public CampaignRepository campaigns() {
    tx.checkActive();
    return new Campaigns(tx);
  }

  @Override
  public ExecutionRepository executions() {
    tx.checkActive();
    return new Executions(tx);
  }

  @Override
  public Repository<CustomerId, ConsentRecord> consents() {
    tx.checkActive();
    return new JdbcRepository<>(tx, ConsentMapping.CONSENTS, CustomerId::value);
  }

  @Override
  public DueWorkQueue dueWork() {
    tx.checkActive();
    return new JdbcDueWorkQueue(tx);
  }

  private static final class Invoices extends JdbcRepository<InvoiceId, Invoice>
      implements InvoiceRepository {
    private static final String BY_CUSTOMER =
        Mappings.INVOICES.select("customer_id = ?", "issue_date, id");
    private static final String BY_NUMBER =
        Mappings.INVOICES.select("financial_year = ? AND number = ?", "id");
    private static final String NUMBER_HOLDER =
        "SELECT id FROM samvad.invoices"
            + " WHERE tenant_id = ? AND financial_year = ? AND number = ? AND id <> ?";

    Invoices(Tx tx) {
      super(tx, Mappings.INVOICES, InvoiceId::value);
    }

    @Override
    public List<Versioned<Invoice>> byCustomer(CustomerId customer) {
      return listWhere(
          "listing a customer's invoices", BY_CUSTOMER, s -> s.setString(2, customer.value()));
    }

    @Override
    public Optional<Versioned<Invoice>> byNumber(InvoiceNumber number, int financialYear) {
      List<Versioned<Invoice>> found =
          listWhere(
              "finding an invoice by number",
              BY_NUMBER,
              s -> {
                s.setInt(2, financialYear);
                s.setString(3, number.value());
              });
      return found.stream().findFirst();
    }

    @Override
    boolean hasUniqueKey() {
      return true;
    }

    @Override
    Optional<String> uniqueClash(Invoice value) {
      return tx.queryOne(
          "checking invoice number " + value.number().value(),
          NUMBER_HOLDER,
          s -> {
            s.setString(1, tx.tenantId());
            s.setInt(2, value.financialYear());
            s.setString(3, value.number().value());
            s.setString(4, value.id().value());
          },
          row -> row.getString(1));
    }
  }

  private static final class Payments extends JdbcRepository<PaymentId, Payment>
      implements PaymentRepository {
    private static final String BY_CUSTOMER =
        Mappings.PAYMENTS.select("customer_id = ?", "received_on, id");

    Payments(Tx tx) {
      super(tx, Mappings.PAYMENTS, PaymentId::value);
    }

    @Override
    public List<Versioned<Payment>> byCustomer(CustomerId customer) {
      return listWhere(
          "listing a customer's payments", BY_CUSTOMER, s -> s.setString(2, customer.value()));
    }
  }

  private static final class Interactions extends JdbcRepository<InteractionId, Interaction>
      implements InteractionRepository {
    private static final String BY_CUSTOMER =
        Mappings.INTERACTIONS.select(
                "customer_id = ? AND occurred_at >= ? AND occurred_at < ?", "occurred_at, id")
            + " LIMIT ?";

    Interactions(Tx tx) {
      super(tx, Mappings.INTERACTIONS, InteractionId::value);
    }

    @Override
    public List<Versioned<Interaction>> byCustomer(
        CustomerId customer, Instant from, Instant to, int limit) {
      if (limit < 0) {
        throw new InvalidInputException("limit", "must not be negative, was " + limit);
      }
      return listWhere(
          "listing a customer's interactions",
          BY_CUSTOMER,
          s -> {
            s.setString(2, customer.value());
            Sql.setBound(s, 3, from);
            Sql.setBound(s, 4, to);
            s.setInt(5, limit);
          });
    }
  }

  private static final class Campaigns extends JdbcRepository<CampaignId, CampaignRecord>
      implements CampaignRepository {
    private static final String BY_CUSTOMER =
        Mappings.CAMPAIGNS.select("customer_id = ?", "created_at, id");

    Campaigns(Tx tx) {
      super(tx, Mappings.CAMPAIGNS, CampaignId::value);
    }

    @Override
    public List<Versioned<CampaignRecord>> byCustomer(CustomerId customer) {
      return listWhere(
          "listing a customer's campaigns", BY_CUSTOMER, s -> s.setString(2, customer.value()));
    }
  }

  private static final class Executions extends JdbcRepository<ExecutionId, ExecutionRecord>
      implements ExecutionRepository {
    private static final String BY_CAMPAIGN =
        Mappings.EXECUTIONS.select("campaign_id = ?", "created_at, id");

    Executions(Tx tx) {
      super(tx, Mappings.EXECUTIONS, ExecutionId::value);
    }

    @Override
    public List<Versioned<ExecutionRecord>> byCampaign(CampaignId campaign) {
      return listWhere(
          "listing a campaign's executions", BY_CAMPAIGN, s -> s.setString(2, campaign.value()));
    }
  }
}
