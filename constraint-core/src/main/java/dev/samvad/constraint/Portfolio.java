package dev.samvad.constraint;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.constraint.internal.PortfolioData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine analyses, as of one date, held as primitive columns so that millions of
 * rows scan in a single cache-friendly pass. Build with {@link #builder(LocalDate)}.
 *
 * <p>Rows refer to each other by id, and a referenced row must be added first: customers, then
 * their invoices, then payments, executions and tasks about those invoices. Ids are resolved once
 * when a row is added; the analysis itself never looks anything up by string. Facts dated after the
 * analysis date are ignored by the analysis.
 *
 * <p>A built portfolio is immutable and safe to share between threads.
 */
public final class Portfolio {
  private final PortfolioData data;
  private final ZoneId zone;

  private Portfolio(PortfolioData data, ZoneId zone) {
    this.data = data;
    this.zone = zone;
  }

  /** A builder for a portfolio as of {@code asOf}, in {@code Asia/Kolkata} time. */
  public static Builder builder(LocalDate asOf) {
    return new Builder(InvalidInputException.require(asOf, "asOf"), ZoneId.of("Asia/Kolkata"));
  }

  /** The analysis date: balances are as at the end of this day. */
  public LocalDate asOf() {
    return LocalDate.ofEpochDay(data.asOfDay);
  }

  /** The zone that turns instants into days and send hours. */
  public ZoneId zone() {
    return zone;
  }

  /** Number of invoices. */
  public int invoiceCount() {
    return data.invoices;
  }

  /** Number of executions. */
  public int executionCount() {
    return data.executions;
  }

  /** Number of customers. */
  public int customerCount() {
    return data.customers;
  }

  PortfolioData data() {
    return data;
  }

  /**
   * Collects facts into columns. Not thread-safe; each {@code add} validates its row and throws
   * {@link InvalidInputException} naming the field when it is wrong or refers to an unknown row.
   */
  public static final class Builder {
    private final LocalDate asOf;
    private ZoneId zone;
    private int offsetMinutes;
    private final PortfolioData.Columns columns = new PortfolioData.Columns();
    private final Map<CustomerId, Integer> customers = new HashMap<>();
    private final Map<InvoiceId, Integer> invoices = new HashMap<>();
    private final Map<String, Integer> playbooks = new HashMap<>();
    private final List<String> playbookNames = new ArrayList<>();
    private Currency currency = Money.INR;
    private boolean currencyFixed;

    private Builder(LocalDate asOf, ZoneId zone) {
      this.asOf = asOf;
      zone(zone);
    }

    /**
     * The zone in which instants become days and send hours; default {@code Asia/Kolkata}. The
     * zone's offset on the analysis date is used for all instants (India keeps no daylight time).
     */
    public Builder zone(ZoneId zone) {
      this.zone = InvalidInputException.require(zone, "zone");
      this.offsetMinutes =
          zone.getRules().getOffset(asOf.atStartOfDay(zone).toInstant()).getTotalSeconds() / 60;
      return this;
    }

    /** Adds a customer; adding the same id twice is an error. */
    public Builder customer(CustomerId id, CustomerSegment segment) {
      InvalidInputException.require(id, "customerId");
      InvalidInputException.require(segment, "segment");
      if (customers.containsKey(id)) {
        throw new InvalidInputException("customerId", "added twice: " + id.value());
      }
      Integer playbook = playbooks.get(segment.playbook());
      if (playbook == null) {
        playbook = playbookNames.size();
        playbooks.put(segment.playbook(), playbook);
        playbookNames.add(segment.playbook());
      }
      int row =
          columns.addCustomer(
              id,
              segment.region().ordinal(),
              segment.language().ordinal(),
              segment.size().ordinal(),
              playbook,
              segment.holdOut() == HoldOutFlag.HOLD_OUT);
      customers.put(id, row);
      return this;
    }

    /** Adds an invoice of a customer added before; adding the same id twice is an error. */
    public Builder invoice(InvoiceFact invoice) {
      InvalidInputException.require(invoice, "invoice");
      Integer customer = customers.get(invoice.customerId());
      if (customer == null) {
        throw new InvalidInputException(
            "invoice.customerId", "unknown customer " + invoice.customerId().value());
      }
      if (invoices.containsKey(invoice.id())) {
        throw new InvalidInputException("invoice.id", "added twice: " + invoice.id().value());
      }
      checkCurrency(invoice.amount(), "invoice.amount");
      int row =
          columns.addInvoice(
              invoice.id(),
              customer,
              (int) invoice.issueDate().toEpochDay(),
              (int) invoice.dueDate().toEpochDay(),
              invoice.amount().paise(),
              invoice.outstanding().paise(),
              invoice.status().ordinal());
      invoices.put(invoice.id(), row);
      return this;
    }

    /** Adds an api invoice. */
    public Builder invoice(Invoice invoice) {
      return invoice(InvoiceFact.of(invoice));
    }

    /** Adds money received against an invoice added before. */
    public Builder payment(PaymentFact payment) {
      InvalidInputException.require(payment, "payment");
      int invoice = invoiceRow(payment.invoiceId(), "payment.invoiceId");
      checkCurrency(payment.amount(), "payment.amount");
      columns.addPayment(
          invoice, (int) payment.receivedOn().toEpochDay(), payment.amount().paise());
      return this;
    }

    /** Adds every allocation of an api payment; unallocated credit is left out. */
    public Builder payment(Payment payment) {
      for (PaymentFact fact : PaymentFact.of(payment)) {
        payment(fact);
      }
      return this;
    }

    /** Adds a message execution about an invoice added before. */
    public Builder execution(ExecutionFact e) {
      InvalidInputException.require(e, "execution");
      int invoice = invoiceRow(e.invoiceId(), "execution.invoiceId");
      columns.addExecution(
          invoice,
          e.channel().ordinal(),
          minute(e.queuedAt()),
          minute(e.sentAt()),
          minute(e.deliveredAt()),
          minute(e.readAt()),
          e.failure().map(Enum::ordinal).orElse(-1),
          e.reply().ordinal(),
          minute(e.repliedAt()),
          e.promisedFor().map(d -> (int) d.toEpochDay()).orElse(PortfolioData.NONE));
      return this;
    }

    /** Adds a human task about an invoice added before. */
    public Builder task(TaskFact t) {
      InvalidInputException.require(t, "task");
      int invoice = invoiceRow(t.invoiceId(), "task.invoiceId");
      columns.addTask(
          invoice,
          t.kind().ordinal(),
          minute(t.createdAt()),
          minute(t.claimedAt()),
          minute(t.completedAt()));
      return this;
    }

    /** The portfolio; the builder may be discarded afterwards. */
    public Portfolio build() {
      return new Portfolio(
          new PortfolioData(
              (int) asOf.toEpochDay(),
              offsetMinutes,
              currency,
              columns,
              playbookNames.toArray(String[]::new)),
          zone);
    }

    private int invoiceRow(InvoiceId id, String field) {
      InvalidInputException.require(id, field);
      Integer row = invoices.get(id);
      if (row == null) {
        throw new InvalidInputException(field, "unknown invoice " + id.value());
      }
      return row;
    }

    private void checkCurrency(Money money, String field) {
      if (!currencyFixed) {
        currency = money.currency();
        currencyFixed = true;
      } else if (!currency.equals(money.currency())) {
        throw new InvalidInputException(
            field, "is in " + money.currency() + " but the portfolio is in " + currency);
      }
    }

    private static int minute(Instant instant) {
      return Math.toIntExact(Math.floorDiv(instant.getEpochSecond(), 60L));
    }

    private static int minute(Optional<Instant> instant) {
      return instant.isPresent() ? minute(instant.get()) : PortfolioData.NONE;
    }
  }
}
