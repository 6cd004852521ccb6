package dev.samvad.api.model;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static dev.samvad.api.InvalidInputAssertions.assertMissing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.PinCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Model values validate themselves when built: a missing required attribute is {@code
 * MISSING_FIELD} naming it, a bad value is {@code INVALID_INPUT} naming its field.
 */
class ModelValuesTest {

  private static final LocalDate ISSUED = LocalDate.of(2025, 5, 10);
  private static final Instant AT = Instant.parse("2025-05-10T06:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");

  /**
   * For each required attribute in {@code setters}, builds with every other one set and asserts the
   * build fails naming the one left out; then builds with all of them.
   */
  private static <B> void eachRequiredAttributeIsNamedWhenMissing(
      Supplier<B> newBuilder, Map<String, Consumer<B>> setters, Function<B, ?> build) {
    for (String missing : setters.keySet()) {
      B builder = newBuilder.get();
      setters.forEach(
          (name, set) -> {
            if (!name.equals(missing)) {
              set.accept(builder);
            }
          });
      assertMissing(missing, () -> build.apply(builder));
    }
    B complete = newBuilder.get();
    setters.values().forEach(set -> set.accept(complete));
    build.apply(complete);
  }

  // ---------------------------------------------------------------- required attributes

  @Test
  void customerNamesItsMissingAttributes() {
    Map<String, Consumer<ImmutableCustomer.Builder>> setters = new LinkedHashMap<>();
    setters.put("id", b -> b.id(new CustomerId("C-1")));
    setters.put("legalName", b -> b.legalName("Shree Sai Textiles"));
    eachRequiredAttributeIsNamedWhenMissing(
        ImmutableCustomer::builder, setters, ImmutableCustomer.Builder::build);
  }

  @Test
  void contactAndAddressNameTheirMissingAttributes() {
    Map<String, Consumer<ImmutableContact.Builder>> contact = new LinkedHashMap<>();
    contact.put("name", b -> b.name("Asha").email(new EmailAddress("a@example.in")));
    eachRequiredAttributeIsNamedWhenMissing(
        ImmutableContact::builder, contact, ImmutableContact.Builder::build);

    Map<String, Consumer<ImmutableAddress.Builder>> address = new LinkedHashMap<>();
    address.put("line1", b -> b.line1("Plot 14"));
    address.put("city", b -> b.city("Pune"));
    address.put("pin", b -> b.pin(new PinCode("411026")));
    eachRequiredAttributeIsNamedWhenMissing(
        ImmutableAddress::builder, address, ImmutableAddress.Builder::build);
  }

  @Test
  void invoiceNamesItsMissingAttributes() {
    Map<String, Consumer<ImmutableInvoice.Builder>> setters = new LinkedHashMap<>();
    setters.put("id", b -> b.id(new InvoiceId("I-1")));
    setters.put("customerId", b -> b.customerId(new CustomerId("C-1")));
    setters.put("number", b -> b.number(new InvoiceNumber("INV/1")));
    setters.put("issueDate", b -> b.issueDate(ISSUED));
    setters.put("dueDate", b -> b.dueDate(ISSUED.plusDays(30)));
    setters.put("amount", b -> b.amount(Money.ofRupees(118)));
    setters.put("tax", b -> b.tax(Money.ofRupees(18)));
    eachRequiredAttributeIsNamedWhenMissing(
        ImmutableInvoice::builder, setters, ImmutableInvoice.Builder::build);
  }

  @Test
  void paymentAndAllocationNameTheirMissingAttributes() {
    Map<String, Consumer<ImmutablePayment.Builder>> setters = new LinkedHashMap<>();
    setters.put("id", b -> b.id(new PaymentId("P-1")));
    setters.put("customerId", b -> b.customerId(new CustomerId("C-1")));
    setters.put("amount", b -> b.amount(Money.ofRupees(100)));
    setters.put("receivedOn", b -> b.receivedOn(ISSUED));
    setters.put("mode", b -> b.mode(PaymentMode.NEFT));
    eachRequiredAttributeIsNamedWhenMissing(
        ImmutablePayment::builder, setters, ImmutablePayment.Builder::build);

    Map<String, Consumer<ImmutablePaymentAllocation.Builder>> allocation = new LinkedHashMap<>();
    allocation.put("invoiceId", b -> b.invoiceId(new InvoiceId("I-1")));
    allocation.put("amount", b -> b.amount(Money.ofRupees(10)));
    eachRequiredAttributeIsNamedWhenMissing(
        ImmutablePaymentAllocation::builder, allocation, ImmutablePaymentAllocation.Builder::build);
  }

