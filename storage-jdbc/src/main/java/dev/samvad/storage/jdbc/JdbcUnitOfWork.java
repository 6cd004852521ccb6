package dev.samvad.storage.jdbc;

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
import dev.samvad.api.model.Contact;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.spi.FieldCipher;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The repositories of one tenant bound to one {@link Tx}. */
final class JdbcUnitOfWork implements UnitOfWork {
  private final Tx tx;
  private final Sealer sealer;

  JdbcUnitOfWork(Tx tx, Sealer sealer) {
    this.tx = tx;
    this.sealer = sealer;
  }

  @Override
  public CustomerRepository customers() {
    tx.checkActive();
    return new Customers(tx, sealer);
  }

  @Override
  public InvoiceRepository invoices() {
    tx.checkActive();
    return new Invoices(tx, sealer);
  }

  @Override
  public PaymentRepository payments() {
    tx.checkActive();
    return new Payments(tx, sealer);
  }

  @Override
  public InteractionRepository interactions() {
    tx.checkActive();
    return new Interactions(tx, sealer);
  }

  @Override
  public Repository<CustomerId, ProfileDocument> culturalProfiles() {
    tx.checkActive();
    return new JdbcRepository<>(tx, Mappings.CULTURAL_PROFILES, sealer, CustomerId::value);
  }

  @Override
  public Repository<CustomerId, ProfileDocument> relationshipProfiles() {
    tx.checkActive();
    return new JdbcRepository<>(tx, Mappings.RELATIONSHIP_PROFILES, sealer, CustomerId::value);
  }

  @Override
  public CampaignRepository campaigns() {
    tx.checkActive();
    return new Campaigns(tx, sealer);
  }

  @Override
  public ExecutionRepository executions() {
    tx.checkActive();
    return new Executions(tx, sealer);
  }

  @Override
  public Repository<CustomerId, ConsentRecord> consents() {
    tx.checkActive();
    return new JdbcRepository<>(tx, Mappings.CONSENTS, sealer, CustomerId::value);
  }

  @Override
  public DueWorkQueue dueWork() {
    tx.checkActive();
    return new JdbcDueWorkQueue(tx);
  }

  /**
   * Re-seals up to {@code limit} rows of {@code mapping} whose ids follow {@code after}: each row
   * in clear or sealed under an older key is written again under the tenant's primary key, keeping
   * its version (the value does not change); a customer's lookup hashes are written again too.
   */
  <V> ResealBatch reseal(Mapping<V> mapping, @Nullable String after, int limit) {
    tx.checkActive();
    String primary = sealer.primaryKeyId(tx.tenant());
    List<Stale<V>> rows =
        tx.query(
            "re-sealing " + mapping.kind + "s",
            after == null ? mapping.firstPage : mapping.nextPage,
            s -> {
              int i = 1;
              s.setString(i++, tx.tenantId());
              if (after != null) {
                s.setString(i++, after);
              }
              s.setInt(i, limit);
            },
            row -> {
              String id = row.getString(mapping.idColumn);
              byte[] sealed = row.getBytes("sealed");
              boolean current = sealed != null && FieldCipher.keyIdOf(sealed).equals(primary);
              return new Stale<>(id, current ? null : mapping.read(row, sealer, tx.tenant()));
            });
    int rewritten = 0;
    for (Stale<V> row : rows) {
      V value = row.value();
      if (value == null) {
        continue;
      }
      tx.update(
          "re-sealing " + mapping.kind + " '" + row.id() + "'",
          mapping.rewrite,
          s -> {
            int i = mapping.bind(s, 1, value, sealer, tx.tenant());
            s.setString(i++, tx.tenantId());
            s.setString(i, row.id());
          });
      if (value instanceof Customer customer) {
        Customers.writeContactHashes(tx, sealer, customer, true);
      }
      rewritten++;
    }
    return new ResealBatch(
        rows.size(), rewritten, rows.isEmpty() ? after : rows.get(rows.size() - 1).id());
  }

  /** A row of a re-seal pass: its value when it needs sealing again, else null. */
  private record Stale<V>(String id, @Nullable V value) {}

  /** What one batch of a re-seal pass read and rewrote, and the last id it read. */
  record ResealBatch(int read, int rewritten, @Nullable String last) {}

