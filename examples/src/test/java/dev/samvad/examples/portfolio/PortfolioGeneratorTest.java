package dev.samvad.examples.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.samvad.api.Gstin;
import dev.samvad.api.IndianState;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.Contact;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentAllocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled portfolio is exactly what the generator makes, and it has the coverage the demo and
 * later engines rely on.
 */
class PortfolioGeneratorTest {
  private static String bundledText;
  private static Portfolio portfolio;
  private static Portfolio generated;

  @BeforeAll
  static void readBundled() throws IOException {
    try (InputStream in =
        PortfolioGeneratorTest.class.getResourceAsStream(PortfolioJson.RESOURCE)) {
      assertNotNull(in, "portfolio.json is on the class path");
      bundledText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    portfolio = Portfolio.bundled();
    generated = PortfolioGenerator.generate();
  }

  @Test
  void regeneratingGivesTheBundledFileByteForByte() {
    String regenerated = PortfolioJson.write(generated);
    if (!regenerated.equals(bundledText)) {
      String[] a = regenerated.split("\n", -1);
      String[] b = bundledText.split("\n", -1);
      for (int i = 0; i < Math.min(a.length, b.length); i++) {
        if (!a[i].equals(b[i])) {
          fail(
              "portfolio.json differs from the generator at line "
                  + (i + 1)
                  + "; regenerate it (see PortfolioGenerator's Javadoc)\nfile: "
                  + b[i]
                  + "\ngen:  "
                  + a[i]);
        }
      }
      fail("portfolio.json has " + b.length + " lines, the generator " + a.length);
    }
  }

  @Test
  void readingTheFileGivesTheGeneratedValues() {
    assertEquals(generated, portfolio);
    assertEquals(PortfolioGenerator.TODAY, portfolio.today());
    assertEquals(PortfolioGenerator.SEED, portfolio.seed());
  }

  @Test
  void aboutTwoHundredCustomersInEveryRegion() {
    assertTrue(portfolio.customers().size() >= 180 && portfolio.customers().size() <= 220);
    Set<Region> regions = EnumSet.noneOf(Region.class);
    for (Customer c : portfolio.customers()) {
      regions.add(c.address().orElseThrow().state().orElseThrow().region());
    }
    assertEquals(EnumSet.allOf(Region.class), regions);
  }

  @Test
  void atLeastFourteenLanguagesAreVisibleInTheData() {
    Set<String> visible = new TreeSet<>();
    portfolio.customers().forEach(c -> c.statedLanguage().ifPresent(l -> visible.add(l.tag())));
    portfolio.interactions().stream()
        .filter(i -> i.direction() == Direction.INBOUND)
        .forEach(i -> visible.add(i.language().orElseThrow().tag()));
    for (String required :
        List.of(
            "en",
            "hi",
            "hi-Latn-x-mixed",
            "bn",
            "mr",
            "gu",
            "pa",
            "ta",
            "te",
            "kn",
            "ml",
            "or",
            "as",
            "ur")) {
      assertTrue(visible.contains(required), required + " is stated or replied in: " + visible);
    }
    assertTrue(visible.size() >= 14, visible.toString());
    assertTrue(
        visible.stream().map(LanguageForm::parse).anyMatch(LanguageForm::isRomanised),
        "some replies are romanised");
  }

  @Test
  void gstinsAreValidAndMatchTheAddressState() {
    Set<String> seen = new HashSet<>();
    for (Customer c : portfolio.customers()) {
      Gstin gstin = c.gstin().orElseThrow(() -> new AssertionError(c.id() + " has a GSTIN"));
      assertEquals(gstin, new Gstin(gstin.value()), "re-validates");
      String first14 = gstin.value().substring(0, 14);
      assertEquals(Gstin.checkCharacter(first14), gstin.value().charAt(14));
      IndianState state = c.address().orElseThrow().state().orElseThrow();
      assertEquals(state.gstCode(), gstin.stateCode(), c.id() + " GSTIN state");
      assertTrue(
          Pattern.matches("[A-Z]{3}[PCF][A-Z][0-9]{4}[A-Z]", gstin.pan()), "PAN shape " + gstin);
      assertTrue(seen.add(gstin.value()), "GSTIN unique " + gstin);
    }
  }

  @Test
  void pinsAndPhonesLookIndian() {
    Map<IndianState, Set<Character>> zones = new HashMap<>();
    for (Customer c : portfolio.customers()) {
      var address = c.address().orElseThrow();
      zones
          .computeIfAbsent(address.state().orElseThrow(), s -> new TreeSet<>())
          .add(address.pin().value().charAt(0));
      assertFalse(c.contacts().isEmpty(), c.id() + " has a contact");
      for (Contact contact : c.contacts()) {
        contact.phone().ifPresent(p -> assertTrue(p.isIndianMobile(), p.e164()));
        contact.phone().ifPresent(p -> assertEquals(p, PhoneNumber.parse(p.e164())));
        assertTrue(contact.email().isPresent(), c.id() + " contact has e-mail");
      }
    }
    // India Post zones by first digit: 1 north, 2 UP/UK, 3 west, 4 west/central, 5 south, 6 south,
    // 7 east and north-east, 8 Bihar/Jharkhand.
    assertEquals(Set.of('1'), zones.get(IndianState.DELHI));
    assertEquals(Set.of('6'), zones.get(IndianState.TAMIL_NADU));
    assertEquals(Set.of('7'), zones.get(IndianState.ASSAM));
    assertEquals(Set.of('4'), zones.get(IndianState.MAHARASHTRA));
    assertEquals(Set.of('8'), zones.get(IndianState.BIHAR));
  }

  @Test
  void someSmallBusinessesAreMsmeRegistered() {
    long registered =
        portfolio.customers().stream()
            .filter(c -> c.size().map(BusinessSize::isMsmedProtected).orElse(false))
            .filter(c -> c.msmeRegistration().isPresent())
            .count();
    assertTrue(registered >= 20, "Udyam-registered micro and small customers: " + registered);
    assertTrue(portfolio.customers().stream().anyMatch(c -> c.statedLanguage().isEmpty()));
    assertTrue(portfolio.customers().stream().anyMatch(c -> c.statedLanguage().isPresent()));
  }

  @Test
  void invoiceNumbersAreGstShapedAndUniquePerFinancialYear() {
    Set<String> perYear = new HashSet<>();
    Set<InvoiceId> ids = new HashSet<>();
    Map<String, Customer> customers = byId(portfolio.customers(), c -> c.id().value());
    for (Invoice invoice : portfolio.invoices()) {
      assertTrue(invoice.number().value().length() <= 16, invoice.number().value());
      assertTrue(perYear.add(invoice.financialYear() + " " + invoice.number().value()));
      assertTrue(ids.add(invoice.id()));
      Customer customer = customers.get(invoice.customerId().value());
      assertNotNull(customer, "invoice of a known customer");
      assertEquals(
          (long) customer.creditPeriodDays().orElseThrow(),
          ChronoUnit.DAYS.between(invoice.issueDate(), invoice.dueDate()));
      assertFalse(invoice.issueDate().isAfter(portfolio.today()));
      assertTrue(
          invoice.issueDate().isAfter(portfolio.today().minusYears(2).minusDays(1)),
          "two years of history");
    }
    Set<Integer> credit = new TreeSet<>();
    portfolio.customers().forEach(c -> credit.add(c.creditPeriodDays().orElseThrow()));
    assertEquals(Set.of(15, 30, 45, 60), credit);
    long smallest =
        portfolio.invoices().stream().mapToLong(i -> i.amount().paise()).min().orElse(0);
    long largest = portfolio.invoices().stream().mapToLong(i -> i.amount().paise()).max().orElse(0);
    assertTrue(smallest < Money.ofRupees(10_000).paise(), "a few thousand rupees at the low end");
    assertTrue(largest > Money.ofRupees(20_00_000).paise(), "tens of lakhs at the high end");
  }

  @Test
  void paymentsNeverExceedInvoicesAndAreFullyAllocated() {
    Map<String, Invoice> invoices = byId(portfolio.invoices(), i -> i.id().value());
    Map<String, Long> paid = new HashMap<>();
    LocalDate previous = LocalDate.MIN;
    for (Payment payment : portfolio.payments()) {
      assertTrue(payment.unallocated().isZero(), payment.id() + " is fully allocated");
      assertFalse(payment.receivedOn().isAfter(portfolio.today()));
      assertFalse(payment.receivedOn().isBefore(previous), "payments are in date order");
      previous = payment.receivedOn();
      for (PaymentAllocation allocation : payment.allocations()) {
        Invoice invoice = invoices.get(allocation.invoiceId().value());
        assertNotNull(invoice, "allocated to a known invoice");
        assertEquals(invoice.customerId(), payment.customerId(), "own invoice");
        assertFalse(payment.receivedOn().isBefore(invoice.issueDate()), "paid after issue");
        assertTrue(invoice.status() != InvoiceStatus.DISPUTED, "disputed invoices are withheld");
        paid.merge(invoice.id().value(), allocation.amount().paise(), Long::sum);
      }
    }
    paid.forEach(
        (id, total) ->
            assertTrue(total <= invoices.get(id).amount().paise(), id + " overpaid: " + total));
    assertTrue(paid.size() < invoices.size(), "some invoices are still open");
    assertTrue(
        portfolio.payments().stream().anyMatch(p -> p.allocations().size() > 1),
        "some payments settle several invoices (seasonal lumps)");
  }

  @Test
  void everyHabitIsRepresentedAndSomeoneOptsOut() {
    Set<PaymentHabit> habits = EnumSet.noneOf(PaymentHabit.class);
    portfolio.truth().forEach(t -> habits.add(t.habit()));
    assertEquals(EnumSet.allOf(PaymentHabit.class), habits);
    assertTrue(portfolio.truth().stream().anyMatch(CustomerTruth::optedOut));
    assertEquals(portfolio.customers().size(), portfolio.truth().size());
  }

  @Test
  void messagesAreInOrderBeforeTodayAndRepliesCoverEveryKind() {
    var endOfToday = portfolio.today().plusDays(1).atStartOfDay(ZoneId.of("Asia/Kolkata"));
    Map<Pattern, ReplyKind> lines = new HashMap<>();
    for (LanguageForm form : ReplyPool.FORMS) {
      ReplyPool pool = ReplyPool.of(form).orElseThrow();
      for (ReplyKind kind : ReplyKind.values()) {
        pool.lines(kind).forEach(l -> lines.put(asPattern(l), kind));
      }
    }
    Set<ReplyKind> kinds = EnumSet.noneOf(ReplyKind.class);
    Interaction previous = null;
    for (Interaction i : portfolio.interactions()) {
      assertTrue(i.occurredAt().isBefore(endOfToday.toInstant()));
      if (previous != null) {
        assertFalse(i.occurredAt().isBefore(previous.occurredAt()), "time order");
      }
      previous = i;
      if (i.direction() == Direction.INBOUND) {
        kinds.add(kindOf(i.text(), lines));
      }
    }
    assertEquals(EnumSet.allOf(ReplyKind.class), kinds);
  }

  @Test
  void replyPoolsHaveTenLinesAndEveryKind() {
    Pattern placeholder = Pattern.compile("\\{([a-z]+)}");
    Set<String> known = Set.of("amount", "date", "utr", "inv", "days");
    for (LanguageForm form : ReplyPool.FORMS) {
      ReplyPool pool = ReplyPool.of(form).orElseThrow(() -> new AssertionError("no pool " + form));
      assertTrue(pool.size() >= 10, form + " has " + pool.size() + " lines");
      for (ReplyKind kind : ReplyKind.values()) {
        assertFalse(pool.lines(kind).isEmpty(), form + " has a " + kind + " line");
        for (String line : pool.lines(kind)) {
          Matcher m = placeholder.matcher(line);
          while (m.find()) {
            assertTrue(known.contains(m.group(1)), form + ": unknown {" + m.group(1) + "}");
          }
        }
      }
    }
  }

  /** The kind of the pool line a generated reply was filled from. */
  private static ReplyKind kindOf(String text, Map<Pattern, ReplyKind> lines) {
    return lines.entrySet().stream()
        .filter(e -> e.getKey().matcher(text).matches())
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("reply not from any pool: " + text));
  }

  /** A pool line as a pattern in which each placeholder matches any text. */
  private static Pattern asPattern(String line) {
    return Pattern.compile(
        Pattern.quote(line).replaceAll("\\{[a-z]+}", Matcher.quoteReplacement("\\E.+?\\Q")));
  }

  private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
    return values.stream().collect(Collectors.toMap(id, v -> v));
  }
}
