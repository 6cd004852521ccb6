package dev.samvad.channel;

import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.TenantId;
import java.util.List;

/** Sample messages for the tests. */
final class Messages {
  static final TenantId TENANT = new TenantId("acme");
  static final CustomerId CUSTOMER = new CustomerId("cust-1");

  private Messages() {}

  static OutboundMessage email(String execution) {
    return OutboundMessage.of(
        TENANT,
        CUSTOMER,
        new ExecutionId(execution),
        Recipient.email("accounts@sharma-traders.in"),
        new MessageContent.Email("Invoice INV-1 due on 5 April", "नमस्ते, ₹1,23,456.00 बाकी है।"));
  }

  static OutboundMessage sms(String execution) {
    return OutboundMessage.of(
        TENANT,
        CUSTOMER,
        new ExecutionId(execution),
        Recipient.phone("98765 43210"),
        new MessageContent.Sms("Invoice INV-1 for Rs 1,23,456.00 is due on 5 April."));
  }

  static OutboundMessage whatsAppTemplate(String execution) {
    return OutboundMessage.of(
        TENANT,
        CUSTOMER,
        new ExecutionId(execution),
        Recipient.phone("+91 98765 43210"),
        new MessageContent.WhatsAppTemplate(
            "payment_reminder_v2", "hi", List.of("शर्मा जी", "INV-1", "₹1,23,456.00")));
  }

  static OutboundMessage any(int index, String execution) {
    return switch (Math.floorMod(index, 3)) {
      case 0 -> email(execution);
      case 1 -> sms(execution);
      default -> whatsAppTemplate(execution);
    };
  }
}