  /**
   * Customers, and their contacts' lookup hashes in {@code customer_contact_hashes}, kept in step
   * in the same transaction. A lookup reads the hashes, then checks each found customer's contacts,
   * so it answers exactly what the in-memory store's scan answers.
   */
  private static final class Customers extends JdbcRepository<CustomerId, Customer>
      implements CustomerRepository {
    private static final String BY_HASH =
        Mappings.CUSTOMERS.select(
            "id IN (SELECT customer_id FROM samvad.customer_contact_hashes"
                + " WHERE tenant_id = ? AND kind = ? AND hash IN (?, ?))",
            "id");
    private static final String DELETE_HASHES =
        "DELETE FROM samvad.customer_contact_hashes WHERE tenant_id = ? AND customer_id = ?";
    private static final String INSERT_HASH =
        "INSERT INTO samvad.customer_contact_hashes (tenant_id, customer_id, kind, hash)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String PHONE = "phone";
    private static final String EMAIL = "email";

    Customers(Tx tx, Sealer sealer) {
      super(tx, Mappings.CUSTOMERS, sealer, CustomerId::value);
    }

    @Override
    public Versioned<Customer> insert(Customer value) {
      Versioned<Customer> stored = super.insert(value);
      writeContactHashes(tx, sealer, value, false);
      return stored;
    }

    @Override
    public Versioned<Customer> update(Customer value, long expectedVersion) {
      Versioned<Customer> stored = super.update(value, expectedVersion);
      writeContactHashes(tx, sealer, value, true);
      return stored;
    }

    @Override
    public void delete(CustomerId id, long expectedVersion) {
      super.delete(id, expectedVersion);
      deleteContactHashes(tx, id.value());
    }

    @Override
    public List<Versioned<Customer>> findByPhone(PhoneNumber phone) {
      InvalidInputException.require(phone, "phone");
      return find(PHONE, phone.e164(), c -> CustomerRepository.holdsPhone(c, phone));
    }

    @Override
    public List<Versioned<Customer>> findByEmail(EmailAddress email) {
      InvalidInputException.require(email, "email");
      return find(EMAIL, email.lookupForm(), c -> CustomerRepository.holdsEmail(c, email));
    }

    private List<Versioned<Customer>> find(String kind, String value, Predicate<Customer> holds) {
      List<byte[]> hashes = sealer.lookupHashes(tx.tenant(), kind, value);
      return listWhere(
              "finding customers by " + kind,
              BY_HASH,
              s -> {
                s.setString(2, tx.tenantId());
                s.setString(3, kind);
                s.setBytes(4, hashes.get(0));
                s.setBytes(5, hashes.get(hashes.size() - 1));
              })
          .stream()
          .filter(row -> holds.test(row.value()))
          .toList();
    }

    /** Writes the customer's hashes, first removing the old ones when {@code replace}. */
    static void writeContactHashes(Tx tx, Sealer sealer, Customer customer, boolean replace) {
      String id = customer.id().value();
      if (replace) {
        deleteContactHashes(tx, id);
      }
      Set<Lookup> wanted = new LinkedHashSet<>();
      for (Contact contact : customer.contacts()) {
        contact.phone().ifPresent(p -> wanted.add(new Lookup(PHONE, p.e164())));
        contact.email().ifPresent(e -> wanted.add(new Lookup(EMAIL, e.lookupForm())));
      }
      for (Lookup lookup : wanted) {
        byte[] hash = sealer.lookupHash(tx.tenant(), lookup.kind(), lookup.value());
        tx.update(
            "writing a lookup hash of customer '" + id + "'",
            INSERT_HASH,
            s -> {
              s.setString(1, tx.tenantId());
              s.setString(2, id);
              s.setString(3, lookup.kind());
              s.setBytes(4, hash);
            });
      }
    }

    /** A searchable contact detail: its kind and the form lookups compare. */
    private record Lookup(String kind, String value) {}

    private static void deleteContactHashes(Tx tx, String customerId) {
      tx.update(
          "removing the lookup hashes of customer '" + customerId + "'",
          DELETE_HASHES,
          s -> {
            s.setString(1, tx.tenantId());
            s.setString(2, customerId);
          });
    }
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

    Invoices(Tx tx, Sealer sealer) {
      super(tx, Mappings.INVOICES, sealer, InvoiceId::value);
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

    Payments(Tx tx, Sealer sealer) {
      super(tx, Mappings.PAYMENTS, sealer, PaymentId::value);
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

    Interactions(Tx tx, Sealer sealer) {
      super(tx, Mappings.INTERACTIONS, sealer, InteractionId::value);
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

    Campaigns(Tx tx, Sealer sealer) {
      super(tx, Mappings.CAMPAIGNS, sealer, CampaignId::value);
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

    Executions(Tx tx, Sealer sealer) {
      super(tx, Mappings.EXECUTIONS, sealer, ExecutionId::value);
    }

    @Override
    public List<Versioned<ExecutionRecord>> byCampaign(CampaignId campaign) {
      return listWhere(
          "listing a campaign's executions", BY_CAMPAIGN, s -> s.setString(2, campaign.value()));
    }
  }
}
