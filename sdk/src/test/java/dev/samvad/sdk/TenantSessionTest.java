package dev.samvad.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.PaymentId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.api.spi.InMemoryEventSink;
import dev.samvad.api.spi.SteppableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The facade's own guarantees, without the JSON API. */
class TenantSessionTest {
  private static final Instant START = Instant.parse("2025-05-01T04:30:00Z");
  private final SteppableClock clock = SteppableClock.startingAt(START);
  private final InMemoryEventSink events = new InMemoryEventSink();
  private final Samvad samvad = Samvad.builder().clock(clock).eventSink(events).build();
  private final TenantSession acme = samvad.tenant(new TenantId("acme"));

  @AfterEach
  void close() {
    samvad.close();
  }

  @Test
  void defaultsAreIndianTimeAndTheGivenClockIsUsed() {
    try (Samvad defaults = Samvad.builder().build()) {
      assertEquals(ZoneId.of("Asia/Kolkata"), defaults.clock().getZone());
    }
    assertEquals(START, samvad.clock().instant());
  }

  @Test
  void customersListInIdOrderAcrossPages() {
    for (int i = 1500; i > 0; i--) {
      acme.putCustomer(Samples.customer(String.format("C-%05d", i)));
    }
    List<String> ids = acme.customers().stream().map(c -> c.id().value()).toList();
    assertEquals(1500, ids.size());
    assertEquals(ids.stream().sorted().toList(), ids);
  }

  @Test
  void invoiceNeedsItsCustomer() {
    assertThrows(
        NotFoundException.class, () -> acme.putInvoice(Samples.invoice("I-1", "C-1", "A/1", 100)));
    acme.putCustomer(Samples.customer("C-1"));
    acme.putInvoice(Samples.invoice("I-1", "C-1", "A/1", 100));
    acme.putCustomer(Samples.customer("C-2"));
    InvalidInputException moved =
        assertThrows(
            InvalidInputException.class,
            () -> acme.putInvoice(Samples.invoice("I-1", "C-2", "A/1", 100)));
    assertEquals("customerId", moved.field());
  }

  @Test
  void paymentSettlesInvoiceAndPublishesEvents() {
    acme.putCustomer(Samples.customer("C-1"));
    acme.putInvoice(Samples.invoice("I-1", "C-1", "A/1", 1000));
    acme.recordPayment(payment("P-1", 1000));
    assertEquals(InvoiceStatus.PAID, acme.invoices(new CustomerId("C-1")).get(0).status());
    assertEquals(
        List.of("payment.recorded", "invoice.paid"),
        events.events(acme.tenantId()).stream().map(e -> e.type()).toList());
    InvalidInputException settled =
        assertThrows(InvalidInputException.class, () -> acme.recordPayment(payment("P-2", 1)));
    assertEquals("allocations[0].invoiceId", settled.field());
    ConflictException again =
        assertThrows(ConflictException.class, () -> acme.recordPayment(payment("P-1", 1000)));
    assertEquals(ErrorCode.ALREADY_EXISTS, again.code());
  }

  @Test
  void concurrentPaymentsNeverOverpayAnInvoice() throws Exception {
    acme.putCustomer(Samples.customer("C-1"));
    acme.putInvoice(Samples.invoice("I-1", "C-1", "A/1", 500));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "P-" + i;
        attempts.add(
            pool.submit(
                () -> {
                  try {
                    samvad.tenant(new TenantId("acme")).recordPayment(payment(id, 100));
                    return true;
                  } catch (InvalidInputException fullyPaid) {
                    return false;
                  }
                }));
      }
      int accepted = 0;
      for (Future<Boolean> attempt : attempts) {
        accepted += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(5, accepted);
    } finally {
      pool.shutdownNow();
    }
    Invoice invoice = acme.invoices(new CustomerId("C-1")).get(0);
    assertTrue(invoice.outstanding().isZero());
    assertEquals(InvoiceStatus.PAID, invoice.status());
    assertEquals(5, acme.payments(new CustomerId("C-1")).size());
  }

  @Test
  void interactionsAreReadByTimeRange() {
    acme.putCustomer(Samples.customer("C-1"));
    for (int i = 0; i < 5; i++) {
      acme.recordInteraction(interaction("M-" + i, START.plus(Duration.ofHours(i))));
    }
    List<Interaction> middle =
        acme.interactions(
            new CustomerId("C-1"),
            START.plus(Duration.ofHours(1)),
            START.plus(Duration.ofHours(3)));
    assertEquals(List.of("M-1", "M-2"), middle.stream().map(m -> m.id().value()).toList());
    assertThrows(
        InvalidInputException.class,
        () -> acme.interactions(new CustomerId("C-1"), START, START.minusSeconds(1)));
  }

  @Test
  void closedSamvadRefusesSessions() {
    samvad.close();
    samvad.close();
    assertThrows(IllegalStateException.class, () -> samvad.tenant(new TenantId("acme")));
  }

  @Test
  void builderRejectsBadSettings() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Samvad.builder().maxRequestBytes(0));
    assertEquals("maxRequestBytes", e.field());
    assertTrue(acme.customers().isEmpty());
  }

  private static ImmutablePayment payment(String id, long rupees) {
    return ImmutablePayment.builder()
        .id(new PaymentId(id))
        .customerId(new CustomerId("C-1"))
        .amount(Money.ofRupees(rupees))
        .receivedOn(LocalDate.of(2025, 5, 2))
        .mode(PaymentMode.UPI)
        .addAllocations(
            ImmutablePaymentAllocation.builder()
                .invoiceId(new InvoiceId("I-1"))
                .amount(Money.ofRupees(rupees))
                .build())
        .build();
  }

  private static Interaction interaction(String id, Instant at) {
    return ImmutableInteraction.builder()
        .id(new InteractionId(id))
        .customerId(new CustomerId("C-1"))
        .channel(ChannelKind.EMAIL)
        .direction(Direction.OUTBOUND)
        .text("Reminder")
        .occurredAt(at)
        .build();
  }
}
