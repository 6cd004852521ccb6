package dev.samvad.relationship;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.model.DeliveryMode;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Small constructors for hand-built histories whose right answers are known. */
final class Histories {
  static final CustomerId C = new CustomerId("cust-1");
  static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
  private static int seq;

  private Histories() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Instant at(String isoLocalDateTime) {
    return LocalDateTime.parse(isoLocalDateTime).toInstant(IST);
  }

  static Instant endOf(String isoDate) {
    return LocalDate.parse(isoDate).atTime(23, 59).toInstant(IST);
  }

  static Invoice invoice(
      String id, LocalDate issue, LocalDate due, long rupees, InvoiceStatus status) {
    return invoice(id, issue, due, rupees, status, DeliveryMode.ELECTRONIC);
  }

  static Invoice invoice(
      String id,
      LocalDate issue,
      LocalDate due,
      long rupees,
      InvoiceStatus status,
      DeliveryMode mode) {
    return ImmutableInvoice.builder()
        .id(new InvoiceId(id))
        .customerId(C)
        .number(new InvoiceNumber(id.length() > 16 ? id.substring(0, 16) : id))
        .issueDate(issue)
        .dueDate(due)
        .amount(Money.ofRupees(rupees))
        .tax(Money.ofRupees(0))
        .status(status)
        .deliveryMode(mode)
        .build();
  }

  static Payment payment(LocalDate on, long rupees, String invoiceId) {
    return ImmutablePayment.builder()
        .id(new PaymentId("p" + (++seq)))
        .customerId(C)
        .amount(Money.ofRupees(rupees))
        .receivedOn(on)
        .mode(PaymentMode.NEFT)
        .addAllocations(
            ImmutablePaymentAllocation.builder()
                .invoiceId(new InvoiceId(invoiceId))
                .amount(Money.ofRupees(rupees))
                .build())
        .build();
  }

  static Interaction out(ChannelKind channel, Instant when) {
    return message(channel, Direction.OUTBOUND, when);
  }

  static Interaction in(ChannelKind channel, Instant when) {
    return message(channel, Direction.INBOUND, when);
  }

  private static Interaction message(ChannelKind channel, Direction direction, Instant when) {
    return ImmutableInteraction.builder()
        .id(new InteractionId("m" + (++seq)))
        .customerId(C)
        .channel(channel)
        .direction(direction)
        .occurredAt(when)
        .build();
  }

  /**
   * An invoice of 10,000 issued on {@code issue}, due 30 days later, paid {@code late} days late.
   */
  static void paidInvoice(CustomerHistory.Builder b, String id, LocalDate issue, int late) {
    LocalDate due = issue.plusDays(30);
    b.invoice(invoice(id, issue, due, 10_000, InvoiceStatus.PAID));
    b.payment(payment(due.plusDays(late), 10_000, id));
  }
}