  @Test
  void interactionNamesItsMissingAttributes() {
    Map<String, Consumer<ImmutableInteraction.Builder>> setters = new LinkedHashMap<>();
    setters.put("id", b -> b.id(new InteractionId("M-1")));
    setters.put("customerId", b -> b.customerId(new CustomerId("C-1")));
    setters.put("channel", b -> b.channel(ChannelKind.SMS));
    setters.put("direction", b -> b.direction(Direction.OUTBOUND));
    setters.put("occurredAt", b -> b.occurredAt(AT));
    eachRequiredAttributeIsNamedWhenMissing(
        ImmutableInteraction::builder, setters, ImmutableInteraction.Builder::build);
  }

  @Test
  void nullForAnAttributeNamesIt() {
    assertMissing("legalName", () -> ImmutableCustomer.builder().legalName(null));
    assertMissing("gstin", () -> ImmutableCustomer.builder().gstin((dev.samvad.api.Gstin) null));
    assertMissing("amount", () -> ImmutableInvoice.builder().amount(null));
  }

  // ---------------------------------------------------------------- bad values

  private static ImmutableCustomer.Builder customer() {
    return ImmutableCustomer.builder().id(new CustomerId("C-1")).legalName("Shree Sai Textiles");
  }

  @Test
  void customerNamesTheFieldOfABadValue() {
    assertInvalid("legalName", () -> customer().legalName("   ").build());
    assertInvalid("legalName", () -> customer().legalName("x".repeat(201)).build());
    assertInvalid("legalName", () -> customer().legalName("Sai\u0007Textiles").build());
    assertInvalid("tradeName", () -> customer().tradeName("").build());
    assertInvalid("businessType", () -> customer().businessType("b".repeat(61)).build());
    assertInvalid("industry", () -> customer().industry(" ").build());
    assertInvalid("msmeRegistration", () -> customer().msmeRegistration("UDYAM-MH-1").build());
    assertInvalid(
        "msmeRegistration", () -> customer().msmeRegistration("udyam-mh-26-0012345").build());
    assertInvalid("creditPeriodDays", () -> customer().creditPeriodDays(-1).build());
    assertInvalid("creditPeriodDays", () -> customer().creditPeriodDays(366).build());
    Contact contact =
        ImmutableContact.builder().name("Asha").email(new EmailAddress("a@example.in")).build();
    ImmutableCustomer.Builder crowded = customer();
    for (int i = 0; i < 51; i++) {
      crowded.addContacts(contact);
    }
    assertInvalid("contacts", crowded::build);
    // The limits themselves are fine.
    customer()
        .legalName("x".repeat(200))
        .legalName("Line one\nLine two")
        .creditPeriodDays(0)
        .creditPeriodDays(365)
        .msmeRegistration("UDYAM-MH-26-0012345")
        .build();
  }

  @Test
  void customerDisplayNamePrefersTheTradeName() {
    assertEquals("Shree Sai Textiles", customer().build().displayName());
    assertEquals("Sai Textiles", customer().tradeName("Sai Textiles").build().displayName());
  }

  @Test
  void contactAndAddressNameTheFieldOfABadValue() {
    assertInvalid("phone", () -> ImmutableContact.builder().name("Asha").build());
    assertInvalid(
        "whatsappOptIn",
        () ->
            ImmutableContact.builder()
                .name("Asha")
                .email(new EmailAddress("a@example.in"))
                .whatsappOptIn(true)
                .build());
    assertInvalid(
        "name",
        () -> ImmutableContact.builder().name(" ").phone(PhoneNumber.parse("9876543210")).build());
    assertInvalid(
        "role",
        () ->
            ImmutableContact.builder()
                .name("Asha")
                .role("r".repeat(61))
                .phone(PhoneNumber.parse("9876543210"))
                .build());
    ImmutableAddress.Builder address =
        ImmutableAddress.builder().line1("Plot 14").city("Pune").pin(new PinCode("411026"));
    assertInvalid(
        "line1", () -> ImmutableAddress.builder().from(address.build()).line1("").build());
    assertInvalid(
        "line2", () -> ImmutableAddress.builder().from(address.build()).line2("\u0000").build());
    assertInvalid(
        "city",
        () -> ImmutableAddress.builder().from(address.build()).city("c".repeat(101)).build());
  }

  private static ImmutableInvoice.Builder invoice() {
    return ImmutableInvoice.builder()
        .id(new InvoiceId("I-1"))
        .customerId(new CustomerId("C-1"))
        .number(new InvoiceNumber("INV/1"))
        .issueDate(ISSUED)
        .dueDate(ISSUED.plusDays(30))
        .amount(Money.ofRupees(118))
        .tax(Money.ofRupees(18));
  }

