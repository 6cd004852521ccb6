package dev.samvad.api.store;

import static dev.samvad.api.store.StoreSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.Invoice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The queries beyond id lookup: invoice numbers unique per financial year, and the per-customer and
 * per-campaign listings with their orders and ranges.
 *
 * <p>Part of {@link StoreContract}; subclass that rather than this.
 */
public abstract class QueryContract extends StoreTestSupport {

  private static final CustomerId C1 = new CustomerId("cust-1");
  private static final InvoiceNumber NUMBER = new InvoiceNumber("SSTX/24-25/0042");

  private static <V> Function<Versioned<V>, V> value() {
    return Versioned::value;
  }

  // ---------------------------------------------------------------- invoice numbers

  @Test
  void anInvoiceNumberIsUniqueWithinAFinancialYear() {
    Invoice first =
        StoreSamples.invoice("inv-1", "cust-1", NUMBER.value(), LocalDate.of(2024, 4, 1));
    runA(uow -> uow.invoices().insert(first));
    // 31 March 2025 still belongs to financial year 2024 (April 2024 to March 2025).
    Invoice sameYear =
        StoreSamples.invoice("inv-2", "cust-2", NUMBER.value(), LocalDate.of(2025, 3, 31));
    assertConflict(ErrorCode.ALREADY_EXISTS, () -> runA(uow -> uow.invoices().insert(sameYear)));
    assertEquals(Optional.empty(), inA(uow -> uow.invoices().find(sameYear.id())));
    // 1 April 2025 starts financial year 2025: the same number is allowed again.
    Invoice nextYear =
        StoreSamples.invoice("inv-3", "cust-1", NUMBER.value(), LocalDate.of(2025, 4, 1));
    assertEquals(new Versioned<>(nextYear, 1), inA(uow -> uow.invoices().insert(nextYear)));
    assertEquals(2L, countA(uow -> uow.invoices().count()));
  }

  @Test
  void byNumberFindsTheInvoiceOfThatFinancialYear() {
    Invoice fy2024 =
        StoreSamples.invoice("inv-1", "cust-1", NUMBER.value(), LocalDate.of(2025, 1, 15));
    Invoice fy2025 =
        StoreSamples.invoice("inv-2", "cust-1", NUMBER.value(), LocalDate.of(2025, 6, 15));
    Invoice other = StoreSamples.invoice("inv-3", "cust-1", "SSTX/24-25/0043", fy2024.issueDate());
    runA(
        uow -> {
          uow.invoices().insert(fy2024);
          uow.invoices().insert(fy2025);
          uow.invoices().insert(other);
        });
    assertEquals(
        Optional.of(new Versioned<>(fy2024, 1)), inA(uow -> uow.invoices().byNumber(NUMBER, 2024)));
    assertEquals(
        Optional.of(new Versioned<>(fy2025, 1)), inA(uow -> uow.invoices().byNumber(NUMBER, 2025)));
    assertEquals(Optional.empty(), inA(uow -> uow.invoices().byNumber(NUMBER, 2023)));
    assertEquals(
        Optional.empty(),
        inA(uow -> uow.invoices().byNumber(new InvoiceNumber("SSTX/24-25/0044"), 2024)));
  }

  @Test
  void anUpdateThatWouldDuplicateANumberInItsYearIsAlreadyExists() {
    Invoice a = StoreSamples.invoice("inv-a", "cust-1", "A-1", StoreSamples.ISSUED);
    Invoice b = StoreSamples.invoice("inv-b", "cust-1", "B-1", StoreSamples.ISSUED);
    runA(
        uow -> {
          uow.invoices().insert(a);
          uow.invoices().insert(b);
        });
    Invoice bRenumbered = ImmutableInvoice.copyOf(b).withNumber(a.number());
    assertConflict(
        ErrorCode.ALREADY_EXISTS, () -> runA(uow -> uow.invoices().update(bRenumbered, 1)));
    assertEquals(Optional.of(new Versioned<>(b, 1)), inA(uow -> uow.invoices().find(b.id())));
    assertEquals(
        Optional.of(new Versioned<>(a, 1)),
        inA(uow -> uow.invoices().byNumber(a.number(), a.financialYear())));
  }

