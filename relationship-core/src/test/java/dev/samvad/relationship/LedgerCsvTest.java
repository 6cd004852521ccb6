package dev.samvad.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.model.DeliveryMode;
import dev.samvad.relationship.LedgerCsv.LedgerImport;
import dev.samvad.relationship.LedgerCsv.RowProblem;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerCsvTest {
  @Test
  void readsGoodRowsInAnyColumnOrderWithQuotedIndianAmounts() {
    String csv =
        "# exported from the ledger\n"
            + "Due_Date,customer_id,invoice_date,amount,disputed,settled_date,delivery,notes\n"
            + "2026-02-14,ACME-01,2026-01-15,\"1,23,456.50\",no,2026-02-20,paper,\"said \"\"ok\"\"\"\n"
            + "\n"
            + "14/03/2026,ACME-01,12/02/2026,5000,,,e,\n";
    LedgerImport r = LedgerCsv.read(new StringReader(csv));
    assertEquals(List.of(), r.problems());
    assertEquals(2, r.rowsRead());
    assertEquals(0, r.rowsSkipped());
    LedgerInvoice first = r.invoices().get(0);
    assertEquals(Money.parseRupees("123456.50"), first.amount());
    assertEquals(Optional.of(LocalDate.of(2026, 2, 20)), first.settledOn());
    assertEquals(DeliveryMode.PAPER, first.deliveryMode());
    LedgerInvoice second = r.invoices().get(1);
    assertEquals(LocalDate.of(2026, 2, 12), second.invoiceDate());
    assertEquals(Optional.empty(), second.settledOn());
    assertEquals(DeliveryMode.ELECTRONIC, second.deliveryMode());
  }

  @Test
  void everyBadFieldIsReportedWithItsLineAndTheRowIsSkipped() {
    String csv =
        "customer_id,invoice_date,due_date,amount,disputed,settled_date,delivery\n"
            + "C1,2026-01-01,2026-01-31,1000,no,2026-02-05,paper\n" // line 2 fine
            + "C1,2026-13-01,2026-01-31,1000,no,,paper\n" // line 3 bad month
            + "C 2,2026-01-01,2025-12-01,-5,maybe,,fax\n" // line 4 five problems
            + "C3,2026-01-01,2026-01-31,12.345,no,2025-12-31,e\n" // line 5 two problems
            + "C4,2026-01-01\n" // line 6 short row
            + "C5,2026-01-01,2026-01-31,\"100,no,,e\n"; // line 7 unclosed quote (runs to the end)
    LedgerImport r = LedgerCsv.read(new StringReader(csv));
    assertEquals(6, r.rowsRead());
    assertEquals(5, r.rowsSkipped());
    assertEquals(1, r.invoices().size());
    List<RowProblem> p = r.problems();
    assertTrue(
        p.contains(
            new RowProblem(
                3,
                "invoice_date",
                "is not a date (yyyy-MM-dd, dd/MM/yyyy or dd-MM-yyyy): '2026-13-01'")),
        p.toString());
    assertEquals(5, p.stream().filter(x -> x.line() == 4).count(), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.line() == 4 && x.field().equals("customer_id")));
    assertTrue(p.stream().anyMatch(x -> x.line() == 4 && x.field().equals("amount")));
    assertTrue(p.stream().anyMatch(x -> x.line() == 4 && x.field().equals("disputed")));
    assertTrue(p.stream().anyMatch(x -> x.line() == 4 && x.field().equals("delivery")));
    assertTrue(p.stream().anyMatch(x -> x.line() == 4 && x.field().equals("due_date")));
    assertTrue(p.stream().anyMatch(x -> x.line() == 5 && x.field().equals("amount")));
    assertTrue(p.stream().anyMatch(x -> x.line() == 5 && x.field().equals("settled_date")));
    assertTrue(p.stream().anyMatch(x -> x.line() == 6 && x.field().equals("due_date")));
    assertTrue(p.stream().anyMatch(x -> x.line() == 7 && x.field().equals("row")));
    assertTrue(p.get(0).toString().startsWith("line 3, invoice_date: "));
  }

  @Test
  void aMissingColumnRejectsTheFile() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> LedgerCsv.read(new StringReader("customer_id,invoice_date,due_date,amount\n")));
    assertTrue(e.getMessage().contains("missing column 'disputed'"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> LedgerCsv.read(new StringReader("# only\n")));
  }

  @Test
  void aLedgerExportFitsAModel() {
    List<CustomerHistory> portfolio =
        SyntheticPortfolio.generate(5, 30, LocalDate.of(2025, 1, 1), 18);
    StringBuilder csv =
        new StringBuilder(
            "customer_id,invoice_date,due_date,amount,disputed,settled_date,delivery\n");
    for (CustomerHistory h : portfolio) {
      for (LedgerInvoice i : LedgerInvoice.fromHistory(h)) {
        csv.append(i.customerId().value())
            .append(',')
            .append(i.invoiceDate())
            .append(',')
            .append(i.dueDate())
            .append(",\"")
            .append(i.amount().formatPlain())
            .append("\",")
            .append(i.disputed() ? "yes" : "no")
            .append(',')
            .append(i.settledOn().map(LocalDate::toString).orElse(""))
            .append(',')
            .append(i.deliveryMode() == DeliveryMode.PAPER ? "paper" : "electronic")
            .append('\n');
      }
    }
    csv.append("BAD,not-a-date,2026-01-01,1,no,,e\n");
    LedgerImport r = LedgerCsv.read(new StringReader(csv.toString()));
    assertEquals(1, r.rowsSkipped());
    List<LedgerInvoice> direct = new java.util.ArrayList<>();
    portfolio.forEach(h -> direct.addAll(LedgerInvoice.fromHistory(h)));
    assertEquals(direct, r.invoices());
    PaymentDelayModel m =
        PaymentDelayModel.fitLedger(r.invoices(), LocalDate.of(2026, 7, 1), FitOptions.defaults());
    assertTrue(m.coefficients().trainingExamples() > 0);
  }
}