  @Test
  void invoiceRules() {
    assertInvalid("dueDate", () -> invoice().dueDate(ISSUED.minusDays(1)).build());
    invoice().dueDate(ISSUED).build();
    assertInvalid("amount", () -> invoice().amount(Money.ZERO).tax(Money.ZERO).build());
    assertInvalid("amount", () -> invoice().amount(Money.ofRupees(-5)).tax(Money.ZERO).build());
    assertInvalid("tax", () -> invoice().tax(Money.ofRupees(-1)).build());
    assertInvalid("tax", () -> invoice().tax(Money.ofRupees(119)).build());
    assertInvalid("outstanding", () -> invoice().outstanding(Money.ofPaise(-1)).build());
    assertInvalid("outstanding", () -> invoice().outstanding(Money.ofPaise(11801)).build());
    invoice().tax(Money.ZERO).outstanding(Money.ZERO).build();
    invoice().tax(Money.ofRupees(118)).outstanding(Money.ofRupees(118)).build();
  }

  @Test
  void invoiceTaxOrOutstandingInAnotherCurrencyNamesThatField() {
    // The Javadoc: the tax and the outstanding amount are "in the same currency" as the amount.
    // The message must say which field is wrong, not only that two currencies met.
    assertInvalid("tax", () -> invoice().tax(new Money(1800, USD)).build());
    assertInvalid("outstanding", () -> invoice().outstanding(new Money(1800, USD)).build());
  }

  @Test
  void invoiceDefaultsAndFinancialYear() {
    Invoice invoice = invoice().build();
    assertEquals(invoice.amount(), invoice.outstanding());
    assertEquals(InvoiceStatus.OPEN, invoice.status());
    assertEquals(DeliveryMode.ELECTRONIC, invoice.deliveryMode());
    assertEquals(2025, invoice.financialYear());
    LocalDate march31 = LocalDate.of(2025, 3, 31);
    assertEquals(2024, invoice().issueDate(march31).dueDate(march31).build().financialYear());
    LocalDate april1 = LocalDate.of(2025, 4, 1);
    assertEquals(2025, invoice().issueDate(april1).dueDate(april1).build().financialYear());
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    assertEquals(2025, invoice().issueDate(jan1).dueDate(jan1).build().financialYear());
  }

  private static ImmutablePayment.Builder payment() {
    return ImmutablePayment.builder()
        .id(new PaymentId("P-1"))
        .customerId(new CustomerId("C-1"))
        .amount(Money.ofRupees(100))
        .receivedOn(ISSUED)
        .mode(PaymentMode.UPI);
  }

  private static PaymentAllocation allocation(String invoice, Money amount) {
    return ImmutablePaymentAllocation.builder()
        .invoiceId(new InvoiceId(invoice))
        .amount(amount)
        .build();
  }

  @Test
  void paymentRules() {
    assertInvalid("amount", () -> payment().amount(Money.ZERO).build());
    assertInvalid("reference", () -> payment().reference("123").build());
    assertInvalid("reference", () -> payment().reference("R".repeat(36)).build());
    assertInvalid("reference", () -> payment().reference("UTR-1234").build());
    assertInvalid("reference", () -> payment().reference("१२३४५६").build());
    payment().reference("1234").build();
    payment().reference("SBIN0123456789012345678901234567890".substring(0, 35)).build();
    assertInvalid("amount", () -> allocation("I-1", Money.ZERO));
  }

  @Test
  void paymentAllocationsMayNotExceedTheAmount() {
    Payment exact =
        payment()
            .addAllocations(allocation("I-1", Money.ofRupees(60)))
            .addAllocations(allocation("I-2", Money.ofRupees(40)))
            .build();
    assertEquals(Money.ZERO, exact.unallocated());
    Payment partial = payment().addAllocations(allocation("I-1", Money.ofRupees(60))).build();
    assertEquals(Money.ofRupees(40), partial.unallocated());
    assertInvalid(
        "allocations",
        () ->
            payment()
                .addAllocations(allocation("I-1", Money.ofRupees(60)))
                .addAllocations(allocation("I-2", Money.ofPaise(40_01)))
                .build());
    assertInvalid(
        "allocations[1].amount",
        () ->
            payment()
                .addAllocations(allocation("I-1", Money.ofRupees(60)))
                .addAllocations(allocation("I-2", new Money(100, USD)))
                .build());
  }

  @Test
  void interactionRules() {
    ImmutableInteraction.Builder base =
        ImmutableInteraction.builder()
            .id(new InteractionId("M-1"))
            .customerId(new CustomerId("C-1"))
            .channel(ChannelKind.WHATSAPP)
            .direction(Direction.INBOUND)
            .occurredAt(AT);
    Interaction call = base.build();
    assertEquals("", call.text());
    assertInvalid(
        "text",
        () ->
            ImmutableInteraction.builder()
                .from(call)
                .text("x".repeat(Interaction.MAX_TEXT + 1))
                .build());
    ImmutableInteraction.builder().from(call).text("x".repeat(Interaction.MAX_TEXT)).build();
    assertInvalid(
        "recordedAt",
        () -> ImmutableInteraction.builder().from(call).recordedAt(AT.minusMillis(1)).build());
    ImmutableInteraction.builder()
        .from(call)
        .recordedAt(AT)
        .campaignId(new CampaignId("camp-1"))
        .build();
  }
}