  @Test
  void renumberingMovingOrDeletingAnInvoiceFreesItsNumber() {
    Invoice a = StoreSamples.invoice("inv-a", "cust-1", "A-1", StoreSamples.ISSUED);
    Invoice b = StoreSamples.invoice("inv-b", "cust-1", "B-1", StoreSamples.ISSUED);
    Invoice c = StoreSamples.invoice("inv-c", "cust-1", "C-1", StoreSamples.ISSUED);
    runA(
        uow -> {
          uow.invoices().insert(a);
          uow.invoices().insert(b);
          uow.invoices().insert(c);
        });
    int fy = a.financialYear();
    // Renumber a: A-1 is free again, A-2 is taken.
    Invoice aRenumbered = ImmutableInvoice.copyOf(a).withNumber(new InvoiceNumber("A-2"));
    runA(uow -> uow.invoices().update(aRenumbered, 1));
    assertEquals(Optional.empty(), inA(uow -> uow.invoices().byNumber(a.number(), fy)));
    assertEquals(
        Optional.of(new Versioned<>(aRenumbered, 2)),
        inA(uow -> uow.invoices().byNumber(aRenumbered.number(), fy)));
    // Move b into the next financial year: B-1 is free in this one.
    Invoice bMoved =
        ImmutableInvoice.builder()
            .from(b)
            .issueDate(LocalDate.of(2026, 4, 2))
            .dueDate(LocalDate.of(2026, 5, 2))
            .build();
    runA(uow -> uow.invoices().update(bMoved, 1));
    assertEquals(Optional.empty(), inA(uow -> uow.invoices().byNumber(b.number(), fy)));
    assertEquals(
        Optional.of(new Versioned<>(bMoved, 2)),
        inA(uow -> uow.invoices().byNumber(b.number(), fy + 1)));
    // Delete c: C-1 is free.
    runA(uow -> uow.invoices().delete(c.id(), 1));
    assertEquals(Optional.empty(), inA(uow -> uow.invoices().byNumber(c.number(), fy)));
    // All three numbers can now be used again in this year.
    runA(
        uow -> {
          uow.invoices().insert(StoreSamples.invoice("inv-a2", "cust-2", "A-1", a.issueDate()));
          uow.invoices().insert(StoreSamples.invoice("inv-b2", "cust-2", "B-1", a.issueDate()));
          uow.invoices().insert(StoreSamples.invoice("inv-c2", "cust-2", "C-1", a.issueDate()));
        });
    assertEquals(5L, countA(uow -> uow.invoices().count()));
  }

  @Test
  void aNumberFreedInsideAUnitOfWorkCanBeReusedInTheSameOne() {
    Invoice a = StoreSamples.invoice("inv-a", "cust-1", "A-1", StoreSamples.ISSUED);
    runA(uow -> uow.invoices().insert(a));
    Invoice replacement = StoreSamples.invoice("inv-z", "cust-1", "A-1", StoreSamples.ISSUED);
    runA(
        uow -> {
          uow.invoices().delete(a.id(), 1);
          uow.invoices().insert(replacement);
        });
    assertEquals(
        Optional.of(new Versioned<>(replacement, 1)),
        inA(uow -> uow.invoices().byNumber(a.number(), a.financialYear())));
  }

  // ---------------------------------------------------------------- by customer / campaign

  @Test
  void invoicesByCustomerAreOldestIssueDateFirstThenById() {
    Invoice late = StoreSamples.invoice("inv-10", "cust-1", "N-10", LocalDate.of(2025, 6, 1));
    Invoice tieB = StoreSamples.invoice("inv-b", "cust-1", "N-B", LocalDate.of(2025, 5, 2));
    Invoice tieA = StoreSamples.invoice("inv-a", "cust-1", "N-A", LocalDate.of(2025, 5, 2));
    Invoice early = StoreSamples.invoice("inv-z", "cust-1", "N-Z", LocalDate.of(2024, 12, 1));
    Invoice someoneElses = StoreSamples.invoice("inv-0", "cust-2", "N-0", LocalDate.of(2025, 1, 1));
    runA(uow -> List.of(late, tieB, someoneElses).forEach(uow.invoices()::insert));
    runA(uow -> List.of(tieA, early).forEach(uow.invoices()::insert));
    assertEquals(
        List.of(early, tieA, tieB, late),
        inA(uow -> uow.invoices().byCustomer(C1)).stream().map(value()).toList());
    assertEquals(List.of(), inA(uow -> uow.invoices().byCustomer(new CustomerId("cust-9"))));

    // Changes show: a re-dated invoice moves, a deleted one goes, versions are current.
    Invoice lateRedated =
        ImmutableInvoice.builder()
            .from(late)
            .issueDate(LocalDate.of(2024, 11, 1))
            .dueDate(LocalDate.of(2024, 12, 1))
            .build();
    runA(
        uow -> {
          uow.invoices().update(lateRedated, 1);
          uow.invoices().delete(tieB.id(), 1);
        });
    assertEquals(
        List.of(
            new Versioned<>(lateRedated, 2), new Versioned<>(early, 1), new Versioned<>(tieA, 1)),
        inA(uow -> uow.invoices().byCustomer(C1)));
    // Moving an invoice to another customer moves it between listings.
    Invoice moved = ImmutableInvoice.copyOf(tieA).withCustomerId(new CustomerId("cust-2"));
    runA(uow -> uow.invoices().update(moved, 1));
    assertEquals(
        List.of(lateRedated, early),
        inA(uow -> uow.invoices().byCustomer(C1)).stream().map(value()).toList());
    assertEquals(
        List.of(someoneElses, moved),
        inA(uow -> uow.invoices().byCustomer(new CustomerId("cust-2"))).stream()
            .map(value())
            .toList());
  }

