package dev.samvad.examples.portfolio;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
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
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.Contact;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.DeliveryMode;
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
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.Payment;
import dev.samvad.api.model.PaymentMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the sample portfolio: about two hundred customers of one Indian seller across every
 * region, two years of invoices, payments that follow seven payment habits, and the last six months
 * of reminders and replies in the customers' own languages.
 *
 * <p>The output depends only on the seed and "today": {@link java.util.SplittableRandom} is split
 * once per customer in a fixed order, and nothing iterates a hash-ordered collection, so the same
 * inputs give byte-identical JSON on every machine. To regenerate the bundled file after changing
 * this class:
 *
 * <pre>
 * java -cp examples/target/samvad.jar dev.samvad.examples.portfolio.PortfolioGenerator \
 *     examples/src/main/resources/dev/samvad/examples/portfolio.json
 * </pre>
 */
public final class PortfolioGenerator {

  /** The seed of the bundled portfolio. */
  public static final long SEED = 20_261_127L;

  /** The day the bundled portfolio is frozen on (a Friday). */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final int HISTORY_MONTHS = 24;
  private static final int CONVERSATION_DAYS = 180;
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private static final String[] BANKS = {
    "HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "PUNB", "BARB", "CNRB", "IDIB", "UBIN", "IOBA", "YESB"
  };

  /** How many customers follow each habit; together they make up the whole plan. */
  private static final Map<PaymentHabit, Integer> HABIT_COUNTS = habitCounts();

  private static final int OPT_OUTS = 4;

  private final long seed;
  private final LocalDate today;
  private final Map<LanguageForm, ReplyPool> pools = new HashMap<>();
  private final Set<String> tradeNames = new HashSet<>();
  private final Set<String> phones = new HashSet<>();
  private final Set<String> pans = new HashSet<>();

  /** A generator for {@code seed} with the book frozen on {@code today}. */
  public PortfolioGenerator(long seed, LocalDate today) {
    this.seed = seed;
    this.today = today;
  }

  /** The bundled portfolio, regenerated. */
  public static Portfolio generate() {
    return new PortfolioGenerator(SEED, TODAY).portfolio();
  }

  /** Writes the bundled portfolio to the path given (default: the resource in the source tree). */
  public static void main(String[] args) throws IOException {
    Path target =
        Path.of(
            args.length > 0
                ? args[0]
                : "examples/src/main/resources/dev/samvad/examples/portfolio.json");
    Files.writeString(target, PortfolioJson.write(generate()), StandardCharsets.UTF_8);
    System.out.println("wrote " + target.toAbsolutePath());
  }

  // ---------------------------------------------------------------- the whole run

