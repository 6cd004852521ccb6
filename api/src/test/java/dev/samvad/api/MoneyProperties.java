package dev.samvad.api;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static dev.samvad.api.InvalidInputAssertions.assertJsonErrorNames;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Exact arithmetic, splitting, parsing, Indian-grouped formatting and JSON of {@link Money}. */
class MoneyProperties {

  private static final Currency USD = Currency.getInstance("USD");
  private static final ObjectMapper MAPPER = SamvadJson.newMapper();

  /** ₹ then 1-3 digits, or 1-2 digits, pairs, and a final group of three: lakh/crore grouping. */
  private static final Pattern INDIAN_GROUPING =
      Pattern.compile("^-?₹(\\d{1,3}|\\d{1,2}(,\\d{2})*,\\d{3})\\.\\d{2}$");

  /** The looser shape the issue gives; every rendering must match it too. */
  private static final Pattern ISSUE_SHAPE =
      Pattern.compile("^-?₹\\d{1,2}(,\\d{2})*(,\\d{3})?\\.\\d{2}$|^-?₹\\d{1,3}\\.\\d{2}$");

  /** Any amount: small ones often, and the whole {@code long} range including its ends. */
  @Provide
  Arbitrary<Long> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000_00L, 1_000_000_00L),
        Arbitraries.longs(),
        Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L, 99L, 100L, 10_000_000L));
  }

  /** Amounts small enough that sums of three never overflow. */
  @Provide
  Arbitrary<Long> bounded() {
    return Arbitraries.longs().between(-Long.MAX_VALUE / 4, Long.MAX_VALUE / 4);
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("INR", "USD", "EUR", "JPY", "KWD", "AED").map(Currency::getInstance);
  }

  private static Money rupees(long paise) {
    return Money.ofPaise(paise);
  }

  // ---------------------------------------------------------------- arithmetic

  @Property
  void minusUndoesPlus(@ForAll("bounded") long a, @ForAll("bounded") long b) {
    assertEquals(rupees(a), rupees(a).plus(rupees(b)).minus(rupees(b)));
    assertEquals(rupees(a), rupees(a).minus(rupees(b)).plus(rupees(b)));
  }

  @Property
  void plusIsCommutative(@ForAll("bounded") long a, @ForAll("bounded") long b) {
    assertEquals(rupees(a).plus(rupees(b)), rupees(b).plus(rupees(a)));
  }

  @Property
  void plusIsAssociative(
      @ForAll("bounded") long a, @ForAll("bounded") long b, @ForAll("bounded") long c) {
    assertEquals(
        rupees(a).plus(rupees(b)).plus(rupees(c)), rupees(a).plus(rupees(b).plus(rupees(c))));
  }

  @Property
  void zeroIsNeutralAndNegationCancels(@ForAll("bounded") long a) {
    assertEquals(rupees(a), rupees(a).plus(Money.ZERO));
    assertEquals(Money.ZERO, rupees(a).plus(rupees(a).negate()));
    assertEquals(rupees(a).minus(rupees(7)), rupees(a).plus(rupees(7).negate()));
  }

  @Property
  void arithmeticIsExactOrThrowsArithmeticException(
      @ForAll("amounts") long a, @ForAll("amounts") long b) {
    BigInteger x = BigInteger.valueOf(a);
    BigInteger y = BigInteger.valueOf(b);
    checkExact(x.add(y), () -> rupees(a).plus(rupees(b)));
    checkExact(x.subtract(y), () -> rupees(a).minus(rupees(b)));
    checkExact(x.multiply(y), () -> rupees(a).times(b));
    checkExact(x.negate(), () -> rupees(a).negate());
  }

  private static void checkExact(BigInteger exact, java.util.function.Supplier<Money> result) {
    if (exact.bitLength() < 64) {
      assertEquals(exact.longValueExact(), result.get().paise());
    } else {
      assertThrows(ArithmeticException.class, result::get, "overflow must throw, not wrap");
    }
  }

  @Example
  void overflowAtTheEdgesThrowsInsteadOfWrapping() {
    Money max = Money.ofPaise(Long.MAX_VALUE);
    Money min = Money.ofPaise(Long.MIN_VALUE);
    assertThrows(ArithmeticException.class, () -> max.plus(Money.ofPaise(1)));
    assertThrows(ArithmeticException.class, () -> min.minus(Money.ofPaise(1)));
    assertThrows(ArithmeticException.class, () -> min.plus(Money.ofPaise(-1)));
    assertThrows(ArithmeticException.class, min::negate);
    assertThrows(ArithmeticException.class, () -> max.times(2));
    assertThrows(ArithmeticException.class, () -> Money.ofRupees(Long.MAX_VALUE / 100 + 1));
    assertEquals(Long.MAX_VALUE / 100 * 100, Money.ofRupees(Long.MAX_VALUE / 100).paise());
    assertEquals(Money.ofPaise(-Long.MAX_VALUE), max.negate());
  }

  @Property
  void compareToAndMinFollowThePaise(@ForAll("amounts") long a, @ForAll("amounts") long b) {
    assertEquals(
        Integer.signum(Long.compare(a, b)), Integer.signum(rupees(a).compareTo(rupees(b))));
    assertEquals(rupees(Math.min(a, b)), rupees(a).min(rupees(b)));
    assertEquals(a < 0, rupees(a).isNegative());
    assertEquals(a == 0, rupees(a).isZero());
  }

  @Example
  void mixingCurrenciesIsInvalidInputNamingCurrency() {
    Money inr = Money.ofRupees(10);
    Money usd = new Money(1000, USD);
    assertInvalid("currency", () -> inr.plus(usd));
    assertInvalid("currency", () -> inr.minus(usd));
    assertInvalid("currency", () -> inr.compareTo(usd));
    assertInvalid("currency", () -> usd.min(inr));
    assertEquals(new Money(2000, USD), usd.plus(usd));
  }

  // ---------------------------------------------------------------- split

  @Property
  void splitSumsExactlyAndPartsDifferByAtMostOnePaisa(
      @ForAll("amounts") long paise, @ForAll @IntRange(min = 1, max = 500) int n) {
    Money[] parts = rupees(paise).split(n);
    assertEquals(n, parts.length);
    Money sum = Money.ZERO;
    long lowest = Long.MAX_VALUE;
    long highest = Long.MIN_VALUE;
    for (Money part : parts) {
      assertEquals(Money.INR, part.currency());
      sum = sum.plus(part);
      lowest = Math.min(lowest, part.paise());
      highest = Math.max(highest, part.paise());
    }
    assertEquals(rupees(paise), sum);
    assertTrue(highest - lowest <= 1, "parts differ by " + (highest - lowest));
    // The first parts carry the extra paisa: sizes never grow along the array.
    for (int i = 1; i < n; i++) {
      assertTrue(
          paise >= 0
              ? parts[i].paise() <= parts[i - 1].paise()
              : parts[i].paise() >= parts[i - 1].paise(),
          "part " + i + " is larger than part " + (i - 1));
    }
  }

  @Example
  void splitExamples() {
    assertArrayEquals(
        new Money[] {Money.ofPaise(3334), Money.ofPaise(3333), Money.ofPaise(3333)},
        Money.ofRupees(100).split(3));
    assertArrayEquals(
        new Money[] {Money.ofPaise(-34), Money.ofPaise(-33), Money.ofPaise(-33)},
        Money.ofPaise(-100).split(3));
    assertArrayEquals(
        new Money[] {Money.ofPaise(1), Money.ofPaise(0), Money.ofPaise(0)},
        Money.ofPaise(1).split(3));
    assertArrayEquals(new Money[] {Money.ofRupees(5)}, Money.ofRupees(5).split(1));
    assertInvalid("parts", () -> Money.ofRupees(5).split(0));
    assertInvalid("parts", () -> Money.ofRupees(5).split(-2));
  }

  // ---------------------------------------------------------------- parse and format

  @Property
  void parseRupeesReadsBackEveryRendering(@ForAll("amounts") long paise) {
    Money money = rupees(paise);
    assertEquals(money, Money.parseRupees(money.formatPlain()));
    assertEquals(money, Money.parseRupees(money.format()));
    assertEquals(money, Money.parseRupees(money.toMajor().toPlainString()));
  }

  @Example
  void parseRupeesExamples() {
    assertEquals(Money.ofPaise(123450), Money.parseRupees("1234.5"));
    assertEquals(Money.ofPaise(12345600), Money.parseRupees("1,23,456.00"));
    assertEquals(Money.ofRupees(50_000), Money.parseRupees("₹ 50,000"));
    assertEquals(Money.ofRupees(100), Money.parseRupees("Rs.100"));
    assertEquals(Money.ofRupees(-5), Money.parseRupees("-5"));
    assertEquals(Money.ofPaise(1), Money.parseRupees("0.01"));
    assertInvalid("amount", () -> Money.parseRupees("1.234"));
    assertInvalid("amount", () -> Money.parseRupees("12.345.6"));
    assertInvalid("amount", () -> Money.parseRupees("abc"));
    assertInvalid("amount", () -> Money.parseRupees(""));
    assertInvalid("amount", () -> Money.parseRupees("₹"));
    assertInvalid("amount", () -> Money.parseRupees("92233720368547758.08"));
    assertInvalid(ErrorCode.MISSING_FIELD, "amount", () -> Money.parseRupees(null));
    assertInvalid("total", () -> Money.parse("1.001", Money.INR, "total"));
    assertEquals(new Money(1234, USD), Money.parse("12.34", USD, "total"));
  }

  @Example
  void formatUsesIndianGrouping() {
    assertEquals("₹1,23,45,678.50", Money.ofPaise(1_23_45_678_50L).format());
    assertEquals("₹0.00", Money.ZERO.format());
    assertEquals("-₹5.00", Money.ofRupees(-5).format());
    assertEquals("₹99,999.99", Money.ofPaise(99_999_99L).format());
    assertEquals("₹1,00,000.00", Money.ofRupees(1_00_000).format());
    assertEquals("₹1,234.56", Money.ofPaise(1_234_56L).format());
    assertEquals("₹0.05", Money.ofPaise(5).format());
    assertEquals("-₹0.05", Money.ofPaise(-5).format());
    assertEquals("₹92,23,37,20,36,85,47,758.07", Money.ofPaise(Long.MAX_VALUE).format());
    assertEquals("-₹92,23,37,20,36,85,47,758.08", Money.ofPaise(Long.MIN_VALUE).format());
    assertEquals("1,23,45,678.50", Money.ofPaise(1_23_45_678_50L).formatPlain());
    assertEquals("-5.00", Money.ofRupees(-5).formatPlain());
    assertEquals(Money.ofRupees(7).format(), Money.ofRupees(7).toString());
  }

  @Property
  void formatShowsExactlyTheAmountsDigitsInIndianGrouping(@ForAll("amounts") long paise) {
    String text = rupees(paise).format();
    assertTrue(INDIAN_GROUPING.matcher(text).matches(), text);
    assertTrue(ISSUE_SHAPE.matcher(text).matches(), text);
    assertEquals(paise < 0, text.startsWith("-"), text);
    String digits = BigDecimal.valueOf(paise, 2).abs().toPlainString().replace(".", "");
    assertEquals(digits, text.replaceAll("[^0-9]", ""), text);
  }

  // ---------------------------------------------------------------- JSON

  @Property(tries = 300)
  void jsonRoundTripsThroughTheSharedMapper(
      @ForAll("amounts") long minor, @ForAll("currencies") Currency currency) throws Exception {
    Money money = new Money(minor, currency);
    String json = MAPPER.writeValueAsString(money);
    assertEquals(money, MAPPER.readValue(json, Money.class));
    JsonNode tree = MAPPER.readTree(json);
    assertEquals(minor, tree.get("paise").longValue());
    assertEquals(currency.getCurrencyCode(), tree.get("currency").textValue());
    assertEquals(money.format(), tree.get("formatted").textValue());
  }

  @Example
  void jsonShape() throws Exception {
    assertEquals(
        "{\"paise\":1234550,\"currency\":\"INR\",\"formatted\":\"₹12,345.50\"}",
        MAPPER.writeValueAsString(Money.ofPaise(1234550)));
  }

  @Example
  void jsonAcceptsPaiseOrAnAmountOfRupees() throws Exception {
    assertEquals(Money.ofPaise(5), MAPPER.readValue("{\"paise\":5}", Money.class));
    assertEquals(Money.ofPaise(123450), MAPPER.readValue("{\"amount\":1234.5}", Money.class));
    assertEquals(
        new Money(1234, USD),
        MAPPER.readValue("{\"amount\":12.34,\"currency\":\"USD\"}", Money.class));
    // "formatted" is output only: ignored on input, so a written value reads back.
    assertEquals(
        Money.ofPaise(5), MAPPER.readValue("{\"paise\":5,\"formatted\":\"₹9.99\"}", Money.class));
  }

  @Example
  void jsonAcceptsTheAmountAsADecimalString() throws Exception {
    // Money's Javadoc: "On input amount (a decimal string or number of rupees) may stand in for
    // paise."
    assertEquals(Money.ofPaise(123450), MAPPER.readValue("{\"amount\":\"1234.5\"}", Money.class));
    assertEquals(
        Money.ofPaise(12345600), MAPPER.readValue("{\"amount\":\"1,23,456\"}", Money.class));
    assertEquals(Money.ofRupees(7), MAPPER.readValue("{\"amount\":7}", Money.class));
  }

  @Example
  void jsonRejectsBadAmountsNamingTheField() {
    assertJsonErrorNames("amount", () -> MAPPER.readValue("{\"amount\":\"1.234\"}", Money.class));
    assertJsonErrorNames("amount", () -> MAPPER.readValue("{\"amount\":1.234}", Money.class));
    assertJsonErrorNames(
        "amount", () -> MAPPER.readValue("{\"amount\":1,\"paise\":100}", Money.class));
    assertJsonErrorNames("paise", () -> MAPPER.readValue("{\"paise\":1.5}", Money.class));
    assertJsonErrorNames("paise", () -> MAPPER.readValue("{}", Money.class));
    assertJsonErrorNames(
        "currency", () -> MAPPER.readValue("{\"paise\":1,\"currency\":\"ABC\"}", Money.class));
    assertJsonErrorNames(
        "currency", () -> MAPPER.readValue("{\"paise\":1,\"currency\":\"XXX\"}", Money.class));
    assertJsonErrorNames("tip", () -> MAPPER.readValue("{\"paise\":1,\"tip\":2}", Money.class));
    assertJsonErrorNames("amount", () -> MAPPER.readValue("{\"amount\":true}", Money.class));
    assertJsonErrorNames("amount", () -> MAPPER.readValue("{\"amount\":{\"r\":1}}", Money.class));
    assertJsonErrorNames(
        "amount", () -> MAPPER.readValue("{\"amount\":92233720368547759}", Money.class));
  }

  @Example
  void currencyWithoutMinorUnitIsRejected() {
    assertInvalid("currency", () -> new Money(1, Currency.getInstance("XXX")));
    assertInvalid(ErrorCode.MISSING_FIELD, "currency", () -> new Money(1, null));
  }
}