  @Test
  void paymentsByCustomerAreEarliestFirstThenById() {
    var p3 = StoreSamples.payment("pay-3", "cust-1", LocalDate.of(2025, 7, 1));
    var p2b = StoreSamples.payment("pay-2b", "cust-1", LocalDate.of(2025, 6, 1));
    var p2a = StoreSamples.payment("pay-2a", "cust-1", LocalDate.of(2025, 6, 1));
    var p1 = StoreSamples.payment("pay-9", "cust-1", LocalDate.of(2025, 5, 1));
    var other = StoreSamples.payment("pay-0", "cust-2", LocalDate.of(2025, 5, 1));
    runA(uow -> List.of(p3, p2b, other, p2a, p1).forEach(uow.payments()::insert));
    assertEquals(
        List.of(p1, p2a, p2b, p3),
        inA(uow -> uow.payments().byCustomer(C1)).stream().map(value()).toList());
    var p3Earlier = ImmutablePayment.copyOf(p3).withReceivedOn(LocalDate.of(2025, 4, 1));
    runA(uow -> uow.payments().update(p3Earlier, 1));
    assertEquals(
        List.of(new Versioned<>(p3Earlier, 2), new Versioned<>(p1, 1)),
        inA(uow -> uow.payments().byCustomer(C1)).subList(0, 2));
    assertEquals(List.of(), inA(uow -> uow.payments().byCustomer(new CustomerId("cust-9"))));
  }

  @Test
  void campaignsByCustomerAreOldestFirstThenById() {
    var c3 = StoreSamples.campaign("camp-3", "cust-1", T0.plusSeconds(300));
    var c2b = StoreSamples.campaign("camp-2b", "cust-1", T0.plusSeconds(200));
    var c2a = StoreSamples.campaign("camp-2a", "cust-1", T0.plusSeconds(200));
    var c1 = StoreSamples.campaign("camp-9", "cust-1", T0.plusMillis(1));
    var other = StoreSamples.campaign("camp-0", "cust-2", T0);
    runA(uow -> List.of(c3, c2b, other, c2a, c1).forEach(uow.campaigns()::insert));
    assertEquals(
        List.of(c1, c2a, c2b, c3),
        inA(uow -> uow.campaigns().byCustomer(C1)).stream().map(value()).toList());
    assertEquals(
        List.of(other),
        inA(uow -> uow.campaigns().byCustomer(new CustomerId("cust-2"))).stream()
            .map(value())
            .toList());
    runA(uow -> uow.campaigns().delete(c2a.id(), 1));
    assertEquals(
        List.of(c1, c2b, c3),
        inA(uow -> uow.campaigns().byCustomer(C1)).stream().map(value()).toList());
  }

  @Test
  void executionsByCampaignAreOldestFirstThenById() {
    var e3 = StoreSamples.execution("exe-3", "camp-1", "cust-1", T0.plusSeconds(30));
    var e2b = StoreSamples.execution("exe-2b", "camp-1", "cust-1", T0.plusSeconds(20));
    var e2a = StoreSamples.execution("exe-2a", "camp-1", "cust-1", T0.plusSeconds(20));
    var e1 = StoreSamples.execution("exe-9", "camp-1", "cust-1", T0);
    var other = StoreSamples.execution("exe-0", "camp-2", "cust-1", T0);
    runA(uow -> List.of(e3, e2b, other, e2a, e1).forEach(uow.executions()::insert));
    assertEquals(
        List.of(e1, e2a, e2b, e3),
        inA(uow -> uow.executions().byCampaign(new CampaignId("camp-1"))).stream()
            .map(value())
            .toList());
    assertEquals(
        List.of(other),
        inA(uow -> uow.executions().byCampaign(new CampaignId("camp-2"))).stream()
            .map(value())
            .toList());
    assertEquals(List.of(), inA(uow -> uow.executions().byCampaign(new CampaignId("camp-9"))));
  }