  /** Generates the portfolio. */
  public Portfolio portfolio() {
    SplittableRandom root = new SplittableRandom(seed);
    List<Account> accounts = accounts(root);
    List<Bill> bills = new ArrayList<>();
    for (Account account : accounts) {
      bills(account);
      bills.addAll(account.bills);
    }
    numberBills(bills);
    List<Receipt> receipts = new ArrayList<>();
    for (Account account : accounts) {
      settle(account);
      receipts.addAll(account.receipts);
    }
    receipts.sort(
        Comparator.comparing(Receipt::date)
            .thenComparingInt(r -> r.account().index)
            .thenComparingInt(Receipt::order));
    List<Message> messages = new ArrayList<>();
    for (Account account : accounts) {
      converse(account);
      messages.addAll(account.messages);
    }
    messages.sort(
        Comparator.comparing(Message::at)
            .thenComparingInt(m -> m.account().index)
            .thenComparingInt(Message::order));

    List<Customer> customers = accounts.stream().map(a -> a.customer).toList();
    List<Invoice> invoices = bills.stream().map(PortfolioGenerator::invoice).toList();
    List<Payment> payments = new ArrayList<>();
    for (int i = 0; i < receipts.size(); i++) {
      payments.add(payment(receipts.get(i), new PaymentId(String.format("pay-%05d", i + 1))));
    }
    List<Interaction> interactions = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      interactions.add(
          interaction(messages.get(i), new InteractionId(String.format("msg-%05d", i + 1))));
    }
    List<CustomerTruth> truth =
        accounts.stream()
            .map(a -> new CustomerTruth(a.customer.id(), a.habit, a.writes, a.stoppedAt != null))
            .toList();
    return new Portfolio(
        PortfolioJson.FORMAT, seed, today, customers, invoices, payments, interactions, truth);
  }

  // ---------------------------------------------------------------- customers

  private List<Account> accounts(SplittableRandom root) {
    List<PaymentHabit> habits = new ArrayList<>();
    HABIT_COUNTS.forEach((habit, count) -> habits.addAll(Collections.nCopies(count, habit)));
    shuffle(habits, root);
    List<Account> accounts = new ArrayList<>();
    Set<LanguageForm> statedSoFar = new HashSet<>();
    for (Places.StatePlan plan : Places.PLAN) {
      for (int i = 0; i < plan.customers(); i++) {
        Account account = new Account(accounts.size(), root.split());
        account.habit = habits.get(account.index);
        account.state = plan.state();
        account.writes = weighted(account.random, plan.writes());
        // The first customer writing each form states it, so every form is visible in the data.
        account.statesLanguage = statedSoFar.add(account.writes) || chance(account.random, 0.45);
        accounts.add(account);
      }
    }
    // Customer ids follow onboarding order, which has nothing to do with geography.
    List<Account> onboarding = new ArrayList<>(accounts);
    shuffle(onboarding, root);
    for (int i = 0; i < onboarding.size(); i++) {
      Account account = onboarding.get(i);
      account.customer =
          customer(account, plan(account.state), new CustomerId(String.format("cust-%04d", i + 1)));
    }
    List<Account> candidates =
        new ArrayList<>(accounts.stream().filter(a -> a.habit != PaymentHabit.PROMPT).toList());
    shuffle(candidates, root);
    candidates.subList(0, OPT_OUTS).forEach(a -> a.optsOut = true);
    onboarding.sort(Comparator.comparing(a -> a.customer.id().value()));
    for (int i = 0; i < onboarding.size(); i++) {
      onboarding.get(i).index = i;
    }
    return onboarding;
  }

  private static Places.StatePlan plan(IndianState state) {
    return Places.PLAN.stream().filter(p -> p.state() == state).findFirst().orElseThrow();
  }

  private Customer customer(Account a, Places.StatePlan plan, CustomerId id) {
    SplittableRandom r = a.random;
    Region region = a.state.region();
    Places.Town town = pick(r, plan.towns());
    Names.Industry industry = industry(r, region, a.state);
    a.size = weighted(r, BusinessSize.values(), 24, 36, 28, 12);
    LegalForm form = legalForm(r, a.size);
    String trade = tradeName(r, region, industry, form, town);
    String proprietor = Names.person(r, region);
    String legal =
        switch (form) {
          case PROPRIETORSHIP -> proprietor;
          case PARTNERSHIP -> trade;
          case LLP -> trade + " LLP";
          case COMPANY -> trade + " Pvt Ltd";
        };
    a.creditDays =
        weighted(
            r,
            new Integer[] {15, 30, 45, 60},
            a.size.ordinal() < 2 ? 3 : 1,
            5,
            3,
            a.size == BusinessSize.LARGE ? 4 : 1);
    a.paper = a.size == BusinessSize.MICRO && chance(r, 0.3);

    ImmutableCustomer.Builder customer =
        ImmutableCustomer.builder()
            .id(id)
            .legalName(legal)
            .gstin(gstin(r, a.state, form, legal))
            .address(
                ImmutableAddress.builder()
                    .line1(addressLine(r, town))
                    .line2(
                        chance(r, 0.5)
                            ? Optional.of(
                                pick(
                                    r,
                                    List.of(
                                        "Ground Floor",
                                        "First Floor",
                                        "Near Bus Stand",
                                        "Opp. Railway Goods Shed",
                                        "Behind Petrol Pump",
                                        "Near Water Tank")))
                            : Optional.empty())
                    .city(town.name())
                    .state(a.state)
                    .pin(
                        new PinCode(
                            pick(r, town.pinPrefixes()) + String.format("%03d", between(r, 1, 60))))
                    .build())
            .businessType(industry.businessType())
            .industry(industry.name())
            .size(a.size)
            .creditPeriodDays(a.creditDays);
    if (form == LegalForm.PROPRIETORSHIP) {
      customer.tradeName(trade);
    }
    customer.addContacts(contact(r, proprietor, "owner", trade, form, true));
    if (a.size != BusinessSize.MICRO && chance(r, 0.5)) {
      String accountant = Names.person(r, region);
      customer.addContacts(contact(r, accountant, "accounts", trade, form, false));
    }
    if (a.statesLanguage) {
      // People state the language, not the way they type it; some state English and still write
      // their own language.
      customer.statedLanguage(
          a.writes.codeMixed() && chance(r, 0.4)
              ? LanguageForm.ENGLISH
              : a.writes.language().form());
    }
    boolean udyam =
        switch (a.size) {
          case MICRO, SMALL -> chance(r, 0.85);
          case MEDIUM -> chance(r, 0.3);
          case LARGE -> false;
        };
    if (udyam) {
      customer.msmeRegistration(
          "UDYAM-"
              + a.state.code()
              + "-"
              + town.district()
              + "-"
              + String.format("%07d", between(r, 1, 9_999_999)));
    }
    return customer.build();
  }

  private enum LegalForm {
    PROPRIETORSHIP('P'),
    PARTNERSHIP('F'),
    LLP('F'),
    COMPANY('C');

    final char panType;

    LegalForm(char panType) {
      this.panType = panType;
    }
  }

  private static LegalForm legalForm(SplittableRandom r, BusinessSize size) {
    return switch (size) {
      case MICRO -> weighted(r, LegalForm.values(), 8, 2, 0, 0);
      case SMALL -> weighted(r, LegalForm.values(), 4, 3, 1, 2);
      case MEDIUM -> weighted(r, LegalForm.values(), 1, 2, 2, 5);
      case LARGE -> weighted(r, LegalForm.values(), 0, 1, 2, 7);
    };
  }

  private static Names.Industry industry(SplittableRandom r, Region region, IndianState state) {
    boolean teaCountry = region == Region.NORTHEAST || state == IndianState.WEST_BENGAL;
    while (true) {
      Names.Industry industry = pick(r, Names.INDUSTRIES);
      if (industry.teaBelt() && !teaCountry) {
        continue;
      }
      if (teaCountry && !industry.teaBelt() && region == Region.NORTHEAST && chance(r, 0.3)) {
        continue; // the north-east book leans to tea
      }
      return industry;
    }
  }

  private String tradeName(
      SplittableRandom r,
      Region region,
      Names.Industry industry,
      LegalForm form,
      Places.Town town) {
    for (int attempt = 0; ; attempt++) {
      String name =
          Names.pick(r, Names.HOUSE.get(region)) + " " + Names.pick(r, industry.endings());
      if (attempt > 20) {
        name += " " + town.name();
      }
      if (tradeNames.add(name)) {
        return name;
      }
    }
  }

  private Gstin gstin(SplittableRandom r, IndianState state, LegalForm form, String legalName) {
    String pan;
    do {
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        p.append((char) ('A' + r.nextInt(26)));
      }
      p.append(form.panType);
      String[] words = legalName.split(" ");
      // An individual's PAN carries the surname's initial; an entity's carries its name's.
      String initialOf = form == LegalForm.PROPRIETORSHIP ? words[words.length - 1] : words[0];
      p.append(Character.toUpperCase(initialOf.charAt(0)));
      p.append(String.format("%04d", between(r, 1, 9999)));
      p.append((char) ('A' + r.nextInt(26)));
      pan = p.toString();
    } while (!pans.add(pan));
    String first14 = state.gstCode() + pan + (chance(r, 0.9) ? "1" : "2") + "Z";
    return new Gstin(first14 + Gstin.checkCharacter(first14));
  }

  private static String addressLine(SplittableRandom r, Places.Town town) {
    String locality = pick(r, town.localities());
    return switch (r.nextInt(3)) {
      case 0 -> "Plot No. " + between(r, 1, 240) + ", " + locality;
      case 1 -> "Shop No. " + between(r, 1, 80) + ", " + locality;
      default -> between(r, 1, 60) + "/" + between(r, 1, 400) + ", " + locality;
    };
  }

  private Contact contact(
      SplittableRandom r,
      String person,
      String role,
      String trade,
      LegalForm form,
      boolean withPhone) {
    ImmutableContact.Builder contact = ImmutableContact.builder().name(person).role(role);
    String slug = slug(trade, 22);
    String email;
    if (form == LegalForm.PROPRIETORSHIP && chance(r, 0.7)) {
      email =
          slug(trade, 12)
              + between(r, 10, 99)
              + "@"
              + pick(r, List.of("gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com"));
    } else {
      email =
          (role.equals("owner") ? pick(r, List.of("info", "sales", "contact")) : "accounts")
              + "@"
              + slug
              + pick(r, List.of(".in", ".com", ".co.in"));
    }
    contact.email(new EmailAddress(email));
    if (withPhone || chance(r, 0.6)) {
      contact.phone(mobile(r)).whatsappOptIn(chance(r, 0.75));
    }
    return contact.build();
  }

  /** Whole words of {@code name}, lower case and joined, as long as they fit in {@code max}. */
  private static String slug(String name, int max) {
    StringBuilder slug = new StringBuilder();
    for (String word :
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replace(" and ", " ").split(" +")) {
      if (slug.length() > 0 && slug.length() + word.length() > max) {
        break;
      }
      slug.append(word);
    }
    return slug.toString();
  }

  private PhoneNumber mobile(SplittableRandom r) {
    while (true) {
      String digits =
          "9988776".charAt(r.nextInt(7)) + String.format("%09d", r.nextLong(1_000_000_000L));
      if (phones.add(digits)) {
        return PhoneNumber.parse(digits);
      }
    }
  }

  // ---------------------------------------------------------------- invoices

  private void bills(Account a) {
    SplittableRandom r = a.random;
    Names.Industry industry =
        Names.INDUSTRIES.stream()
            .filter(i -> i.name().equals(a.customer.industry().orElseThrow()))
            .findFirst()
            .orElseThrow();
    long[] range =
        switch (a.size) {
          case MICRO -> new long[] {4_000, 50_000};
          case SMALL -> new long[] {20_000, 2_50_000};
          case MEDIUM -> new long[] {80_000, 10_00_000};
          case LARGE -> new long[] {3_00_000, 30_00_000};
        };
    double base = range[0] * Math.pow((double) range[1] / range[0], r.nextDouble());
    LocalDate start =
        chance(r, 0.85)
            ? today.minusMonths(HISTORY_MONTHS).plusDays(1)
            : today.minusMonths(between(r, 3, 14));
    List<LocalDate> dates = new ArrayList<>();
    if (chance(r, 0.55)) {
      int day = between(r, 1, 28);
      boolean twice = a.size == BusinessSize.LARGE && chance(r, 0.4);
      for (YearMonth m = YearMonth.from(start);
          !m.isAfter(YearMonth.from(today));
          m = m.plusMonths(1)) {
        if (chance(r, 0.08)) {
          continue; // no order that month
        }
        dates.add(m.atDay(clamp(day + between(r, -2, 2), 1, m.lengthOfMonth())));
        if (twice) {
          dates.add(m.atDay(clamp(day + 14 + between(r, -1, 1), 1, m.lengthOfMonth())));
        }
      }
    } else {
      for (LocalDate d = start.plusDays(between(r, 0, 20));
          !d.isAfter(today);
          d = d.plusDays(between(r, 12, 70))) {
        dates.add(d);
      }
    }
    dates.removeIf(d -> d.isBefore(start) || !d.isBefore(today));
    dates.sort(null);
    for (LocalDate issue : dates) {
      long taxable = Math.max(1_000, Math.round(base * (0.6 + 0.9 * r.nextDouble()) / 10) * 10);
      long total = Math.round(taxable * (100 + industry.gstPercent()) / 100.0);
      Bill bill =
          new Bill(
              a,
              a.bills.size(),
              issue,
              issue.plusDays(a.creditDays),
              total * 100,
              (total - taxable) * 100);
      a.bills.add(bill);
    }
  }

  private static void numberBills(List<Bill> bills) {
    bills.sort(
        Comparator.comparing((Bill b) -> b.issue)
            .thenComparingInt(b -> b.account.index)
            .thenComparingInt(b -> b.seq));
    Map<Integer, Integer> serialPerYear = new HashMap<>();
    for (int i = 0; i < bills.size(); i++) {
      Bill bill = bills.get(i);
      int fy = bill.issue.getMonthValue() >= 4 ? bill.issue.getYear() : bill.issue.getYear() - 1;
      int serial = serialPerYear.merge(fy, 1, Integer::sum);
      bill.id = new InvoiceId(String.format("inv-%05d", i + 1));
      bill.number =
          new InvoiceNumber(String.format("INV/%02d-%02d/%05d", fy % 100, (fy + 1) % 100, serial));
    }
  }

  // ---------------------------------------------------------------- payments

  private void settle(Account a) {
    SplittableRandom r = a.random;
    switch (a.habit) {
      case PROMPT ->
          a.bills.forEach(
              b ->
                  payInFull(
                      a,
                      b,
                      b.due.plusDays(chance(r, 0.95) ? between(r, -6, 2) : between(r, 8, 20))));
      case SLIGHTLY_LATE ->
          a.bills.forEach(
              b ->
                  payInFull(
                      a,
                      b,
                      b.due.plusDays(chance(r, 0.8) ? between(r, 10, 20) : between(r, 0, 35))));
      case CHRONIC_LATE ->
          a.bills.forEach(b -> payInFull(a, b, b.due.plusDays(between(r, 45, 120))));
      case PARTIAL -> {
        for (Bill b : a.bills) {
          long first = Math.max(100_000, b.amount * between(r, 40, 70) / 100 / 100_000 * 100_000);
          if (first >= b.amount) {
            payInFull(a, b, b.due.plusDays(between(r, 10, 30)));
            continue;
          }
          if (pay(a, List.of(new Part(b, first)), b.due.plusDays(between(r, 10, 30)))
              && chance(r, 0.65)) {
            pay(a, List.of(new Part(b, b.amount - first)), b.due.plusDays(between(r, 50, 120)));
          }
        }
      }
      case DISPUTER -> {
        for (Bill b : a.bills) {
          b.disputed = !b.due.isBefore(today.minusDays(400)) && chance(r, 0.15);
          if (!b.disputed) {
            payInFull(a, b, b.due.plusDays(between(r, 5, 25)));
          }
        }
      }
      case GOING_SILENT -> {
        a.silentFrom = today.minusDays(between(r, 100, 170));
        for (Bill b : a.bills) {
          LocalDate on = b.due.plusDays(between(r, 5, 20));
          if (on.isBefore(a.silentFrom)) {
            payInFull(a, b, on);
          }
        }
      }
      case SEASONAL -> {
        List<LocalDate> lumps = new ArrayList<>();
        for (int y = today.getYear() - 2; y <= today.getYear(); y++) {
          lumps.add(LocalDate.of(y, 3, 18).plusDays(between(r, 0, 12))); // year-end closing
          lumps.add(LocalDate.of(y, 10, 22).plusDays(between(r, 0, 14))); // festival season
        }
        lumps.sort(null);
        a.lumps = lumps;
        for (LocalDate lump : lumps) {
          List<Part> parts = new ArrayList<>();
          for (Bill b : a.bills) {
            if (b.paid < b.amount && !b.issue.isAfter(lump.minusDays(15))) {
              parts.add(new Part(b, b.amount - b.paid));
            }
          }
          if (!parts.isEmpty()) {
            pay(a, parts, lump);
          }
        }
      }
    }
  }

  private void payInFull(Account a, Bill bill, LocalDate on) {
    pay(a, List.of(new Part(bill, bill.amount - bill.paid)), on);
  }

  /** Records a receipt unless it would fall after today; banks credit no money on Sundays. */
  private boolean pay(Account a, List<Part> parts, LocalDate on) {
    LocalDate date = on.getDayOfWeek() == DayOfWeek.SUNDAY ? on.plusDays(1) : on;
    if (date.isAfter(today)) {
      return false;
    }
    LocalDate earliest =
        parts.stream().map(p -> p.bill().issue).max(Comparator.naturalOrder()).orElseThrow();
    if (date.isBefore(earliest)) {
      date = earliest;
    }
    long total = parts.stream().mapToLong(Part::paise).sum();
    SplittableRandom r = a.random;
    PaymentMode mode = mode(r, a.size, total);
    Receipt receipt =
        new Receipt(a, date, mode, reference(r, mode, date), parts, a.receipts.size());
    a.receipts.add(receipt);
    for (Part part : parts) {
      part.bill().paid += part.paise();
      part.bill().receipts.add(receipt);
      if (part.bill().paid == part.bill().amount) {
        part.bill().settledOn = date;
      }
    }
    return true;
  }

  private static PaymentMode mode(SplittableRandom r, BusinessSize size, long paise) {
    if (paise >= 2_00_000_00L) {
      return chance(r, 0.6) ? PaymentMode.RTGS : PaymentMode.NEFT;
    }
    boolean small = size == BusinessSize.MICRO || size == BusinessSize.SMALL;
    if (paise < 20_000_00L && small && chance(r, 0.05)) {
      return PaymentMode.CASH;
    }
    if (small && chance(r, 0.2)) {
      return PaymentMode.CHEQUE;
    }
    if (paise < 1_00_000_00L && chance(r, 0.35)) {
      return PaymentMode.UPI;
    }
    return chance(r, 0.2) ? PaymentMode.IMPS : PaymentMode.NEFT;
  }

  private static String reference(SplittableRandom r, PaymentMode mode, LocalDate date) {
    String bank = BANKS[r.nextInt(BANKS.length)];
    return switch (mode) {
      case NEFT -> bank + "N" + digits(r, 11);
      case RTGS -> bank + "R" + "C" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + digits(r, 8);
      case UPI, IMPS ->
          (date.getYear() % 10) + String.format("%03d", date.getDayOfYear()) + digits(r, 8);
      case CHEQUE -> String.format("%06d", between(r, 1, 999_999));
      case CASH, CARD, OTHER -> "";
    };
  }

  // ---------------------------------------------------------------- reminders and replies

  private void converse(Account a) {
    SplittableRandom r = a.random;
    LocalDate windowStart = today.minusDays(CONVERSATION_DAYS);
    Contact contact = a.customer.contacts().get(0);
    ChannelKind channel =
        contact.whatsappOptIn()
            ? ChannelKind.WHATSAPP
            : (r.nextBoolean() || contact.phone().isEmpty() ? ChannelKind.EMAIL : ChannelKind.SMS);
    ReplyPool pool = pool(a.writes);
    for (Bill b : a.bills) {
      LocalDate remindOn = b.due.plusDays(between(r, 3, 7));
      if (remindOn.isBefore(windowStart) || !remindOn.isBefore(today)) {
        continue;
      }
      if (b.settledOn != null && !b.settledOn.isAfter(remindOn)) {
        continue;
      }
      if (a.stoppedAt != null) {
        return; // they asked us to stop; nothing more goes out
      }
      Instant sent = at(remindOn, between(r, 10, 12), r.nextInt(60));
      Money due = Money.ofPaise(b.amount - b.paid);
      a.messages.add(
          new Message(
              a,
              sent,
              Direction.OUTBOUND,
              channel,
              LanguageForm.ENGLISH,
              "Payment reminder: invoice "
                  + b.number.value()
                  + " for "
                  + due.format()
                  + " was due on "
                  + b.due.format(LONG_DATE)
                  + ". Please ignore this if you have already paid.",
              a.messages.size()));
      ReplyKind kind = a.optsOut && chance(r, 0.5) ? ReplyKind.STOP : replyKind(a, b, remindOn);
      if (kind == null) {
        continue;
      }
      Instant replied =
          kind == ReplyKind.PAID && b.settledOn != null
              ? at(b.settledOn, between(r, 11, 19), r.nextInt(60))
              : at(remindOn.plusDays(between(r, 0, 2)), between(r, 13, 21), r.nextInt(60));
      if (replied.isBefore(sent)) {
        replied = sent.plus(between(r, 20, 300), ChronoUnit.MINUTES);
      }
      if (replied.isAfter(at(today, 18, 0))) {
        continue;
      }
      String text = fill(r, pool, kind, b, remindOn, a);
      if (text == null) {
        continue;
      }
      a.messages.add(
          new Message(a, replied, Direction.INBOUND, channel, a.writes, text, a.messages.size()));
      if (kind == ReplyKind.STOP) {
        a.stoppedAt = replied;
      }
    }
  }

  private ReplyKind replyKind(Account a, Bill b, LocalDate remindOn) {
    SplittableRandom r = a.random;
    boolean paidSoon =
        b.settledOn != null && b.settledOn.isBefore(remindOn.plusDays(25)) && hasReference(b);
    return switch (a.habit) {
      case PROMPT -> chance(r, 0.3) ? (paidSoon ? ReplyKind.PAID : ReplyKind.QUESTION) : null;
      case SLIGHTLY_LATE -> {
        double roll = r.nextDouble();
        if (roll < 0.45) {
          yield paidSoon && chance(r, 0.45) ? ReplyKind.PAID : ReplyKind.COMMIT;
        }
        yield roll < 0.55 ? ReplyKind.QUESTION : null;
      }
      case CHRONIC_LATE -> {
        double roll = r.nextDouble();
        yield roll < 0.25
            ? ReplyKind.EXTEND
            : roll < 0.5 ? ReplyKind.COMMIT : roll < 0.6 ? ReplyKind.QUESTION : null;
      }
      case PARTIAL ->
          chance(r, 0.6) ? (chance(r, 0.6) ? ReplyKind.EXTEND : ReplyKind.COMMIT) : null;
      case DISPUTER ->
          b.disputed
              ? (chance(r, 0.9) ? ReplyKind.DISPUTE : null)
              : chance(r, 0.4) ? ReplyKind.COMMIT : null;
      case GOING_SILENT ->
          remindOn.isBefore(a.silentFrom) && chance(r, 0.5) ? ReplyKind.COMMIT : null;
      case SEASONAL ->
          chance(r, 0.55) ? (chance(r, 0.7) ? ReplyKind.FESTIVAL : ReplyKind.COMMIT) : null;
    };
  }

  private static boolean hasReference(Bill b) {
    return b.receipts.stream().anyMatch(rc -> !rc.reference().isEmpty());
  }

  /** A line of the given kind with its placeholders filled, or null when none can be filled. */
  private String fill(
      SplittableRandom r, ReplyPool pool, ReplyKind kind, Bill b, LocalDate remindOn, Account a) {
    Map<String, String> values = new HashMap<>();
    values.put("inv", b.number.value());
    values.put("days", String.valueOf(pick(r, List.of(7, 10, 15, 15, 20, 30))));
    long amount = b.amount - b.paid;
    if (kind == ReplyKind.PAID && !b.receipts.isEmpty()) {
      Receipt last = b.receipts.get(b.receipts.size() - 1);
      amount = last.parts().stream().mapToLong(Part::paise).sum();
      if (!last.reference().isEmpty()) {
        values.put("utr", last.reference());
      }
    } else if (kind == ReplyKind.EXTEND) {
      amount = Math.max(100_000, amount / 2 / 100_000 * 100_000);
    }
    values.put("amount", rupees(amount));
    values.put("date", promise(r, kind, a, b, remindOn).format(DAY_MONTH));
    List<String> usable = new ArrayList<>();
    for (String line : pool.lines(kind)) {
      if (placeholders(line).stream().allMatch(values::containsKey)) {
        usable.add(line);
      }
    }
    if (usable.isEmpty()) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(pick(r, usable));
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(text, Matcher.quoteReplacement(values.get(m.group(1))));
    }
    return m.appendTail(text).toString();
  }

  /**
   * The date a customer names in a reply: a slightly-late payer names the day they really pay, a
   * seasonal payer their next lump (festival season or year-end), everyone else a week or so out
   * (which chronic late payers then miss).
   */
  private static LocalDate promise(
      SplittableRandom r, ReplyKind kind, Account a, Bill b, LocalDate remindOn) {
    if (kind == ReplyKind.COMMIT && a.habit == PaymentHabit.SLIGHTLY_LATE && b.settledOn != null) {
      return b.settledOn;
    }
    if (a.habit == PaymentHabit.SEASONAL) {
      return a.lumps.stream()
          .filter(d -> d.isAfter(remindOn))
          .findFirst()
          .orElse(LocalDate.of(remindOn.getYear() + 1, 3, 25));
    }
    return remindOn.plusDays(between(r, 5, 12));
  }

  private static List<String> placeholders(String line) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(line);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Rupees as people type them: Indian grouping, no symbol, no paise. */
  private static String rupees(long paise) {
    String plain = Money.ofPaise(paise - paise % 100).formatPlain();
    return plain.endsWith(".00") ? plain.substring(0, plain.length() - 3) : plain;
  }

  private ReplyPool pool(LanguageForm form) {
    return pools.computeIfAbsent(
        form,
        f ->
            ReplyPool.of(f).orElseThrow(() -> new IllegalStateException("no reply pool for " + f)));
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(IST).toInstant();
  }

  // ---------------------------------------------------------------- model values

  private static Invoice invoice(Bill b) {
    return ImmutableInvoice.builder()
        .id(b.id)
        .customerId(b.account.customer.id())
        .number(b.number)
        .issueDate(b.issue)
        .dueDate(b.due)
        .amount(Money.ofPaise(b.amount))
        .tax(Money.ofPaise(b.tax))
        .status(b.disputed ? InvoiceStatus.DISPUTED : InvoiceStatus.OPEN)
        .deliveryMode(b.account.paper ? DeliveryMode.PAPER : DeliveryMode.ELECTRONIC)
        .build();
  }

  private static Payment payment(Receipt receipt, PaymentId id) {
    ImmutablePayment.Builder payment =
        ImmutablePayment.builder()
            .id(id)
            .customerId(receipt.account().customer.id())
            .amount(Money.ofPaise(receipt.parts().stream().mapToLong(Part::paise).sum()))
            .receivedOn(receipt.date())
            .mode(receipt.mode());
    if (!receipt.reference().isEmpty()) {
      payment.reference(receipt.reference());
    }
    for (Part part : receipt.parts()) {
      payment.addAllocations(
          ImmutablePaymentAllocation.builder()
              .invoiceId(part.bill().id)
              .amount(Money.ofPaise(part.paise()))
              .build());
    }
    return payment.build();
  }

  private static Interaction interaction(Message m, InteractionId id) {
    return ImmutableInteraction.builder()
        .id(id)
        .customerId(m.account().customer.id())
        .channel(m.channel())
        .direction(m.direction())
        .text(m.text())
        .language(m.language())
        .occurredAt(m.at())
        .build();
  }

  // ---------------------------------------------------------------- working state

  /** One customer while it is being generated. */
  private static final class Account {
    int index;
    final SplittableRandom random;
    PaymentHabit habit;
    IndianState state;
    LanguageForm writes;
    boolean statesLanguage;
    boolean optsOut;
    Customer customer;
    BusinessSize size;
    int creditDays;
    boolean paper;
    LocalDate silentFrom;
    List<LocalDate> lumps = List.of();
    Instant stoppedAt;
    final List<Bill> bills = new ArrayList<>();
    final List<Receipt> receipts = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();

    Account(int index, SplittableRandom random) {
      this.index = index;
      this.random = random;
    }
  }

  /** One invoice while it is being generated; amounts in paise. */
  private static final class Bill {
    final Account account;
    final int seq;
    final LocalDate issue;
    final LocalDate due;
    final long amount;
    final long tax;
    InvoiceId id;
    InvoiceNumber number;
    boolean disputed;
    long paid;
    LocalDate settledOn;
    final List<Receipt> receipts = new ArrayList<>();

    Bill(Account account, int seq, LocalDate issue, LocalDate due, long amount, long tax) {
      this.account = account;
      this.seq = seq;
      this.issue = issue;
      this.due = due;
      this.amount = amount;
      this.tax = tax;
    }
  }

  private record Part(Bill bill, long paise) {}

  private record Receipt(
      Account account,
      LocalDate date,
      PaymentMode mode,
      String reference,
      List<Part> parts,
      int order) {}

  private record Message(
      Account account,
      Instant at,
      Direction direction,
      ChannelKind channel,
      LanguageForm language,
      String text,
      int order) {}

  // ---------------------------------------------------------------- randomness helpers

  private static Map<PaymentHabit, Integer> habitCounts() {
    Map<PaymentHabit, Integer> counts = new EnumMap<>(PaymentHabit.class);
    counts.put(PaymentHabit.PROMPT, 50);
    counts.put(PaymentHabit.SLIGHTLY_LATE, 58);
    counts.put(PaymentHabit.CHRONIC_LATE, 24);
    counts.put(PaymentHabit.PARTIAL, 20);
    counts.put(PaymentHabit.DISPUTER, 14);
    counts.put(PaymentHabit.GOING_SILENT, 12);
    counts.put(PaymentHabit.SEASONAL, 22);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total != Places.TOTAL) {
      throw new IllegalStateException("habit counts " + total + " != customers " + Places.TOTAL);
    }
    return counts;
  }

  private static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  private static int between(SplittableRandom r, int lo, int hi) {
    return r.nextInt(lo, hi + 1);
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static String digits(SplittableRandom r, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + r.nextInt(10)));
    }
    return s.toString();
  }

  private static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  private static <T> T weighted(SplittableRandom r, T[] values, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = r.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    throw new IllegalStateException("weights do not cover the roll");
  }

  private static LanguageForm weighted(SplittableRandom r, List<Places.Writes> writes) {
    int total = writes.stream().mapToInt(Places.Writes::weight).sum();
    int roll = r.nextInt(total);
    for (Places.Writes w : writes) {
      roll -= w.weight();
      if (roll < 0) {
        return w.form();
      }
    }
    throw new IllegalStateException("weights do not cover the roll");
  }
}
