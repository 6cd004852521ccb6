package dev.samvad.sdk;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableCustomer;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.channel.Channel;
import dev.samvad.culture.UpiPayee;
import java.time.LocalDate;

/** Small valid values and bodies for the tests. */
final class Samples {
  static final String GSTIN = "27AAPFU0939F1Z" + Gstin.checkCharacter("27AAPFU0939F1Z");

  private Samples() {}

  /**
   * A builder ready to run campaigns: the clock, no hold-out, Acme's seller name and UPI payee, and
   * {@code channel} for every channel kind.
   */
  static Samvad.Builder campaignReady(SteppableClock clock, Channel channel) {
    Samvad.Builder b =
        Samvad.builder()
            .clock(clock)
            .holdOutShare(0)
            .collectionSettings(
                t ->
                    CollectionSettings.of(
                        "Acme Supplies", new UpiPayee("acme@okbank", "Acme Supplies")));
    for (ChannelKind kind : ChannelKind.values()) {
      b.channel(kind, channel);
    }
    return b;
  }

  static Customer customer(String id) {
    return ImmutableCustomer.builder()
        .id(new CustomerId(id))
        .legalName("Shree Ganesh Traders Pvt Ltd")
        .build();
  }

  static Invoice invoice(String id, String customer, String number, long rupees) {
    return ImmutableInvoice.builder()
        .id(new InvoiceId(id))
        .customerId(new CustomerId(customer))
        .number(new InvoiceNumber(number))
        .issueDate(LocalDate.of(2025, 4, 10))
        .dueDate(LocalDate.of(2025, 5, 10))
        .amount(Money.ofRupees(rupees))
        .tax(Money.ofRupees(rupees * 18 / 118))
        .build();
  }

  /** A full customer document as a host would PUT it. */
  static String customerJson(String id) {
    return """
        {
          "id": "%s",
          "legalName": "Shree Ganesh Traders Pvt Ltd",
          "tradeName": "Ganesh Traders",
          "gstin": "%s",
          "address": {"line1": "12 Mangaldas Market", "city": "Mumbai", "pin": "400002"},
          "contacts": [
            {"name": "Accounts desk", "role": "accounts", "phone": "+91 98200 12345",
             "email": "accounts@ganeshtraders.in", "whatsappOptIn": true}
          ],
          "statedLanguage": "mr",
          "businessType": "trader",
          "industry": "textiles",
          "size": "SMALL",
          "creditPeriodDays": 30
        }
        """
        .formatted(id, GSTIN);
  }

  static String invoiceJson(String id, String customer, String number, long rupees) {
    return """
        {"id": "%s", "customerId": "%s", "number": "%s",
         "issueDate": "2025-04-10", "dueDate": "2025-05-10",
         "amount": {"paise": %d00}, "tax": {"paise": 0}}
        """
        .formatted(id, customer, number, rupees);
  }

  static String paymentJson(String id, String customer, String invoice, long rupees) {
    return """
        {"id": "%s", "customerId": "%s", "amount": {"paise": %d00},
         "receivedOn": "2025-05-02", "mode": "UPI", "reference": "UPI4021887766",
         "allocations": [{"invoiceId": "%s", "amount": {"paise": %d00}}]}
        """
        .formatted(id, customer, rupees, invoice, rupees);
  }

  /** The brief's example body for cultural analysis, with realistic values. */
  static String culturalAnalysisJson(String tenant) {
    return """
        {
          "tenantId": "%s",
          "customerId": "C-104",
          "customerData": {
            "location": "Pune, Maharashtra",
            "language": "mr",
            "businessType": "trader",
            "industrySegment": "textiles"
          },
          "communicationHistory": [
            {"channel": "WHATSAPP", "content": "Invoice INV-2025-104 is due on 10 May",
             "response": "payment next week ji", "timestamp": "2025-05-01T10:15:00+05:30"}
          ],
          "behavioralData": {
            "responsePatterns": ["replies in the evening"],
            "preferredChannels": ["WHATSAPP", "EMAIL"],
            "timePreferences": ["18:00-20:00"]
          }
        }
        """
        .formatted(tenant);
  }
}