  @Test
  void interactionsByCustomerCoverTheHalfOpenRangeEarliestFirstThenById() {
    Instant h1 = T0.plus(Duration.ofHours(1));
    Instant h2 = T0.plus(Duration.ofHours(2));
    Instant h3 = T0.plus(Duration.ofHours(3));
    var atT0 = StoreSamples.interaction("msg-0", "cust-1", T0);
    var atH1 = StoreSamples.interaction("msg-1", "cust-1", h1);
    var atH2b = StoreSamples.interaction("msg-2b", "cust-1", h2);
    var atH2a = StoreSamples.interaction("msg-2a", "cust-1", h2);
    var atH3 = StoreSamples.interaction("msg-3", "cust-1", h3);
    var otherCustomer = StoreSamples.interaction("msg-x", "cust-2", h1);
    runA(
        uow ->
            List.of(atH3, atH2b, otherCustomer, atH1, atH2a, atT0)
                .forEach(uow.interactions()::insert));

    assertEquals(
        List.of(atH1, atH2a, atH2b),
        inA(uow -> uow.interactions().byCustomer(C1, h1, h3, 100)).stream().map(value()).toList(),
        "[from, to): from is included, to is not");
    assertEquals(
        List.of(atT0, atH1, atH2a, atH2b, atH3),
        inA(uow -> uow.interactions().byCustomer(C1, T0, h3.plusMillis(1), 100)).stream()
            .map(value())
            .toList());
    assertEquals(
        List.of(atH1, atH2a),
        inA(uow -> uow.interactions().byCustomer(C1, h1, h3, 2)).stream().map(value()).toList(),
        "the limit keeps the earliest");
    assertEquals(
        List.of(atT0),
        inA(uow -> uow.interactions().byCustomer(C1, T0, h3, 1)).stream().map(value()).toList());
    assertEquals(List.of(), inA(uow -> uow.interactions().byCustomer(C1, h2, h2, 100)));
    assertEquals(
        List.of(),
        inA(uow -> uow.interactions().byCustomer(C1, h3.plusMillis(1), h3.plusSeconds(60), 10)));
    assertEquals(
        List.of(otherCustomer),
        inA(uow -> uow.interactions().byCustomer(new CustomerId("cust-2"), T0, h3, 10)).stream()
            .map(value())
            .toList());
  }

  @Test
  void listingsSeeTheUnitOfWorksOwnWrites() {
    var invoice = StoreSamples.invoice("inv-1", "cust-1");
    var payment = StoreSamples.payment("pay-1", "cust-1", StoreSamples.ISSUED);
    var message = StoreSamples.interaction("msg-1", "cust-1", T0);
    var campaign = StoreSamples.campaign("camp-1", "cust-1", T0);
    var execution = StoreSamples.execution("exe-1", "camp-1", "cust-1", T0);
    runA(
        uow -> {
          uow.invoices().insert(invoice);
          uow.payments().insert(payment);
          uow.interactions().insert(message);
          uow.campaigns().insert(campaign);
          uow.executions().insert(execution);
          assertEquals(
              List.of(new Versioned<>(invoice, 1)), uow.invoices().byCustomer(C1), "invoices");
          assertEquals(
              Optional.of(new Versioned<>(invoice, 1)),
              uow.invoices().byNumber(invoice.number(), invoice.financialYear()),
              "invoice by number");
          assertEquals(
              List.of(new Versioned<>(payment, 1)), uow.payments().byCustomer(C1), "payments");
          assertEquals(
              List.of(new Versioned<>(message, 1)),
              uow.interactions().byCustomer(C1, T0, T0.plusSeconds(1), 10),
              "interactions");
          assertEquals(
              List.of(new Versioned<>(campaign, 1)), uow.campaigns().byCustomer(C1), "campaigns");
          assertEquals(
              List.of(new Versioned<>(execution, 1)),
              uow.executions().byCampaign(campaign.id()),
              "executions");
          uow.invoices().delete(invoice.id(), 1);
          assertEquals(List.of(), uow.invoices().byCustomer(C1), "invoices after delete");
          assertEquals(
              Optional.empty(),
              uow.invoices().byNumber(invoice.number(), invoice.financialYear()),
              "invoice by number after delete");
        });
  }
}
