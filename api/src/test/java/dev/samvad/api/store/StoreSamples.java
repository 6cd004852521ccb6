package dev.samvad.api.store;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.Gstin;
import dev.samvad.api.IndianState;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.PinCode;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableAddress;
import dev.samvad.api.model.ImmutableContact;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Sample values for store tests: complete, valid values of every stored type, filled in the way
 * real data is (Unicode text, optional attributes present, nested contacts and allocations) so a
 * store that drops or mangles anything fails the equality checks of {@link StoreContract}.
 *
 * <p>Instants are whole milliseconds: a store need not keep more precision than PostgreSQL's
 * microseconds, and the samples do not ask it to.
 */
public final class StoreSamples {

  /** A fixed instant the contract's times are measured from. */
  public static final Instant T0 = Instant.parse("2025-04-01T04:30:00Z");

  /** The issue date of sample invoices: in financial year 2025 (April 2025 to March 2026). */
  public static final LocalDate ISSUED = LocalDate.of(2025, 5, 10);

  private StoreSamples() {}

  /** A tenant id. */
  public static TenantId tenant(String id) {
    return new TenantId(id);
  }

  /** A customer with every optional attribute filled in. */
  public static Customer customer(String id) {
    return customer(id, "Shree Sai Textiles " + id);
  }

  /** A customer with the given legal name. */
  public static Customer customer(String id, String legalName) {
    return ImmutableCustomer.builder()
        .id(new CustomerId(id))
        .legalName(legalName)
        .tradeName("Sai Textiles")
        .gstin(new Gstin("27AAPFU0939F1ZV"))
        .address(
            ImmutableAddress.builder()
                .line1("Plot 14, MIDC Bhosari")
                .line2("Near Telco Road")
                .city("Pune")
                .state(IndianState.MAHARASHTRA)
                .pin(new PinCode("411026"))
                .build())
        .addContacts(
            ImmutableContact.builder()
                .name("Asha Kulkarni")
                .role("accounts")
                .phone(PhoneNumber.parse("98765 43210"))
                .email(new EmailAddress("accounts@saitextiles.example.in"))
                .whatsappOptIn(true)
                .preferredLanguage(LanguageForm.parse("mr"))
                .build(),
            ImmutableContact.builder()
                .name("राजेश पाटील")
                .role("owner")
                .email(new EmailAddress("owner@saitextiles.example.in"))
                .build())
        .statedLanguage(LanguageForm.HINGLISH)
        .businessType("distributor")
        .industry("textiles")
        .size(BusinessSize.SMALL)
        .msmeRegistration("UDYAM-MH-26-0012345")
        .creditPeriodDays(30)
        .build();
  }

  /** An invoice of ₹11,800 (₹1,800 tax) issued on {@code issued}, due 30 days later. */
  public static Invoice invoice(String id, String customerId, String number, LocalDate issued) {
    return ImmutableInvoice.builder()
        .id(new InvoiceId(id))
        .customerId(new CustomerId(customerId))
        .number(new InvoiceNumber(number))
        .issueDate(issued)
        .dueDate(issued.plusDays(30))
        .amount(Money.ofRupees(11_800))
        .tax(Money.ofRupees(1_800))
        .outstanding(Money.parseRupees("11,799.50"))
        .build();
  }

  /** An invoice for {@code id} with a number derived from the id, issued on {@link #ISSUED}. */
  public static Invoice invoice(String id, String customerId) {
    return invoice(id, customerId, numberFor(id), ISSUED);
  }

  /**
   * A printed invoice number derived from an id (the id itself may hold characters or a length that
   * invoice numbers do not allow).
   */
  public static String numberFor(String id) {
    return "INV/" + Integer.toHexString(id.hashCode()).toUpperCase(java.util.Locale.ROOT);
  }

  /** A UPI payment of ₹5,000 received on {@code receivedOn}, ₹1,000 of it allocated. */
  public static Payment payment(String id, String customerId, LocalDate receivedOn) {
    return ImmutablePayment.builder()
        .id(new PaymentId(id))
        .customerId(new CustomerId(customerId))
        .amount(Money.ofRupees(5_000))
        .receivedOn(receivedOn)
        .mode(PaymentMode.UPI)
        .reference("UPI412345678901")
        .addAllocations(
            ImmutablePaymentAllocation.builder()
                .invoiceId(new InvoiceId("inv-1"))
                .amount(Money.ofRupees(1_000))
                .build())
        .build();
  }

  /** An inbound WhatsApp reply in Hinglish (Devanagari and Latin mixed, with an emoji). */
  public static Interaction interaction(String id, String customerId, Instant occurredAt) {
    return ImmutableInteraction.builder()
        .id(new InteractionId(id))
        .customerId(new CustomerId(customerId))
        .channel(ChannelKind.WHATSAPP)
        .direction(Direction.INBOUND)
        .text("नमस्ते sir, payment kal tak ho jayega 🙏 UTR bhej denge")
        .language(LanguageForm.HINGLISH)
        .occurredAt(occurredAt)
        .recordedAt(occurredAt.plusMillis(1_250))
        .campaignId(new CampaignId("camp-1"))
        .build();
  }

  /** A profile document; {@code revision} varies the content. */
  public static ProfileDocument profile(String customerId, int revision) {
    return new ProfileDocument(
        new CustomerId(customerId),
        "{\"region\":\"WEST\",\"language\":\"mr\",\"revision\":"
            + revision
            + ",\"note\":\"मराठी\"}",
        1 + revision,
        T0.plusSeconds(revision));
  }

  /** A payment follow-up campaign for the customer. */
  public static CampaignRecord campaign(String id, String customerId, Instant createdAt) {
    return new CampaignRecord(
        new CampaignId(id),
        new CustomerId(customerId),
        "Follow-up " + id,
        "PAYMENT_FOLLOW_UP",
        "ACTIVE",
        "{\"state\":\"REMINDER_1\",\"attempts\":[]}",
        createdAt);
  }

  /** A queued WhatsApp execution of the campaign. */
  public static ExecutionRecord execution(
      String id, String campaignId, String customerId, Instant createdAt) {
    return new ExecutionRecord(
        new ExecutionId(id),
        new CampaignId(campaignId),
        new CustomerId(customerId),
        ChannelKind.WHATSAPP,
        "QUEUED",
        "{\"template\":\"reminder_hi\",\"receipts\":[]}",
        createdAt);
  }
}
