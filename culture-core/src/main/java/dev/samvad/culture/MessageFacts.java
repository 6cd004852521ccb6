package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.model.Title;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facts a message states: who writes to whom, about which invoice, for how much, due when.
 * Build with {@link #builder()}.
 *
 * <p>Only {@code sellerName}, {@code customerName} and {@code asOf} are always required; the rest
 * are required by the templates that use them, and rendering a template whose fact is absent fails
 * with {@link InvalidInputException} naming the fact (a festival greeting needs no invoice; a
 * payment reminder needs amount, invoice number, due date and the UPI payee). A message never says
 * "null".
 *
 * <p>Names are free text of at most {@value #MAX_NAME_LENGTH} characters without line breaks or
 * control characters (WhatsApp template variables may not contain them).
 *
 * @param sellerName the seller's business name as the customer knows it
 * @param customerName the customer's business name
 * @param contactName the person addressed, when known; else the salutation uses {@code
 *     customerName}
 * @param title the form of address the contact stated; never inferred from a name
 * @param invoiceNumber the invoice the message is about
 * @param amount the amount asked for (outstanding on the invoice)
 * @param dueDate the day payment was due under the agreed terms
 * @param asOf the day the message speaks for; days overdue are counted up to it
 * @param promiseDate the day the customer promised to pay
 * @param paidAmount the amount received, for a thank-you
 * @param festivalName the festival's name in the message's language
 * @param upi where the pay link sends money
 * @param msme the seller's MSMED Act claim, for firm and final notices
 */
public record MessageFacts(
    String sellerName,
    String customerName,
    Optional<String> contactName,
    Optional<Title> title,
    Optional<InvoiceNumber> invoiceNumber,
    Optional<Money> amount,
    Optional<LocalDate> dueDate,
    LocalDate asOf,
    Optional<LocalDate> promiseDate,
    Optional<Money> paidAmount,
    Optional<String> festivalName,
    Optional<UpiPayee> upi,
    Optional<MsmeClaim> msme) {

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 100;

  /** Validates every fact; throws {@link InvalidInputException} naming the field. */
  public MessageFacts {
    sellerName = checkText(InvalidInputException.require(sellerName, "sellerName"), "sellerName");
    customerName =
        checkText(InvalidInputException.require(customerName, "customerName"), "customerName");
    InvalidInputException.require(asOf, "asOf");
    contactName = InvalidInputException.require(contactName, "contactName");
    contactName = contactName.map(n -> checkText(n, "contactName"));
    festivalName = InvalidInputException.require(festivalName, "festivalName");
    festivalName = festivalName.map(n -> checkText(n, "festivalName"));
    InvalidInputException.require(title, "title");
    InvalidInputException.require(invoiceNumber, "invoiceNumber");
    InvalidInputException.require(amount, "amount");
    InvalidInputException.require(dueDate, "dueDate");
    InvalidInputException.require(promiseDate, "promiseDate");
    InvalidInputException.require(paidAmount, "paidAmount");
    InvalidInputException.require(upi, "upi");
    InvalidInputException.require(msme, "msme");
    amount.ifPresent(a -> positive(a, "amount"));
    paidAmount.ifPresent(a -> positive(a, "paidAmount"));
    if (msme.isPresent() && dueDate.isPresent() && msme.get().acceptedOn().isAfter(dueDate.get())) {
      throw new InvalidInputException(
          "msme.acceptedOn", "must not be after the due date " + dueDate.get());
    }
  }

  /** A builder; {@code sellerName}, {@code customerName} and {@code asOf} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Days from the due date to {@link #asOf()}, never negative; empty without a due date. */
  public Optional<Long> daysOverdue() {
    return dueDate.map(d -> Math.max(0L, java.time.temporal.ChronoUnit.DAYS.between(d, asOf)));
  }

  /** The name the salutation addresses: the contact's, else the customer's business name. */
  public String addresseeName() {
    return contactName.orElse(customerName);
  }

  private static void positive(Money money, String field) {
    if (money.isNegative() || money.isZero()) {
      throw new InvalidInputException(field, "must be above zero, was " + money.format());
    }
  }

  private static String checkText(String text, String field) {
    return checkText(text, field, MAX_NAME_LENGTH);
  }

  static String checkText(String text, String field, int maxLength) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    if (stripped.length() > maxLength) {
      throw new InvalidInputException(
          field, "must be at most " + maxLength + " characters, was " + stripped.length());
    }
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw new InvalidInputException(
            field, "must be one line without control characters; found one at " + i);
      }
      if (c == '{' || c == '}') {
        throw new InvalidInputException(field, "must not contain braces");
      }
    }
    return stripped;
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** Collects facts; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private @Nullable String sellerName;
    private @Nullable String customerName;
    private Optional<String> contactName = Optional.empty();
    private Optional<Title> title = Optional.empty();
    private Optional<InvoiceNumber> invoiceNumber = Optional.empty();
    private Optional<Money> amount = Optional.empty();
    private Optional<LocalDate> dueDate = Optional.empty();
    private @Nullable LocalDate asOf;
    private Optional<LocalDate> promiseDate = Optional.empty();
    private Optional<Money> paidAmount = Optional.empty();
    private Optional<String> festivalName = Optional.empty();
    private Optional<UpiPayee> upi = Optional.empty();
    private Optional<MsmeClaim> msme = Optional.empty();

    private Builder() {}

    /** The seller's business name. */
    public Builder sellerName(String value) {
      this.sellerName = value;
      return this;
    }

    /** The customer's business name. */
    public Builder customerName(String value) {
      this.customerName = value;
      return this;
    }

    /** The person to address. */
    public Builder contactName(String value) {
      this.contactName = Optional.of(InvalidInputException.require(value, "contactName"));
      return this;
    }

    /** The form of address the contact stated. */
    public Builder title(Title value) {
      this.title = Optional.of(InvalidInputException.require(value, "title"));
      return this;
    }

    /** The invoice. */
    public Builder invoiceNumber(InvoiceNumber value) {
      this.invoiceNumber = Optional.of(InvalidInputException.require(value, "invoiceNumber"));
      return this;
    }

    /** The invoice, parsed and validated. */
    public Builder invoiceNumber(String value) {
      return invoiceNumber(
          new InvoiceNumber(InvalidInputException.require(value, "invoiceNumber")));
    }

    /** The amount asked for. */
    public Builder amount(Money value) {
      this.amount = Optional.of(InvalidInputException.require(value, "amount"));
      return this;
    }

    /** The due date. */
    public Builder dueDate(LocalDate value) {
      this.dueDate = Optional.of(InvalidInputException.require(value, "dueDate"));
      return this;
    }

    /** The day the message speaks for. */
    public Builder asOf(LocalDate value) {
      this.asOf = value;
      return this;
    }

    /** The promised payment day. */
    public Builder promiseDate(LocalDate value) {
      this.promiseDate = Optional.of(InvalidInputException.require(value, "promiseDate"));
      return this;
    }

    /** The amount received. */
    public Builder paidAmount(Money value) {
      this.paidAmount = Optional.of(InvalidInputException.require(value, "paidAmount"));
      return this;
    }

    /** The festival's name as the message's language writes it. */
    public Builder festivalName(String value) {
      this.festivalName = Optional.of(InvalidInputException.require(value, "festivalName"));
      return this;
    }

    /** The UPI payee for the pay link. */
    public Builder upi(UpiPayee value) {
      this.upi = Optional.of(InvalidInputException.require(value, "upi"));
      return this;
    }

    /** The UPI payee for the pay link. */
    public Builder upi(String vpa, String payeeName) {
      return upi(new UpiPayee(vpa, payeeName));
    }

    /** The seller's MSMED Act claim. */
    public Builder msme(MsmeClaim value) {
      this.msme = Optional.of(InvalidInputException.require(value, "msme"));
      return this;
    }

    /** Validates and builds. */
    public MessageFacts build() {
      return new MessageFacts(
          sellerName,
          customerName,
          contactName,
          title,
          invoiceNumber,
          amount,
          dueDate,
          asOf,
          promiseDate,
          paidAmount,
          festivalName,
          upi,
          msme);
    }
  }
}
