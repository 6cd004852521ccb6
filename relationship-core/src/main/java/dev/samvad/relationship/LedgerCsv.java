package dev.samvad.relationship;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.model.DeliveryMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a ledger export of past invoices so a tenant can fit a {@link PaymentDelayModel} from it.
 *
 * <p><b>Format.</b> UTF-8 CSV (RFC 4180 quoting, so {@code "1,23,456.00"} is one field). The first
 * non-blank line that is not a {@code #} comment is the header. Required columns, in any order,
 * names case-insensitive: {@code customer_id, invoice_date, due_date, amount, disputed,
 * settled_date, delivery}. Other columns are ignored.
 *
 * <ul>
 *   <li>{@code customer_id}: a Samvad customer id (letters, digits, {@code - _ . :}, at most 64)
 *   <li>{@code invoice_date}, {@code due_date}, {@code settled_date}: {@code yyyy-MM-dd}, {@code
 *       dd/MM/yyyy} or {@code dd-MM-yyyy}; {@code settled_date} empty while the invoice is open
 *   <li>{@code amount}: rupees, Indian or plain grouping, at most two decimals, positive
 *   <li>{@code disputed}: {@code true/false}, {@code yes/no}, {@code y/n}, {@code 1/0}; empty means
 *       no
 *   <li>{@code delivery}: {@code paper} or {@code electronic} ({@code p}/{@code e}); empty means
 *       electronic
 * </ul>
 *
 * <p><b>Row policy.</b> Blank lines and lines starting with {@code #} are skipped silently and not
 * counted. A row with any bad field is skipped whole — never half-read, never defaulted — and every
 * bad field is reported with its line number, column and the problem. Rules across fields: the due
 * date must not be before the invoice date, nor the settled date before the invoice date. A missing
 * or duplicated required column rejects the whole file with {@link InvalidInputException}.
 */
public final class LedgerCsv {
  /** The required columns. */
  public static final List<String> COLUMNS =
      List.of(
          "customer_id",
          "invoice_date",
          "due_date",
          "amount",
          "disputed",
          "settled_date",
          "delivery");

  private static final DateTimeFormatter[] DATES = {
    DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
    DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
    DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT)
  };

  private LedgerCsv() {}

  /**
   * One problem with one field of one row.
   *
   * @param line 1-based line number in the file
   * @param field the column name, or {@code "row"} for a problem with the row as a whole
   * @param problem what is wrong
   */
  public record RowProblem(int line, String field, String problem) {
    @Override
    public String toString() {
      return "line " + line + ", " + field + ": " + problem;
    }
  }

  /**
   * The outcome of reading a file.
   *
   * @param invoices the rows read
   * @param rowsRead data rows seen (not counting header, blank and comment lines)
   * @param rowsSkipped data rows skipped because of a problem
   * @param problems every problem found, in file order
   */
  public record LedgerImport(
      List<LedgerInvoice> invoices, int rowsRead, int rowsSkipped, List<RowProblem> problems) {}

  /** Reads a whole file; the reader is not closed. */
  public static LedgerImport read(Reader reader) {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<LedgerInvoice> invoices = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    int[] column = null;
    int lineNo = 0;
    int read = 0;
    int skipped = 0;
    try {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        int startLine = lineNo;
        // a quoted field may run over several lines
        while (quotesOpen(line)) {
          String more = in.readLine();
          if (more == null) {
            break;
          }
          lineNo++;
          line = line + "\n" + more;
        }
        List<String> fields = new ArrayList<>();
        String error = split(line, fields);
        if (column == null) {
          if (error != null) {
            throw new InvalidInputException("header", "line " + startLine + ": " + error);
          }
          column = header(fields, startLine);
          continue;
        }
        read++;
        List<RowProblem> rowProblems = new ArrayList<>();
        if (error != null) {
          rowProblems.add(new RowProblem(startLine, "row", error));
        } else {
          parseRow(fields, column, startLine, rowProblems).ifPresent(invoices::add);
        }
        if (!rowProblems.isEmpty()) {
          skipped++;
          problems.addAll(rowProblems);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (column == null) {
      throw new InvalidInputException("header", "the file has no header line");
    }
    return new LedgerImport(List.copyOf(invoices), read, skipped, List.copyOf(problems));
  }

  private static int[] header(List<String> names, int line) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (COLUMNS.contains(name) && at.put(name, i) != null) {
        throw new InvalidInputException(
            "header", "line " + line + ": column '" + name + "' appears twice");
      }
    }
    int[] column = new int[COLUMNS.size()];
    for (int c = 0; c < COLUMNS.size(); c++) {
      Integer i = at.get(COLUMNS.get(c));
      if (i == null) {
        throw new InvalidInputException(
            "header",
            "line " + line + ": missing column '" + COLUMNS.get(c) + "'; need " + COLUMNS);
      }
      column[c] = i;
    }
    return column;
  }

  private static Optional<LedgerInvoice> parseRow(
      List<String> fields, int[] column, int line, List<RowProblem> problems) {
    String[] v = new String[COLUMNS.size()];
    for (int c = 0; c < v.length; c++) {
      v[c] = column[c] < fields.size() ? fields.get(column[c]).strip() : null;
      if (v[c] == null) {
        problems.add(
            new RowProblem(
                line, COLUMNS.get(c), "missing: the row has only " + fields.size() + " fields"));
      }
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    CustomerId customer = null;
    try {
      customer = new CustomerId(v[0]);
    } catch (InvalidInputException e) {
      problems.add(new RowProblem(line, "customer_id", e.problem()));
    }
    LocalDate invoiceDate = date(v[1], "invoice_date", line, problems, false);
    LocalDate dueDate = date(v[2], "due_date", line, problems, false);
    Money amount = null;
    try {
      amount = Money.parseRupees(v[3]);
      if (amount.paise() <= 0) {
        problems.add(new RowProblem(line, "amount", "must be positive, was " + v[3]));
        amount = null;
      }
    } catch (InvalidInputException e) {
      problems.add(new RowProblem(line, "amount", e.problem()));
    }
    Boolean disputed = null;
    switch (v[4].toLowerCase(Locale.ROOT)) {
      case "", "false", "no", "n", "0" -> disputed = false;
      case "true", "yes", "y", "1" -> disputed = true;
      default ->
          problems.add(
              new RowProblem(
                  line, "disputed", "must be true/false, yes/no, y/n or 1/0, was '" + v[4] + "'"));
    }
    LocalDate settled = date(v[5], "settled_date", line, problems, true);
    DeliveryMode mode = null;
    switch (v[6].toLowerCase(Locale.ROOT)) {
      case "", "electronic", "e", "email", "e-invoice" -> mode = DeliveryMode.ELECTRONIC;
      case "paper", "p" -> mode = DeliveryMode.PAPER;
      default ->
          problems.add(
              new RowProblem(line, "delivery", "must be paper or electronic, was '" + v[6] + "'"));
    }
    if (invoiceDate != null && dueDate != null && dueDate.isBefore(invoiceDate)) {
      problems.add(new RowProblem(line, "due_date", "is before invoice_date " + invoiceDate));
    }
    if (invoiceDate != null && settled != null && settled.isBefore(invoiceDate)) {
      problems.add(new RowProblem(line, "settled_date", "is before invoice_date " + invoiceDate));
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LedgerInvoice(
            customer, invoiceDate, dueDate, amount, disputed, Optional.ofNullable(settled), mode));
  }

  private static LocalDate date(
      String text, String field, int line, List<RowProblem> problems, boolean optional) {
    if (text.isEmpty()) {
      if (!optional) {
        problems.add(new RowProblem(line, field, "is required"));
      }
      return null;
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    problems.add(
        new RowProblem(
            line, field, "is not a date (yyyy-MM-dd, dd/MM/yyyy or dd-MM-yyyy): '" + text + "'"));
    return null;
  }

  private static boolean quotesOpen(String line) {
    boolean open = false;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '"') {
        open = !open;
      }
    }
    return open;
  }

  /** Splits one record into fields; returns an error message for malformed quoting. */
  private static String split(String line, List<String> out) {
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return "a quoted field is not closed";
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < n && line.charAt(i) != ',') {
          return "text after a closing quote at character " + (i + 1);
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            return "a quote inside an unquoted field at character " + i;
          }
          field.append(c);
        }
      }
      out.add(field.toString());
      if (i >= n) {
        return null;
      }
      i++; // the comma
    }
  }
}
